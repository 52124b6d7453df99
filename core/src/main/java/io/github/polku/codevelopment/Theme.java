package io.github.polku.codevelopment;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A theme worked on in co-development (fi: teema, sv: tema).
 * <p>
 * A theme is data, not a fixed list: a stable UPPER_SNAKE_CASE code and a label in Finnish, Swedish
 * and English. The four themes of the SOSKU Jyväskylä small groups are shipped as constants;
 * an organiser defines its own with {@link #of(String, String, String, String)}.
 * <pre>{@code
 * Theme groups = Theme.GROUP_ACTIVITIES;
 * Theme nature = Theme.of("NATURE_BASED_WORK", "Luontolähtöinen työ", "Naturbaserat arbete", "Nature-based work");
 * }</pre>
 * Two themes are equal when their codes are equal; the labels are presentation.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Theme {

    /** The code of a malformed theme code. */
    public static final String CODE_FORMAT = "polku.codevelopment.theme.code";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final int MAX_CODE_LENGTH = 64;

    /** Information and e-services (fi: tieto ja sähköiset palvelut, sv: information och e-tjänster). */
    public static final Theme INFORMATION_AND_E_SERVICES = of("INFORMATION_AND_E_SERVICES",
            "Tieto ja s\u00e4hk\u00f6iset palvelut", "Information och e-tj\u00e4nster", "Information and e-services");
    /** Group activities (fi: ryhmätoiminta, sv: gruppverksamhet). */
    public static final Theme GROUP_ACTIVITIES = of("GROUP_ACTIVITIES",
            "Ryhm\u00e4toiminta", "Gruppverksamhet", "Group activities");
    /** Individual work methods (fi: yksilötyön menetelmät, sv: metoder för individuellt arbete). */
    public static final Theme INDIVIDUAL_WORK_METHODS = of("INDIVIDUAL_WORK_METHODS",
            "Yksil\u00f6ty\u00f6n menetelm\u00e4t", "Metoder f\u00f6r individuellt arbete", "Individual work methods");
    /** Third-sector cooperation (fi: kolmannen sektorin yhteistyö, sv: samarbete med tredje sektorn). */
    public static final Theme THIRD_SECTOR_COOPERATION = of("THIRD_SECTOR_COOPERATION",
            "Kolmannen sektorin yhteisty\u00f6", "Samarbete med tredje sektorn", "Third-sector cooperation");

    private static final List<Theme> BUILT_IN = List.of(INFORMATION_AND_E_SERVICES, GROUP_ACTIVITIES,
            INDIVIDUAL_WORK_METHODS, THIRD_SECTOR_COOPERATION);

    private final String code;
    private final String finnish;
    private final String swedish;
    private final String english;

    private Theme(String code, String finnish, String swedish, String english) {
        this.code = code;
        this.finnish = finnish;
        this.swedish = swedish;
        this.english = english;
    }

    /**
     * Obtains a theme.
     *
     * @param code  the stable UPPER_SNAKE_CASE code, at most 64 characters, not null
     * @param finnish  the Finnish label, not null
     * @param swedish  the Swedish label, not null
     * @param english  the English label, not null
     * @return the theme, not null
     * @throws InvalidValueException with code {@value #CODE_FORMAT} at {@code /code} if the code is
     *     not UPPER_SNAKE_CASE
     */
    public static Theme of(String code, String finnish, String swedish, String english) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(finnish, "finnish");
        Objects.requireNonNull(swedish, "swedish");
        Objects.requireNonNull(english, "english");
        if (code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
            throw InvalidValueException.of(Violation.error(CODE_FORMAT, "/code", Map.of("max", MAX_CODE_LENGTH)));
        }
        return new Theme(code, finnish, swedish, english);
    }

    /**
     * Gets the four themes shipped with Polku, those of the SOSKU Jyväskylä small groups.
     *
     * @return the themes in a stable order, not null
     */
    public static List<Theme> builtIn() {
        return BUILT_IN;
    }

    /**
     * Finds a shipped theme by its code.
     *
     * @param code  the code, not null
     * @return the theme, empty if no shipped theme has the code
     */
    public static Optional<Theme> findBuiltIn(String code) {
        Objects.requireNonNull(code, "code");
        return BUILT_IN.stream().filter(t -> t.code.equals(code)).findFirst();
    }

    /**
     * Gets the stable code.
     *
     * @return the code, not null
     */
    public String getCode() {
        return code;
    }

    /**
     * Gets the label in a language: Finnish for {@code fi}, Swedish for {@code sv}, otherwise
     * English.
     *
     * @param locale  the language, not null
     * @return the label, not null
     */
    public String getLabel(Locale locale) {
        switch (locale.getLanguage()) {
            case "fi":
                return finnish;
            case "sv":
                return swedish;
            default:
                return english;
        }
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Theme && code.equals(((Theme) obj).code));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
