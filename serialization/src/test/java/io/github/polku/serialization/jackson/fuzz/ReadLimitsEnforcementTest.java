package io.github.polku.serialization.jackson.fuzz;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.ReadLimits;
import io.github.polku.serialization.jackson.ReadOptions;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GH-10: a document over each documented read limit is rejected quickly with the limit's own
 * violation code, and one at the limit is not. The defaults (ReadLimits.defaults()) are depth 64,
 * strings of 65,536 characters, numbers of 100 characters and documents of 16 MiB.
 */
class ReadLimitsEnforcementTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final String HEAD = "{\"documentType\":\"CLIENT\",\"formatVersion\":\"1.0\",";

    @Nested
    class Defaults {

        @Test
        void documentsTheDefaults() {
            ReadLimits limits = ReadLimits.defaults();
            assertThat(new long[] {limits.getMaxDepth(), limits.getMaxStringLength(), limits.getMaxNumberLength(),
                    limits.getMaxDocumentSize()}).containsExactly(64, 65_536, 100, 16L * 1024 * 1024);
        }
    }

    @Nested
    class Depth {

        @ParameterizedTest(name = "depth {0}")
        @CsvSource(textBlock = """
                65
                1000
                1000000
                """)
        void rejectsDocumentNestedDeeperThanTheLimit(int depth) {
            // the root object is one level: an array nested depth-1 times inside it reaches depth
            String json = HEAD + "\"x\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
            // root object = depth 1, /x = depth 2, so the 65th level is /x followed by 63 array indices
            assertThat(limitViolations(json)).containsExactly(
                    tuple("polku.json.limit.depth", Severity.ERROR, "/x" + "/0".repeat(63), Map.of("max", "64")));
        }

        @Test
        void acceptsDocumentNestedToTheLimit() {
            String json = HEAD + "\"x\":" + "[".repeat(63) + "]".repeat(63) + "}";
            assertThat(limitViolations(json)).isEmpty();
            assertThat(codes(json)).contains("polku.json.unknownProperty");
        }
    }

    @Nested
    class Strings {

        @Test
        void rejectsStringLongerThanTheLimit() {
            String json = HEAD + "\"clientId\":\"" + "a".repeat(65_537) + "\"}";
            assertThat(limitViolations(json)).containsExactly(
                    tuple("polku.json.limit.stringLength", Severity.ERROR, "/clientId", Map.of("max", "65536")));
        }

        @Test
        void acceptsStringOfTheLimit() {
            String json = HEAD + "\"clientId\":\"" + "a".repeat(65_536) + "\"}";
            assertThat(limitViolations(json)).isEmpty();
        }

        @Test
        void rejectsVeryLongPropertyName() {
            String json = HEAD + "\"" + "n".repeat(70_000) + "\":1}";
            assertThat(limitViolations(json)).extracting(t -> t.toList().get(0)).containsExactly("polku.json.limit.stringLength");
        }
    }

    @Nested
    class Numbers {

        @Test
        void rejectsNumberLongerThanTheLimit() {
            String json = HEAD + "\"x\":" + "9".repeat(101) + "}";
            assertThat(limitViolations(json)).containsExactly(
                    tuple("polku.json.limit.numberLength", Severity.ERROR, "/x", Map.of("max", "100")));
        }

        @Test
        void acceptsNumberOfTheLimit() {
            String json = HEAD + "\"x\":" + "9".repeat(100) + "}";
            assertThat(limitViolations(json)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                1e999999999
                1.0E+2147483648
                1e100
                -1e100
                """)
        void rejectsDecimalWithHugeExponent(String number) {
            // GH-10: found by the fuzz run; such a number was read as valid and could not be written.
            // GH-14: the range the schema states too (exclusiveMaximum 1E+100)
            assertThat(numberViolations(number)).containsExactly(tuple("polku.json.number", Severity.ERROR,
                    "/services/0/funding/voucher/value/euros",
                    Map.of("expected", "at most 100 digits before the decimal point")));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                -1e-999999999
                1e-101
                1.5e-100
                """)
        void limitsTheDigitsOfADecimalAfterItsPoint(String number) {
            // GH-14: more than 100 digits after the point in the plain notation Polku writes: the number-length limit
            assertThat(numberViolations(number)).containsExactly(tuple("polku.json.limit.numberLength", Severity.ERROR,
                    "/services/0/funding/voucher/value/euros", Map.of("max", "100")));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                1e99
                9.9e99
                1e-99
                1e-100
                12.50
                1.5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-5
                """)
        void acceptsDecimalWithinTheDigitLimit(String number) {
            assertThat(numberViolations(number)).isEmpty();
        }

        private java.util.List<org.assertj.core.groups.Tuple> numberViolations(String number) {
            String json = "{\"documentType\":\"REHABILITATION_PATH\",\"formatVersion\":\"1.0\",\"services\":[{\"funding\":"
                    + "{\"type\":\"SERVICE_VOUCHER\",\"voucher\":{\"value\":{\"euros\":" + number
                    + ",\"unit\":\"PER_DAY\"}}}}]}";
            DocumentResult result = assertTimeoutPreemptively(QUICKLY,
                    () -> PolkuDocuments.strict().readAndValidate(json.getBytes(StandardCharsets.UTF_8)));
            return result.getReport().getViolations().stream().filter(v -> v.getCode().equals("polku.json.number") || v.getCode().startsWith("polku.json.limit."))
                    .map(v -> tuple(v.getCode(), v.getSeverity(), v.getPath(), v.getArguments()))
                    .collect(java.util.stream.Collectors.toList());
        }
    }

    @Nested
    class DocumentSize {

        @Test
        void rejectsDocumentLargerThanTheDefaultLimit() {
            byte[] json = new byte[16 * 1024 * 1024 + 1];
            Arrays.fill(json, (byte) ' ');
            byte[] head = "{\"documentType\":\"CLIENT\"}".getBytes(StandardCharsets.UTF_8);
            System.arraycopy(head, 0, json, 0, head.length);
            DocumentResult result = assertTimeoutPreemptively(QUICKLY, () -> PolkuDocuments.strict().readAndValidate(json));
            ViolationAssert.assertThat(result.getReport().getViolations())
                    .containsExactlyViolations(violation("polku.json.limit.documentSize").withSeverity(Severity.ERROR).at("").withArguments(Map.of("max", String.valueOf(16 * 1024 * 1024))));
        }

        @Test
        void rejectsDocumentLargerThanAConfiguredLimit() {
            PolkuDocuments small = PolkuDocuments.create(ReadOptions.strict()
                    .withLimits(ReadLimits.defaults().withMaxDocumentSize(100)));
            String padded = HEAD + "\"clientId\":\"C-1\"}";
            String over = padded + " ".repeat(101 - padded.length());
            String at = padded + " ".repeat(100 - padded.length());
            assertThat(small.readAndValidate(over.getBytes(StandardCharsets.UTF_8)).getReport().getViolations())
                    .extracting(Violation::getCode).containsExactly("polku.json.limit.documentSize");
            assertThat(small.readAndValidate(at.getBytes(StandardCharsets.UTF_8)).getReport().getViolations())
                    .extracting(Violation::getCode).doesNotContain("polku.json.limit.documentSize");
        }
    }

    /** The limit violations of reading the document: code, severity, pointer and arguments. */
    private static java.util.List<org.assertj.core.groups.Tuple> limitViolations(String json) {
        DocumentResult result = assertTimeoutPreemptively(QUICKLY,
                () -> PolkuDocuments.strict().readAndValidate(json.getBytes(StandardCharsets.UTF_8)));
        return result.getReport().getViolations().stream().filter(v -> v.getCode().startsWith("polku.json.limit."))
                .map(v -> tuple(v.getCode(), v.getSeverity(), v.getPath(), v.getArguments())).collect(java.util.stream.Collectors.toList());
    }

    private static java.util.List<String> codes(String json) {
        DocumentResult result = assertTimeoutPreemptively(QUICKLY,
                () -> PolkuDocuments.strict().readAndValidate(json.getBytes(StandardCharsets.UTF_8)));
        return result.getReport().getViolations().stream().map(Violation::getCode)
                .collect(java.util.stream.Collectors.toList());
    }
}
