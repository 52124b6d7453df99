package io.github.polku.client;

/**
 * The profession of a named worker (fi: ammattinimike, sv: yrkesbeteckning).
 * <p>
 * The Social Welfare Act recommends a social worker as named worker, and requires one for clients
 * needing special support; a social counsellor may act for other clients (THL SOSKU guide). A
 * social work student may stand in for a licensed social worker for a limited time under
 * supervision (Act 817/2015, section 12).
 *
 * @since 0.1.0
 */
public enum Profession {
    /** A licensed social worker (fi: sosiaality\u00f6ntekij\u00e4, sv: socialarbetare). */
    SOCIAL_WORKER,
    /**
     * A social work student standing in temporarily for a licensed social worker (fi: sosiaality\u00f6ntekij\u00e4n
     * tilap\u00e4inen sijainen, sv: tillfällig vikarie för socialarbetare).
     */
    TEMPORARY_SOCIAL_WORKER,
    /** A social counsellor (fi: sosiaaliohjaaja, sv: socialhandledare). */
    SOCIAL_COUNSELLOR,
    /** Another social welfare professional (fi: muu ammattihenkil\u00f6, sv: annan yrkesutbildad person). */
    OTHER
}
