package io.github.polku.path;

import java.util.Locale;

/**
 * A life area of a goal (fi: el\u00e4m\u00e4nalue, sv: livsområde): a chapter of the activities and
 * participation component of the WHO International Classification of Functioning, Disability and
 * Health (ICF), d1 to d9.
 * <p>
 * Social functioning maps mainly to {@link #D7}, {@link #D8} and {@link #D9}.
 *
 * @since 0.1.0
 */
public enum LifeArea {
    /** d1 Learning and applying knowledge. */
    D1("Oppiminen ja tiedon soveltaminen", "L\u00e4rande och att till\u00e4mpa kunskap", "Learning and applying knowledge"),
    /** d2 General tasks and demands. */
    D2("Yleisluonteiset teht\u00e4v\u00e4t ja vaatimukset", "Allm\u00e4nna uppgifter och krav", "General tasks and demands"),
    /** d3 Communication. */
    D3("Kommunikointi", "Kommunikation", "Communication"),
    /** d4 Mobility. */
    D4("Liikkuminen", "F\u00f6rflyttning", "Mobility"),
    /** d5 Self-care. */
    D5("Itsest\u00e4 huolehtiminen", "Personlig v\u00e5rd", "Self-care"),
    /** d6 Domestic life. */
    D6("Kotiel\u00e4m\u00e4", "Hemliv", "Domestic life"),
    /** d7 Interpersonal interactions and relationships. */
    D7("Henkil\u00f6iden v\u00e4linen vuorovaikutus ja ihmissuhteet", "Mellanm\u00e4nskliga interaktioner och relationer",
            "Interpersonal interactions and relationships"),
    /** d8 Major life areas (education, work and employment, economic life). */
    D8("Keskeiset el\u00e4m\u00e4nalueet", "Viktiga livsomr\u00e5den", "Major life areas"),
    /** d9 Community, social and civic life. */
    D9("Yhteis\u00f6llinen, sosiaalinen ja kansalaisel\u00e4m\u00e4", "Samh\u00e4llsgemenskap, socialt och medborgerligt liv",
            "Community, social and civic life");

    private final String finnish;
    private final String swedish;
    private final String english;

    LifeArea(String finnish, String swedish, String english) {
        this.finnish = finnish;
        this.swedish = swedish;
        this.english = english;
    }

    /**
     * Gets the ICF chapter code.
     *
     * @return the code such as {@code d7}, not null
     */
    public String getCode() {
        return "d" + (ordinal() + 1);
    }

    /**
     * Gets the chapter name in Finnish, Swedish or English; other languages get English.
     *
     * @param locale  the language, not null
     * @return the name, not null
     */
    public String getName(Locale locale) {
        switch (locale.getLanguage()) {
            case "fi":
                return finnish;
            case "sv":
                return swedish;
            default:
                return english;
        }
    }
}
