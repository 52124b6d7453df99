package io.github.polku.quality;

import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A short text in Finnish, Swedish and English (fi: kolmikielinen teksti, sv: trespr\u00e5kig text),
 * such as the name or description of a quality criterion.
 * <p>
 * All three languages are mandatory and non-blank, because Polku speaks to its users in the two
 * national languages of Finland and in English. The texts are data, not message keys: a framework
 * loaded from a file brings its own wording.
 * <pre>{@code
 * LocalizedText name = LocalizedText.of("Omaty\u00f6ntekij\u00e4", "Egen kontaktperson", "Named worker");
 * name.get(Locale.forLanguageTag("sv"));   // "Egen kontaktperson"
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LocalizedText {

    private final String fi;
    private final String sv;
    private final String en;

    private LocalizedText(String fi, String sv, String en) {
        this.fi = fi;
        this.sv = sv;
        this.en = en;
    }

    /**
     * Obtains a text in the three languages.
     *
     * @param fi  the Finnish text, not null
     * @param sv  the Swedish text, not null
     * @param en  the English text, not null
     * @return the text, not null
     * @throws InvalidValueException with code {@value IncompleteValueException#CODE} at
     *     {@code /fi}, {@code /sv} or {@code /en} for each blank text
     */
    public static LocalizedText of(String fi, String sv, String en) {
        Objects.requireNonNull(fi, "fi");
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
        List<Violation> blank = new ArrayList<>();
        requireText(fi, "fi", blank);
        requireText(sv, "sv", blank);
        requireText(en, "en", blank);
        if (!blank.isEmpty()) {
            throw new InvalidValueException(blank);
        }
        return new LocalizedText(fi.strip(), sv.strip(), en.strip());
    }

    private static void requireText(String text, String language, List<Violation> violations) {
        if (text.isBlank()) {
            violations.add(Violation.error(IncompleteValueException.CODE, "/" + language, Map.of("attribute", language)));
        }
    }

    /**
     * Gets the Finnish text.
     *
     * @return the text, not null, not blank
     */
    public String getFi() {
        return fi;
    }

    /**
     * Gets the Swedish text.
     *
     * @return the text, not null, not blank
     */
    public String getSv() {
        return sv;
    }

    /**
     * Gets the English text.
     *
     * @return the text, not null, not blank
     */
    public String getEn() {
        return en;
    }

    /**
     * Gets the text in a language: Finnish for {@code fi}, Swedish for {@code sv}, English for any
     * other language. The default locale of the JVM is never consulted.
     *
     * @param locale  the language, not null
     * @return the text, not null
     */
    public String get(Locale locale) {
        switch (locale.getLanguage()) {
            case "fi":
                return fi;
            case "sv":
                return sv;
            default:
                return en;
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof LocalizedText)) {
            return false;
        }
        LocalizedText other = (LocalizedText) obj;
        return fi.equals(other.fi) && sv.equals(other.sv) && en.equals(other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fi, sv, en);
    }

    /**
     * Returns the English text.
     *
     * @return the English text, not null
     */
    @Override
    public String toString() {
        return en;
    }
}
