package io.github.polku.measurement;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Locale;
import java.util.Map;

/**
 * A chapter of the activities and participation component of the WHO International
 * Classification of Functioning, Disability and Health (ICF) (fi: ICF-luokituksen suoritusten ja
 * osallistumisen pääluokka, sv: kapitel i ICF:s komponent aktiviteter och delaktighet), d1-d9.
 * <p>
 * The chapters are the life areas (sv: livsområden) of the Swedish IBIC model and the life areas
 * of goals in a rehabilitation path. English names follow WHO; Swedish names follow the IBIC list
 * (DOMAIN 6.3, 6.4); Finnish names follow the Finnish ICF translation.
 * <p>
 * This is an immutable and thread-safe enum.
 *
 * @since 0.1.0
 */
public enum IcfChapter {

    /** d1 Learning and applying knowledge. */
    D1("Oppiminen ja tiedon soveltaminen", "L\u00e4rande och att till\u00e4mpa kunskap",
            "Learning and applying knowledge"),
    /** d2 General tasks and demands. */
    D2("Yleisluonteiset teht\u00e4v\u00e4t ja vaatimukset", "Allm\u00e4nna uppgifter och krav",
            "General tasks and demands"),
    /** d3 Communication. */
    D3("Kommunikointi", "Kommunikation", "Communication"),
    /** d4 Mobility. */
    D4("Liikkuminen", "F\u00f6rflyttning", "Mobility"),
    /** d5 Self-care. */
    D5("Itsest\u00e4 huolehtiminen", "Personlig v\u00e5rd", "Self-care"),
    /** d6 Domestic life. */
    D6("Kotiel\u00e4m\u00e4", "Hemliv", "Domestic life"),
    /** d7 Interpersonal interactions and relationships. */
    D7("Henkil\u00f6iden v\u00e4linen vuorovaikutus ja ihmissuhteet",
            "Mellanm\u00e4nskliga interaktioner och relationer", "Interpersonal interactions and relationships"),
    /** d8 Major life areas: education, work and employment, economic life. */
    D8("Keskeiset el\u00e4m\u00e4nalueet", "Utbildning, arbete, syssels\u00e4ttning och ekonomiskt liv",
            "Major life areas"),
    /** d9 Community, social and civic life. */
    D9("Yhteis\u00f6llinen, sosiaalinen ja kansalaisel\u00e4m\u00e4",
            "Samh\u00e4llsgemenskap, socialt och medborgerligt liv", "Community, social and civic life");

    /** The code of a text that is not one of the chapter codes d1-d9. */
    public static final String UNKNOWN = "polku.measurement.icfChapter.unknown";

    private final String nameFi;
    private final String nameSv;
    private final String nameEn;

    IcfChapter(String nameFi, String nameSv, String nameEn) {
        this.nameFi = nameFi;
        this.nameSv = nameSv;
        this.nameEn = nameEn;
    }

    /**
     * Obtains the chapter of an ICF code such as {@code d7}. The letter is accepted in either case.
     *
     * @param code  the chapter code, not null
     * @return the chapter, not null
     * @throws InvalidValueException with code {@value #UNKNOWN} if the text is not d1-d9
     */
    public static IcfChapter parse(CharSequence code) {
        String text = code.toString();
        if (text.length() == 2 && (text.charAt(0) == 'd' || text.charAt(0) == 'D')
                && text.charAt(1) >= '1' && text.charAt(1) <= '9') {
            return values()[text.charAt(1) - '1'];
        }
        // never echo the text: it is unchecked input
        throw InvalidValueException.of(Violation.error(UNKNOWN, "", Map.of("min", "d1", "max", "d9")));
    }

    /**
     * Gets the ICF code of the chapter, {@code d1} to {@code d9}. It is also the code of the
     * chapter's dimension in {@link Instruments#icfQualifiers()}.
     *
     * @return the code, not null
     */
    public String getCode() {
        return "d" + (ordinal() + 1);
    }

    /**
     * Gets the name of the chapter in Finnish, Swedish or English; other languages get English.
     *
     * @param locale  the language, not null
     * @return the name, not null
     */
    public String getName(Locale locale) {
        switch (locale.getLanguage()) {
            case "fi":
                return nameFi;
            case "sv":
                return nameSv;
            default:
                return nameEn;
        }
    }
}
