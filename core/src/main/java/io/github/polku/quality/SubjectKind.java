package io.github.polku.quality;

/**
 * What a quality criterion is judged on (fi: arvioinnin kohde, sv: f\u00f6rem\u00e5l f\u00f6r bed\u00f6mningen).
 *
 * @since 0.1.0
 */
public enum SubjectKind {
    /** One client's rehabilitation path (fi: kuntoutuspolku, sv: rehabiliteringsstig). */
    PATH,
    /** One co-development process (fi: yhteiskehitt\u00e4misprosessi, sv: samutvecklingsprocess). */
    PROCESS,
    /**
     * One client record (fi: asiakas, sv: klient), such as the named worker of the client of a
     * path. Built-in criteria judge paths and processes; evidence may point into a client record.
     */
    CLIENT
}
