package io.github.polku.service;

/**
 * What one unit of a service voucher's value pays for (fi: palvelusetelin arvon yksikkö, sv:
 * enhet för servicesedelns värde), as set in the organiser's voucher rulebook.
 *
 * @since 0.1.0
 */
public enum VoucherValueUnit {
    /** One visit or session (fi: käynti, sv: besök). */
    PER_VISIT,
    /** One hour (fi: tunti, sv: timme). */
    PER_HOUR,
    /** One day of activity (fi: päivä, sv: dag). */
    PER_DAY,
    /** One calendar month (fi: kuukausi, sv: månad). */
    PER_MONTH
}
