package io.github.polku.service;

/**
 * How a service is arranged and paid for (fi: rahoitustapa, sv: finansieringssätt).
 *
 * @since 0.1.0
 */
public enum FundingType {
    /** The organiser's own production (fi: oma tuotanto, sv: egen produktion). */
    OWN_PRODUCTION,
    /** A service voucher, Act 569/2009 (fi: palveluseteli, sv: servicesedel); details in a {@link Voucher}. */
    SERVICE_VOUCHER,
    /** A service bought from a provider (fi: ostopalvelu, sv: köpt tjänst). */
    PURCHASED_SERVICE,
    /** Project funding, such as the European Social Fund (fi: hankerahoitus, sv: projektfinansiering); details in a {@link ProjectFunding}. */
    PROJECT_FUNDING
}
