package io.github.polku.codevelopment;

/**
 * The kind of person taking part in co-development (fi: osallistujan tyyppi, sv: deltagarens typ).
 * <p>
 * The kind says from which side a person comes to the process; the {@link ParticipationRole role}
 * says what the person does in it. Clients and their relatives are the client side; professionals
 * and representatives of partner organisations are the other side.
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ParticipantKind {
    /** A client of the service (fi: asiakas, sv: klient). */
    CLIENT,
    /** A close relative of a client (fi: omainen, sv: anhörig). */
    RELATIVE,
    /** A professional of the organiser or the provider (fi: ammattilainen, sv: yrkesperson). */
    PROFESSIONAL,
    /**
     * A representative of a partner organisation, such as an NGO or a foundation (fi:
     * kumppaniorganisaation edustaja, sv: företrädare för en partnerorganisation).
     */
    PARTNER_REPRESENTATIVE;

    /**
     * Checks if this kind is on the client side: a client or a relative.
     *
     * @return true for {@link #CLIENT} and {@link #RELATIVE}
     */
    public boolean isClientSide() {
        return this == CLIENT || this == RELATIVE;
    }
}
