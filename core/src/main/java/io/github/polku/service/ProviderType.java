package io.github.polku.service;

/**
 * The kind of organisation that produces a service (fi: palveluntuottajan tyyppi, sv: typ av
 * tjänsteproducent).
 *
 * @since 0.1.0
 */
public enum ProviderType {
    /** A public body, such as the wellbeing services county itself (fi: julkinen, sv: offentlig). */
    PUBLIC,
    /** A private company (fi: yksityinen, sv: privat). */
    PRIVATE,
    /** A non-governmental organisation or foundation (fi: järjestö, sv: organisation). */
    NGO
}
