package io.github.polku.security;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.contact.AnonymousChannel;
import io.github.polku.contact.AnonymousContact;
import io.github.polku.contact.ContactActivity;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalId;
import io.github.polku.testing.Samples;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GH-10: no input is ever evaluated as an expression. Hibernate Validator runs with the
 * {@code ParameterMessageInterpolator} and no Expression Language on the path; Polku renders its
 * own messages in one pass, so {@code ${...}}, {@code #{...}} and {@code {name}} inside a value stay
 * literal text.
 */
class ExpressionLanguageTest {

    private static final PolkuValidator VALIDATOR = PolkuValidator.shared();

    /** Empty, brace, quote and escape characters, unpaired surrogates and the longest default text. */
    static Stream<Arguments> edgeArguments() {
        List<String> edges = List.of("", " ", "{", "}", "{}", "$", "#", "\\", "'", "${group}", "{group}", "{0}", "%s",
                "\u0000", "\uD800", "\uDFFF", "\uD83D\uDE00", "x".repeat(255));
        return io.github.polku.testing.EdgeCases.combinations(edges, List.of("", "{workingDays}", "\uFFFF"));
    }

    @Nested
    class Rendering {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                fi | Määräaikaryhmässä ${1+1} arvioinnin olisi pitänyt alkaa viimeistään #{7*6}. arkipäivänä {workingDays}
                sv | För tidsfristgruppen ${1+1} skulle bedömningen ha börjat senast den #{7*6}:e arbetsdagen, {workingDays}
                en | For deadline group ${1+1} the assessment had to start by the #{7*6}th working day, {workingDays}
                """)
        void keepsExpressionsInArgumentsLiteral(String language, String expected) {
            Map<String, String> arguments = new LinkedHashMap<>();
            arguments.put("group", "${1+1}");
            arguments.put("workingDays", "#{7*6}");
            arguments.put("deadline", "{workingDays}");
            Violation v = Violation.warning("polku.path.assessment.startLate", "/startedOn", arguments);
            assertThat(v.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"fi", "sv", "en"})
        void keepsExpressionsLiteralInEveryLanguage(String language) {
            Violation v = Violation.error("polku.id.format", "", Map.of("kind", "${''.getClass().forName('java.lang.Runtime')}",
                    "max", "#{1+1}"));
            assertThat(v.getMessage(Locale.forLanguageTag(language)))
                    .contains("${''.getClass().forName('java.lang.Runtime')}", "#{1+1}")
                    .doesNotContain("{kind}", "{max}");
        }

        @Test
        void insertsEveryArgumentVerbatimAndNeverThrows() {
            // 500 generated pairs of any text (QuickTheories; a failure prints the seed, rerun with -DQT_SEED=...)
            qt().withExamples(500).forAll(io.github.polku.testing.Generators.anyText(0, 255),
                    io.github.polku.testing.Generators.anyText(0, 255)).checkAssert(this::insertedVerbatim);
        }

        @ParameterizedTest
        @MethodSource("io.github.polku.security.ExpressionLanguageTest#edgeArguments")
        void insertsEveryArgumentVerbatimAndNeverThrowsAtTheEdges(String first, String second) {
            insertedVerbatim(first, second);
        }

        private void insertedVerbatim(String first, String second) {
            Violation v = Violation.warning("polku.path.assessment.startLate", "", Map.of("group", first,
                    "workingDays", second, "deadline", "2025-04-25"));
            for (String language : List.of("fi", "sv", "en")) {
                assertThat(v.getMessage(Locale.forLanguageTag(language))).contains(first, second, "2025-04-25");
            }
        }
    }

    @Nested
    class BeanValidation {

        @Test
        void doesNotEchoOrEvaluateValidatedText() {
            String hostile = "${1+1} #{1+1} {jakarta.validation.constraints.NotBlank.message} {max} ".repeat(4);
            ValidationReport report = VALIDATOR.validate(contactAt(hostile));
            ViolationAssert.assertThat(report.getViolations())
                    .containsExactlyViolations(violation("jakarta.validation.constraints.Size").withSeverity(Severity.ERROR).at("/place").withArguments(Map.of("min", "0", "max", "200")));
            assertThat(report.getViolations().get(0).getMessage(Locale.ENGLISH))
                    .isEqualTo("Size must be between 0 and 200");
        }

        @Test
        void acceptsExpressionLikeTextAsPlainText() {
            Goal goal = Goal.builder().id(GoalId.of("G1")).words("${1+1} #{'a'.concat('b')} {words}")
                    .lifeArea(io.github.polku.measurement.IcfChapter.D9).setOn(LocalDate.of(2025, 5, 6)).build();
            assertThat(VALIDATOR.validate(goal).getViolations()).isEmpty();
            assertThat(goal.getWords()).isEqualTo("${1+1} #{'a'.concat('b')} {words}");
            assertThat(VALIDATOR.validate(contactAt("${1+1}")).getViolations()).isEmpty();
        }

        @Test
        void keepsHostileArgumentsLiteralUnderAPlainValidatorWithExpressionLanguage() {
            // GH-15: a score key is free text, and it is an argument of polku.measurement.dimension.unknown
            String hostile = "${1+1} #{2*3} {instrument} \\ $";
            io.github.polku.measurement.Measurement measurement = io.github.polku.measurement.Measurement.builder()
                    .instrumentId(io.github.polku.measurement.Instruments.PERCEIVED_WORK_ABILITY_ID)
                    .date(Samples.CONTACT.plusDays(1)).respondent(io.github.polku.measurement.Respondent.TOGETHER)
                    .putScore(hostile, java.math.BigDecimal.ONE).build();
            io.github.polku.path.RehabilitationPath path = Samples.path().withMeasurements(measurement);
            try (jakarta.validation.ValidatorFactory factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
                jakarta.validation.ConstraintViolation<?> cv = factory.getValidator().validate(path).stream()
                        .filter(c -> Violation.from(c).getCode().equals(io.github.polku.measurement.Instrument.UNKNOWN_DIMENSION))
                        .findFirst().orElseThrow();
                assertThat(Violation.from(cv).getArguments()).containsEntry("dimension", hostile);
                assertThat(cv.getMessage()).endsWith("has no dimension " + hostile)
                        .isEqualTo(Violation.from(cv).getMessage(Locale.ENGLISH));
            }
        }

        @Test
        void usesNoExpressionLanguageEvenWithAnImplementationOnThePath() throws ClassNotFoundException {
            // GH-15: the tests compare with plain validators, so an EL implementation is on the test
            // path; the tests above therefore show that PolkuValidator ignores it.
            assertThat(Class.forName("org.glassfish.expressly.ExpressionFactoryImpl", false,
                    ExpressionLanguageTest.class.getClassLoader())).isNotNull();
            String hostile = "${1+1}";
            assertThat(VALIDATOR.validate(contactAt(hostile)).isEmpty()).isTrue();
        }
    }

    private static AnonymousContact contactAt(String place) {
        return AnonymousContact.builder().date(LocalDate.of(2025, 3, 19)).place(place)
                .channel(AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE).addActivity(ContactActivity.CONVERSATION)
                .peopleCount(5).organiser(Samples.county()).build();
    }

}
