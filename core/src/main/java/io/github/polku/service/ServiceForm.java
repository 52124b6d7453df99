package io.github.polku.service;

/**
 * The form in which a service is given (fi: toteutusmuoto, sv: form).
 *
 * @since 0.1.0
 */
public enum ServiceForm {
    /** Individual work with one client (fi: yksilötyö, sv: individuellt arbete). */
    INDIVIDUAL,
    /** A group of clients (fi: ryhmätoiminta, sv: gruppverksamhet). */
    GROUP,
    /** Open community activity, such as a meeting place (fi: yhteisöllinen toiminta, sv: gemenskapsverksamhet). */
    COMMUNITY
}
