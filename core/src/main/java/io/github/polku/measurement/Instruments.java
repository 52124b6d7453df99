package io.github.polku.measurement;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The built-in instrument descriptors (fi: valmiit mittarikuvaukset, sv: inbyggda
 * instrumentbeskrivningar) for openly described scales.
 * <p>
 * Each descriptor has dimensions, scales and a source citation, and no item texts: using a
 * licensed instrument (an Outcomes Star, Kykyviisari) still requires its own licence and
 * materials. Applications describe other instruments with {@link Instrument#builder()}.
 * <ul>
 *   <li>{@link #perceivedWorkAbility()} - one 0-10 item of perceived work ability;</li>
 *   <li>{@link #icfQualifiers()} - ICF generic qualifiers 0-4 with 8 and 9, per chapter d1-d9;</li>
 *   <li>{@link #journeyOfChange(InstrumentId, String, String...)} - 1-10 readings per outcome area
 *       supplied by the user, with stages from a {@link StageTable}.</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Instruments {

    /** The identifier of {@link #perceivedWorkAbility()}. */
    public static final InstrumentId PERCEIVED_WORK_ABILITY_ID = InstrumentId.of("polku.perceivedWorkAbility");
    /** The code of the single dimension of {@link #perceivedWorkAbility()}. */
    public static final String WORK_ABILITY = "WORK_ABILITY";
    /** The identifier of {@link #icfQualifiers()}. */
    public static final InstrumentId ICF_QUALIFIERS_ID = InstrumentId.of("polku.icfQualifiers");

    private static final Instrument PERCEIVED_WORK_ABILITY = Instrument.builder()
            .id(PERCEIVED_WORK_ABILITY_ID)
            .putName("fi", "Koettu ty\u00f6kyky (0\u201310)")
            .putName("sv", "Upplevd arbetsf\u00f6rm\u00e5ga (0\u201310)")
            .putName("en", "Perceived work ability (0\u201310)")
            .version("1")
            .source("Single-item rating of perceived work ability, 0-10 where 10 is work ability at its best, "
                    + "as used in the Kykyviisari self-assessment (Finnish Institute of Occupational Health, "
                    + "https://sivusto.kykyviisari.fi/tietoa-kykyviisarista/mika-on-kykyviisari/)")
            .licenceNote("Descriptor of the answer scale only; no item text is included.")
            .addDimension(Dimension.builder().code(WORK_ABILITY)
                    .putName("fi", "Koettu ty\u00f6kyky")
                    .putName("sv", "Upplevd arbetsf\u00f6rm\u00e5ga")
                    .putName("en", "Perceived work ability")
                    .scale(Scale.ofIntegers(0, 10, Direction.HIGHER_IS_BETTER))
                    .build())
            .build();

    private static final Scale ICF_QUALIFIER_SCALE = Scale.builder()
            .min(BigDecimal.ZERO)
            .max(BigDecimal.valueOf(4))
            .direction(Direction.LOWER_IS_BETTER)
            .addSpecialValue(BigDecimal.valueOf(8))
            .addSpecialValue(BigDecimal.valueOf(9))
            .build();

    private static final Scale JOURNEY_OF_CHANGE_SCALE = Scale.ofIntegers(1, 10, Direction.HIGHER_IS_BETTER);

    private static final Instrument ICF_QUALIFIERS = icfQualifiers(EnumSet.allOf(IcfChapter.class));

    private Instruments() {
    }

    /**
     * Finds a built-in descriptor by its identifier: {@link #perceivedWorkAbility()} or
     * {@link #icfQualifiers()}. Journey-of-change descriptors are the user's and are never built in.
     *
     * @param id  the identifier, not null
     * @return the descriptor, empty if no built-in descriptor has this identifier, not null
     */
    public static java.util.Optional<Instrument> findBuiltIn(InstrumentId id) {
        if (id.equals(PERCEIVED_WORK_ABILITY_ID)) {
            return java.util.Optional.of(perceivedWorkAbility());
        }
        if (id.equals(ICF_QUALIFIERS_ID)) {
            return java.util.Optional.of(ICF_QUALIFIERS);
        }
        return java.util.Optional.empty();
    }

    /**
     * Gets the descriptor of a single 0-10 rating of perceived work ability (fi: koettu työkyky,
     * sv: upplevd arbetsförmåga), where 10 is work ability at its best (DOMAIN 5.2). It has one
     * dimension, {@value #WORK_ABILITY}, and a higher value is better.
     *
     * @return the descriptor, not null
     */
    public static Instrument perceivedWorkAbility() {
        return PERCEIVED_WORK_ABILITY;
    }

    /**
     * Gets the scale of the ICF generic qualifier: 0 no problem, 1 mild, 2 moderate, 3 severe,
     * 4 complete problem, and the special values 8 not specified and 9 not applicable
     * (DOMAIN 6.3). A lower value is better.
     *
     * @return the scale, not null
     */
    public static Scale icfQualifierScale() {
        return ICF_QUALIFIER_SCALE;
    }

    /**
     * Gets the descriptor of ICF generic qualifiers (fi: ICF-tarkenteet, sv: ICF-bedömningsfaktorer)
     * for all activity and participation chapters d1-d9. Each chapter is a dimension coded
     * {@link IcfChapter#getCode()} on the {@link #icfQualifierScale() qualifier scale}.
     *
     * @return the descriptor, not null
     */
    public static Instrument icfQualifiers() {
        return ICF_QUALIFIERS;
    }

    /**
     * Gets the descriptor of ICF generic qualifiers for some chapters only. It has the same
     * identifier as {@link #icfQualifiers()}, so a measurement of the chosen chapters is also
     * valid against the full descriptor.
     *
     * @param chapters  the chapters, in ICF order whatever the iteration order, not null, not empty
     * @return the descriptor, not null
     * @throws io.github.polku.validation.InvalidValueException if {@code chapters} is empty
     */
    public static Instrument icfQualifiers(Set<IcfChapter> chapters) {
        Instrument.Builder builder = Instrument.builder()
                .id(ICF_QUALIFIERS_ID)
                .putName("fi", "ICF-tarkenteet: suoritukset ja osallistuminen")
                .putName("sv", "ICF-bed\u00f6mningsfaktorer: aktiviteter och delaktighet")
                .putName("en", "ICF qualifiers: activities and participation")
                .version("ICF 2001")
                .source("World Health Organization, International Classification of Functioning, Disability "
                        + "and Health (ICF), 2001: generic qualifier and chapters d1-d9");
        Set<IcfChapter> ordered = chapters.isEmpty() ? EnumSet.noneOf(IcfChapter.class) : EnumSet.copyOf(chapters);
        for (IcfChapter chapter : ordered) {
            builder.addDimension(Dimension.builder().code(chapter.getCode())
                    .putName("fi", chapter.getName(Locale.forLanguageTag("fi")))
                    .putName("sv", chapter.getName(Locale.forLanguageTag("sv")))
                    .putName("en", chapter.getName(Locale.ENGLISH))
                    .scale(ICF_QUALIFIER_SCALE)
                    .build());
        }
        return builder.build();
    }

    /**
     * Gets the scale of a journey-of-change reading: whole numbers 1-10, a higher value is better
     * (DOMAIN 6.1). The stage is derived from the reading with a {@link StageTable}.
     *
     * @return the scale, not null
     */
    public static Scale journeyOfChangeScale() {
        return JOURNEY_OF_CHANGE_SCALE;
    }

    /**
     * Obtains the descriptor of an Outcomes Star style instrument (fi: muutoksen polku, sv:
     * förändringsresa) whose outcome areas are supplied by the user: each area is a dimension on
     * the {@link #journeyOfChangeScale() 1-10 scale}. Polku ships no area names of any Star, since
     * they belong to the licensed Star; add names by building an {@link Instrument} directly.
     *
     * @param id  the identifier of the user's instrument, not null
     * @param version  the version of the user's Star, not null
     * @param areaCodes  the codes of the outcome areas, unique, well formed, not empty
     * @return the descriptor, not null
     * @throws io.github.polku.validation.InvalidValueException if there is no area, an area code is
     *     malformed or an area code is repeated
     */
    public static Instrument journeyOfChange(InstrumentId id, String version, String... areaCodes) {
        Instrument.Builder builder = Instrument.builder()
                .id(id)
                .putName("fi", "Muutoksen polku (1\u201310)")
                .putName("sv", "F\u00f6r\u00e4ndringsresa (1\u201310)")
                .putName("en", "Journey of change (1\u201310)")
                .version(version)
                .source("Outcomes Star model: 1-10 readings per outcome area on a five-stage journey of change "
                        + "(Triangle Consulting, http://www.outcomesstar.org.uk/star-model-of-change/)")
                .licenceNote("Outcome areas supplied by the user; the Outcomes Star requires a licence and training.");
        for (String code : areaCodes) {
            builder.addDimension(Dimension.builder().code(code).scale(JOURNEY_OF_CHANGE_SCALE).build());
        }
        return builder.build();
    }
}
