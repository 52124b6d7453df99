package io.github.polku.client;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class PersonalIdentityCodeTest {

    private static final String FORMAT = "polku.identityCode.format";
    private static final String DATE = "polku.identityCode.date";
    private static final String INDIVIDUAL_NUMBER = "polku.identityCode.individualNumber";
    private static final String CHECKSUM = "polku.identityCode.checksum";

    /**
     * The control alphabet built independently of the class under test: the ten digits and the
     * letters A-Z without G, I, O, Q and Z (DOMAIN.md 8.2).
     */
    private static final String ALPHABET = "0123456789" + IntStream.rangeClosed('A', 'Z')
            .filter(c -> "GIOQZ".indexOf(c) < 0)
            .mapToObj(c -> String.valueOf((char) c))
            .collect(Collectors.joining());

    /** The control character, computed with BigInteger arithmetic on the nine digits. */
    private static char control(String ddmmyy, String zzz) {
        return ALPHABET.charAt(new BigInteger(ddmmyy + zzz).mod(BigInteger.valueOf(31)).intValueExact());
    }

    private static List<String> codes(ValidationReport report) {
        return report.getViolations().stream().map(Violation::getCode).collect(Collectors.toList());
    }

    @Test
    void independentAlphabetHasThirtyOneCharacters() {
        assertThat(ALPHABET).hasSize(31).isEqualTo("0123456789ABCDEFHJKLMNPRSTUVWXY");
    }

    @Nested
    class Parse {

        // Vectors computed by hand: the remainder is DDMMYYZZZ mod 31, the index of the control
        // character in 0123456789ABCDEFHJKLMNPRSTUVWXY. Example: 131052308 mod 31 = 25 -> T.
        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                # code,       birth date, sign, remainder
                311299+8997,  1899-12-31, +,    7
                131052-308T,  1952-10-13, -,    25
                280201Y123W,  1901-02-28, Y,    28
                010185X234X,  1985-01-01, X,    29
                150677W4563,  1977-06-15, W,    3
                091099V621E,  1999-10-09, V,    14
                171119U777T,  1919-11-17, U,    25
                290200A002C,  2000-02-29, A,    12
                240916B0051,  2016-09-24, B,    1
                020312C890H,  2012-03-02, C,    16
                290204D002D,  2004-02-29, D,    13
                031233E3458,  2033-12-03, E,    8
                010101F003T,  2001-01-01, F,    25
                290296-3457,  1996-02-29, -,    7
                # the first and the last control character: 131052004 mod 31 = 0 -> 0;
                # 131052003 mod 31 = 30 -> Y
                131052-0040,  1952-10-13, -,    0
                131052-003Y,  1952-10-13, -,    30
                """)
        void acceptsValidCodeOfEveryCenturySign(String text, LocalDate birthDate, char sign, int remainder) {
            assertThat(text.charAt(10)).as("vector's control character").isEqualTo(ALPHABET.charAt(remainder));

            PersonalIdentityCode code = PersonalIdentityCode.parse(text);

            assertThat(code.getBirthDate()).isEqualTo(birthDate);
            assertThat(code.getCenturySign()).isEqualTo(sign);
            assertThat(code.isTemporary()).isFalse();
            assertThat(code.toUnmaskedString()).isEqualTo(text);
            assertThat(PersonalIdentityCode.check(text, false).isEmpty()).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                # 121223002 mod 31 = 13 -> D; 121223899 mod 31 = 11 -> B
                121223-002D
                121223-899B
                """)
        void acceptsOrdinaryIndividualNumberBounds(String text) {
            assertThat(PersonalIdentityCode.parse(text).toUnmaskedString()).isEqualTo(text);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                # 121223000 mod 31 = 11 -> B; 121223001 mod 31 = 12 -> C
                121223-000B
                121223-001C
                """)
        void rejectsIndividualNumbersBelowTwo(String text) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> PersonalIdentityCode.parse(text))
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(INDIVIDUAL_NUMBER).withSeverity(Severity.ERROR).at("").withArguments(Map.of("min", "002", "max", "899"))));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                # 121223900 mod 31 = 12 -> C; 121223999 mod 31 = 18 -> K
                121223-900C
                121223-999K
                # a DVV test person: 010594903 mod 31 = 2 -> 2
                010594Y9032
                """)
        void rejectsTemporaryRangeByDefault(String text) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> PersonalIdentityCode.parse(text))
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(INDIVIDUAL_NUMBER).withSeverity(Severity.ERROR).at("").withArguments(Map.of("min", "002", "max", "899"))));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                # no 29 February 1900 (2000 is a leap year: 290200A002C is valid); 290200002 mod 31 = 12 -> C
                290200-002C
                290200Y002C
                # no 29 February 1800
                290200+002C
                # 2001 is not a leap year; 290201002 mod 31 = 20 -> M
                290201A002M
                # no 30 February; 300200002 mod 31 = 1 -> 1
                300200A0021
                # no 31 November; 311105123 mod 31 = 4 -> 4
                311105F1234
                # no day 0; 000101002 mod 31 = 4 -> 4
                000101A0024
                # no month 13; 011300002 mod 31 = 6 -> 6
                011300A0026
                """)
        void rejectsDateThatDoesNotExistInTheCentury(String text) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> PersonalIdentityCode.parse(text))
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(DATE).withSeverity(Severity.ERROR).at("")));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"131052-308U", "131052-3080", "131052-308S", "131052Y308Y"})
        void rejectsWrongControlCharacter(String text) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> PersonalIdentityCode.parse(text))
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(CHECKSUM).withSeverity(Severity.ERROR).at("").withArguments(Map.of())));
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {
            "", "131052-308", "131052-308TT", "131052308T", " 131052-308T", "131052-308T ", "131052 308T",
            "131052-308\t", "131052G308T", "131052Z308T", "131052*308T", "131052_308T",
            "131052-308G", "131052-308I", "131052-308O", "131052-308Q", "131052-308Z", "131052-308-",
            "13105a-308T", "131052-3o8T", "1310522-308", "131052-308\u0422", "\uff11\uff13\uff11\uff10\uff15\uff12-308T",
            "\u0661\u0663\u0661\u0660\u0665\u0662-308T", "xxxxxxxxxxx"})
        void rejectsMalformedTextWithOneFormatViolation(String text) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> PersonalIdentityCode.parse(text))
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(FORMAT).withSeverity(Severity.ERROR).at("").withArguments(Map.of())));
        }

        @Test
        void checksNothingElseWhenFormatIsWrong() {
            // 29.2.1900 does not exist and 000 is no individual number, but the sign G is unknown,
            // so only the format is reported.
            assertThat(codes(PersonalIdentityCode.check("290200G000B", false))).containsExactly(FORMAT);
        }

        @Test
        void upperCasesLowerCaseLetters() {
            PersonalIdentityCode code = PersonalIdentityCode.parse("131052a308t");

            assertThat(code.toUnmaskedString()).isEqualTo("131052A308T");
            assertThat(code.getCenturySign()).isEqualTo('A');
            assertThat(code.getBirthDate()).isEqualTo(LocalDate.of(2052, 10, 13));
            assertThat(code).isEqualTo(PersonalIdentityCode.parse("131052A308T"));
        }

        @Test
        void keepsUpperCasedCenturySignDistinctFromHyphen() {
            PersonalIdentityCode code = PersonalIdentityCode.parse("131052y308t");

            assertThat(code.getCenturySign()).isEqualTo('Y');
            assertThat(code).isNotEqualTo(PersonalIdentityCode.parse("131052-308T"));
        }

        @Test
        void acceptsAnyCharSequence() {
            assertThat(PersonalIdentityCode.parse(new StringBuilder("131052-308T")).toUnmaskedString())
                    .isEqualTo("131052-308T");
        }

        @Test
        void rejectsNullText() {
            assertThatNullPointerException().isThrownBy(() -> PersonalIdentityCode.parse(null)).withMessage("text");
        }
    }

    @Nested
    class ParseAllowingTemporary {

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                121223-900C,  1923-12-12, -
                121223-999K,  1923-12-12, -
                010594Y9032,  1994-05-01, Y
                # DVV's example of two people told apart by the sign: 100190999 mod 31 = 22 -> P
                100190-999P,  1990-01-10, -
                100190Y999P,  1990-01-10, Y
                """)
        void acceptsTemporaryRange(String text, LocalDate birthDate, char sign) {
            PersonalIdentityCode code = PersonalIdentityCode.parseAllowingTemporary(text);

            assertThat(code.isTemporary()).isTrue();
            assertThat(code.getBirthDate()).isEqualTo(birthDate);
            assertThat(code.getCenturySign()).isEqualTo(sign);
            assertThat(code.toUnmaskedString()).isEqualTo(text);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"121223-002D", "121223-899B", "131052-308T"})
        void acceptsOrdinaryCodes(String text) {
            PersonalIdentityCode code = PersonalIdentityCode.parseAllowingTemporary(text);

            assertThat(code.isTemporary()).isFalse();
            assertThat(code).isEqualTo(PersonalIdentityCode.parse(text));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"121223-000B", "121223-001C"})
        void stillRejectsIndividualNumbersBelowTwo(String text) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> PersonalIdentityCode.parseAllowingTemporary(text))
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(INDIVIDUAL_NUMBER).withSeverity(Severity.ERROR).at("").withArguments(Map.of("min", "002", "max", "999"))));
        }

        @Test
        void stillRejectsWrongControlCharacter() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> PersonalIdentityCode.parseAllowingTemporary("010594Y9033"))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode).containsExactly(CHECKSUM));
        }
    }

    @Nested
    class Check {

        @Test
        void reportsNothingForValidCode() {
            ValidationReport report = PersonalIdentityCode.check("131052-308T", false);

            assertThat(report.isEmpty()).isTrue();
            assertThat(report.isValid()).isTrue();
        }

        @Test
        void reportsDateIndividualNumberAndChecksumTogether() {
            // 29.2.1900 does not exist, 000 is below 002, and 290200000 mod 31 = 10 -> A, not B.
            ValidationReport report = PersonalIdentityCode.check("290200-000B", false);

            ViolationAssert.assertThat(report.getViolations())
                    .containsExactlyViolations(
                            violation(DATE).withSeverity(Severity.ERROR).at(""),
                            violation(INDIVIDUAL_NUMBER).withSeverity(Severity.ERROR).at(""),
                            violation(CHECKSUM).withSeverity(Severity.ERROR).at(""));
            assertThat(report.isValid()).isFalse();
        }

        @ParameterizedTest(name = "{0} allowTemporary={1}")
        @CsvSource(textBlock = """
                # 31.4. does not exist; 310400900 mod 31 = 8 -> 8, not 1
                310400-9001, false, polku.identityCode.date polku.identityCode.individualNumber polku.identityCode.checksum
                310400-9001, true,  polku.identityCode.date polku.identityCode.checksum
                310400-9008, true,  polku.identityCode.date
                310400-9008, false, polku.identityCode.date polku.identityCode.individualNumber
                # 29.2.1900 does not exist; 290200000 mod 31 = 10 -> A
                290200-000A, false, polku.identityCode.date polku.identityCode.individualNumber
                # 290200900 mod 31 = 11 -> B
                290200-900B, true,  polku.identityCode.date
                290200-900B, false, polku.identityCode.date polku.identityCode.individualNumber
                """)
        void reportsEveryProblemInOrder(String text, boolean allowTemporary, String expectedCodes) {
            assertThat(codes(PersonalIdentityCode.check(text, allowTemporary)))
                    .containsExactly(expectedCodes.split(" "));
        }

        @Test
        void reportsTheSameViolationsThatParseThrows() {
            ValidationReport report = PersonalIdentityCode.check("290200-000B", false);

            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> PersonalIdentityCode.parse("290200-000B"))
                    .satisfies(e -> assertThat(e.getViolations()).isEqualTo(report.getViolations()));
        }

        @Test
        void letsCallerRelocateViolations() {
            ValidationReport report = PersonalIdentityCode.check("131052-308U", false).atLocation("/client/identityCode");

            assertThat(report.getViolations())
                    .extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple(CHECKSUM, "/client/identityCode"));
        }

        @Test
        void rejectsNullText() {
            assertThatNullPointerException().isThrownBy(() -> PersonalIdentityCode.check(null, true)).withMessage("text");
        }
    }

    @Nested
    class EqualsAndHashCode {

        @Test
        void distinguishesCodesThatDifferOnlyInCenturySign() {
            PersonalIdentityCode hyphen = PersonalIdentityCode.parseAllowingTemporary("100190-999P");
            PersonalIdentityCode y = PersonalIdentityCode.parseAllowingTemporary("100190Y999P");

            assertThat(hyphen.getBirthDate()).isEqualTo(y.getBirthDate());
            assertThat(hyphen).isNotEqualTo(y);
            assertThat(y).isNotEqualTo(hyphen);
        }

        @Test
        void equalsCodeWithSameText() {
            PersonalIdentityCode first = PersonalIdentityCode.parse("131052-308T");
            PersonalIdentityCode second = PersonalIdentityCode.parse(new StringBuilder("131052-308T"));

            assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
            assertThat(first).isEqualTo(first);
        }

        @Test
        void doesNotEqualOtherTypesOrNull() {
            PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");

            assertThat(code).isNotEqualTo("131052-308T");
            assertThat(code.equals(null)).isFalse();
        }

        @Test
        void hashCodeDependsOnTheCode() {
            // not required by the contract, but a constant hash code would put every code in one bucket
            java.util.Set<Integer> hashes = new java.util.HashSet<>();
            for (String text : List.of("131052-308T", "131052A308T", "290200A002C", "290204D002D", "311299+8997")) {
                hashes.add(PersonalIdentityCode.parse(text).hashCode());
            }
            assertThat(hashes).hasSize(5);
        }

        @Test
        void doesNotEqualCodeWithOtherDate() {
            assertThat(PersonalIdentityCode.parse("290200A002C")).isNotEqualTo(PersonalIdentityCode.parse("290204D002D"));
        }
    }

    @Nested
    class Masking {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"131052-308T", "311299+8997", "240916B0051", "290296-3457"})
        void masksToString(String text) {
            String masked = PersonalIdentityCode.parse(text).toString();

            assertThat(masked).isEqualTo("PersonalIdentityCode[****]");
            for (char c : text.toCharArray()) {
                if (Character.isDigit(c)) {
                    assertThat(masked).doesNotContain(String.valueOf(c));
                }
            }
        }

        @Test
        void keepsExceptionMessageFreeOfTheCode() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> PersonalIdentityCode.parse("131052-308U"))
                    .satisfies(e -> assertThat(e.getMessage())
                            .isEqualTo("Invalid value: polku.identityCode.checksum at /")
                            .doesNotContainPattern("[0-9]")
                            .doesNotContain("308"))
                    .satisfies(e -> assertThat(e.getViolations().toString()).doesNotContainPattern("[0-9]"))
                    .satisfies(e -> assertThat(e.getCause()).isNull());
        }

        @Test
        void keepsViolationArgumentsFreeOfTheCode() {
            // Individual number 999 and date digits 310400 must not appear; only the range does.
            ValidationReport report = PersonalIdentityCode.check("310400-9991", false);

            assertThat(report.getViolations())
                    .flatExtracting(v -> List.copyOf(v.getArguments().values()))
                    .containsExactly("002", "899");
            for (Violation v : report.getViolations()) {
                for (String language : List.of("fi", "sv", "en")) {
                    assertThat(v.getMessage(Locale.forLanguageTag(language)))
                            .doesNotContain("310400").doesNotContain("999").doesNotContain("-9991");
                }
            }
        }
    }

    @Nested
    class MessageRendering {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(delimiter = '|', textBlock = """
                en | 121223-000B | The individual number of a personal identity code must be in the range 002\u2013899
                fi | 121223-000B | Henkil\u00f6tunnuksen yksil\u00f6numeron on oltava v\u00e4lill\u00e4 002\u2013899
                sv | 121223-000B | Individnumret i personbeteckningen ska ligga i intervallet 002\u2013899
                en | 131052-308U | The control character of a personal identity code does not match its date of birth and individual number
                fi | 131052-308U | Henkil\u00f6tunnuksen tarkistusmerkki ei vastaa syntym\u00e4aikaa ja yksil\u00f6numeroa
                sv | 131052-308U | Kontrolltecknet i personbeteckningen st\u00e4mmer inte med f\u00f6delsedatumet och individnumret
                en | 290200-002C | The date of birth in a personal identity code is not a calendar date in the century given by its century sign
                fi | 290200-002C | Henkil\u00f6tunnuksen syntym\u00e4aika ei ole todellinen p\u00e4iv\u00e4m\u00e4\u00e4r\u00e4 v\u00e4limerkin osoittamalla vuosisadalla
                sv | 290200-002C | F\u00f6delsedatumet i personbeteckningen \u00e4r inte ett verkligt datum i det sekel som skiljetecknet anger
                """)
        void rendersMessage(String language, String text, String expected) {
            List<Violation> violations = PersonalIdentityCode.check(text, false).getViolations();

            assertThat(violations).hasSize(1);
            assertThat(violations.get(0).getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                en | A personal identity code is malformed. It has 11 characters
                fi | Henkil\u00f6tunnus on v\u00e4\u00e4r\u00e4n muotoinen. Siin\u00e4 on 11 merkki\u00e4
                sv | Personbeteckningen har fel form. Den har 11 tecken
                """)
        void rendersFormatMessage(String language, String expectedStart) {
            Violation violation = PersonalIdentityCode.check("131052G308T", false).getViolations().get(0);

            assertThat(violation.getMessage(Locale.forLanguageTag(language)))
                    .startsWith(expectedStart)
                    .contains("G, I, O, Q")
                    .doesNotContain("{");
        }

        @Test
        void rendersRangeWithTemporaryCodesAllowed() {
            Violation violation = PersonalIdentityCode.check("121223-001C", true).getViolations().get(0);

            assertThat(violation.getMessage(Locale.forLanguageTag("fi"))).endsWith("v\u00e4lill\u00e4 002\u2013999");
        }
    }

    // Properties over generated valid codes (QuickTheories; a failure prints the seed, rerun with
    // -DQT_SEED=..., docs/TESTING.md) and over the edge values written down as rows.

    private static final LocalDate FIRST = LocalDate.of(1800, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    private static Gen<Generated> validCodes() {
        Gen<LocalDate> dates = longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
        return dates.zip(integers().between(0, 5), integers().between(2, 999), Generated::new);
    }

    /** First and last supported dates, their neighbours and 1970-01-01; every sign; the individual-number bounds. */
    static Stream<Generated> edgeCodes() {
        List<LocalDate> dates = List.of(FIRST, FIRST.plusDays(1), LocalDate.ofEpochDay(0), LAST.minusDays(1), LAST,
                LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1),
                LocalDate.of(2000, 2, 29));
        return io.github.polku.testing.EdgeCases.combinations(dates, io.github.polku.testing.EdgeCases.ofRange(0, 5),
                List.of(2, 3, 899, 900, 998, 999))
                .map(Arguments::get)
                .map(row -> new Generated((LocalDate) row[0], (Integer) row[1], (Integer) row[2]));
    }

    @Test
    void parsesAndRoundTripsEveryValidCode() {
        qt().forAll(validCodes()).checkAssert(PersonalIdentityCodeTest::parsesAndRoundTrips);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCodes")
    void parsesAndRoundTripsEveryValidCodeAtTheEdges(Generated generated) {
        parsesAndRoundTrips(generated);
    }

    private static void parsesAndRoundTrips(Generated generated) {
        PersonalIdentityCode code = generated.temporary
                ? PersonalIdentityCode.parseAllowingTemporary(generated.text)
                : PersonalIdentityCode.parse(generated.text);

        assertThat(code.toUnmaskedString()).isEqualTo(generated.text);
        assertThat(code.getBirthDate()).isEqualTo(generated.birthDate);
        assertThat(code.getCenturySign()).isEqualTo(generated.text.charAt(6));
        assertThat(code.isTemporary()).isEqualTo(generated.temporary);
        assertThat(PersonalIdentityCode.parseAllowingTemporary(code.toUnmaskedString())).isEqualTo(code);
        assertThat(code.toString()).isEqualTo("PersonalIdentityCode[****]");
    }

    @Test
    void rejectsEveryOtherControlCharacterAsChecksum() {
        // 300 examples: each checks all 30 other control characters
        qt().withExamples(300).forAll(validCodes()).checkAssert(PersonalIdentityCodeTest::rejectsOtherControlCharacters);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCodes")
    void rejectsEveryOtherControlCharacterAsChecksumAtTheEdges(Generated generated) {
        rejectsOtherControlCharacters(generated);
    }

    private static void rejectsOtherControlCharacters(Generated generated) {
        char original = generated.text.charAt(10);
        for (char replacement : ALPHABET.toCharArray()) {
            if (replacement == original) {
                continue;
            }
            String changed = generated.text.substring(0, 10) + replacement;

            ViolationAssert.assertThat(PersonalIdentityCode.check(changed, true).getViolations())
                    .containsExactlyViolations(violation(CHECKSUM).withSeverity(Severity.ERROR).at(""));
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> PersonalIdentityCode.parseAllowingTemporary(changed))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode).containsExactly(CHECKSUM));
        }
    }

    @Test
    void rejectsTemporaryRangeUnlessAllowed() {
        qt().forAll(validCodes()).checkAssert(PersonalIdentityCodeTest::temporaryOnlyWhenAllowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCodes")
    void rejectsTemporaryRangeUnlessAllowedAtTheEdges(Generated generated) {
        temporaryOnlyWhenAllowed(generated);
    }

    private static void temporaryOnlyWhenAllowed(Generated generated) {
        List<String> strict = codes(PersonalIdentityCode.check(generated.text, false));

        if (generated.temporary) {
            assertThat(strict).containsExactly(INDIVIDUAL_NUMBER);
        } else {
            assertThat(strict).isEmpty();
        }
    }

    /** A valid code built by the test from its parts, independently of the class under test. */
    static final class Generated {
        private static final String[] SIGNS = {"+", "-YXWVU", "ABCDEF"};

        final LocalDate birthDate;
        final boolean temporary;
        final String text;

        Generated(LocalDate birthDate, int signIndex, int individual) {
            String signs = SIGNS[birthDate.getYear() / 100 - 18];
            String ddmmyy = String.format("%02d%02d%02d",
                    birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear() % 100);
            String zzz = String.format("%03d", individual);
            this.birthDate = birthDate;
            this.temporary = individual >= 900;
            this.text = ddmmyy + signs.charAt(signIndex % signs.length()) + zzz + control(ddmmyy, zzz);
        }

        @Override
        public String toString() {
            return text;    // fictional generated data; shown when a property reports a falsifying value
        }
    }
}
