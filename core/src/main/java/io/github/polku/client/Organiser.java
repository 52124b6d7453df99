package io.github.polku.client;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The public body that organises a client's social welfare (fi: järjestäjä, sv: anordnare).
 * <p>
 * An organiser is a {@link OrganiserType type} and a stable code. The 21 wellbeing services
 * counties and the City of Helsinki are data shipped with Polku, with Finnish, Swedish and English
 * names and the date from which they organise (1 January 2023); their codes are stable
 * UPPER_SNAKE_CASE names such as {@code KANTA_HAME}. Municipalities are coded with their
 * three-digit Statistics Finland number (for example {@code 109} for Hämeenlinna); joint municipal
 * authorities with an identifier chosen by the sender.
 * <pre>{@code
 * Organiser kantaHame = Organiser.of(OrganiserType.WELLBEING_SERVICES_COUNTY, "KANTA_HAME");
 * Organiser hameenlinna2020 = Organiser.of(OrganiserType.MUNICIPALITY, "109");
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Organiser {

    /** The code of an unknown county code or a malformed organiser code. */
    public static final String UNKNOWN = "polku.organiser.unknown";

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern OTHER_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Map<String, Organiser> COUNTIES = loadCounties();

    private final OrganiserType type;
    private final String code;
    private final Map<String, String> names;
    private final LocalDate organisesFrom;

    private Organiser(OrganiserType type, String code, Map<String, String> names, LocalDate organisesFrom) {
        this.type = type;
        this.code = code;
        this.names = names;
        this.organisesFrom = organisesFrom;
    }

    /**
     * Obtains an organiser.
     *
     * @param type  the type, not null
     * @param code  the code: a known county code for a county, {@code HELSINKI} for the City of
     *     Helsinki, a three-digit number for a municipality, an identifier for a joint authority; not null
     * @return the organiser, not null
     * @throws InvalidValueException with code {@value #UNKNOWN} at {@code /code} if the code is
     *     not known or malformed for the type, or {@code polku.id.identityCode} at {@code /code} if a
     *     joint authority's code is shaped like a personal identity code
     */
    public static Organiser of(OrganiserType type, String code) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        switch (type) {
            case WELLBEING_SERVICES_COUNTY:
            case CITY_OF_HELSINKI:
                Organiser known = COUNTIES.get(code);
                if (known == null || known.type != type) {
                    throw unknown(type);
                }
                return known;
            case MUNICIPALITY:
                if (!MUNICIPALITY_CODE.matcher(code).matches()) {
                    throw unknown(type);
                }
                return new Organiser(type, code, Map.of(), null);
            default:
                if (!OTHER_CODE.matcher(code).matches()) {
                    throw unknown(type);
                }
                // an identifier like any other: never shaped like a personal identity code (GH-14)
                Identifiers.requireFree(code, "code");
                return new Organiser(type, code, Map.of(), null);
        }
    }

    /**
     * Gets the 21 wellbeing services counties and the City of Helsinki, in the order of the
     * official numbering of the counties, Helsinki last.
     *
     * @return the organisers since 2023, not null
     */
    public static List<Organiser> since2023() {
        return List.copyOf(COUNTIES.values());
    }

    private static InvalidValueException unknown(OrganiserType type) {
        return InvalidValueException.of(Violation.error(UNKNOWN, "/code", Map.of("type", type)));
    }

    /**
     * Gets the type.
     *
     * @return the type, not null
     */
    public OrganiserType getType() {
        return type;
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
     * Gets the name in Finnish, Swedish or English (other languages get English). Organisers that
     * are not shipped as data (municipalities, joint authorities) have their code as name.
     *
     * @param locale  the language, not null
     * @return the name, not null
     */
    public String getName(Locale locale) {
        String language = locale.getLanguage();
        return names.getOrDefault(language.equals("fi") || language.equals("sv") ? language : "en", code);
    }

    /**
     * Gets the first day on which this organiser organises social welfare, for the counties and
     * Helsinki 1 January 2023.
     *
     * @return the date, empty for municipalities and joint authorities, not null
     */
    public java.util.Optional<LocalDate> getOrganisesFrom() {
        return java.util.Optional.ofNullable(organisesFrom);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Organiser && type == ((Organiser) obj).type
                && code.equals(((Organiser) obj).code));
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + code.hashCode();
    }

    /**
     * Returns the type and code, for example {@code WELLBEING_SERVICES_COUNTY:KANTA_HAME}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return type + ":" + code;
    }

    private static Map<String, Organiser> loadCounties() {
        Properties p = new Properties();
        try (InputStream in = Organiser.class.getResourceAsStream("organisers.properties")) {
            p.load(new InputStreamReader(Objects.requireNonNull(in, "organisers.properties"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> order = new ArrayList<>(List.of(p.getProperty("order").split(",")));
        Map<String, Organiser> all = new LinkedHashMap<>();
        for (String code : order) {
            code = code.trim();
            OrganiserType type = OrganiserType.valueOf(p.getProperty(code + ".type"));
            Map<String, String> names = Map.of(
                    "fi", p.getProperty(code + ".fi"),
                    "sv", p.getProperty(code + ".sv"),
                    "en", p.getProperty(code + ".en"));
            all.put(code, new Organiser(type, code, names, LocalDate.parse(p.getProperty(code + ".from"))));
        }
        return Collections.unmodifiableMap(all);
    }
}
