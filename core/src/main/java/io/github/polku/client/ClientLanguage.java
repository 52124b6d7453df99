package io.github.polku.client;

/**
 * The language in which a client is served (fi: asiointikieli, sv: ärendespråk).
 * <p>
 * Finnish and Swedish are the national languages; any other language (including sign language)
 * is {@link #OTHER}, and the need for interpretation is recorded in the client plan.
 *
 * @since 0.1.0
 */
public enum ClientLanguage {
    /** Finnish (fi: suomi, sv: finska). */
    FINNISH,
    /** Swedish (fi: ruotsi, sv: svenska). */
    SWEDISH,
    /** Another language (fi: muu kieli, sv: annat språk). */
    OTHER
}
