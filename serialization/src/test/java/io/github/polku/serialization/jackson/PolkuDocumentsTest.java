package io.github.polku.serialization.jackson;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.testing.Samples;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolkuDocumentsTest {

    private static final PolkuDocuments DOCUMENTS = PolkuDocuments.strict();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Nested
    class RoundTrip {

        @Test
        void readsWhatItWrites() {
            RehabilitationPath path = Samples.hameenlinna2020Path();
            String json = DOCUMENTS.write(path);
            assertThat(DOCUMENTS.read(json, RehabilitationPath.class)).isEqualTo(path);
        }

        @Test
        void writesSameBytesTwice() {
            assertThat(DOCUMENTS.write(Samples.hameenlinna2020Path())).isEqualTo(DOCUMENTS.write(Samples.hameenlinna2020Path()));
        }

        @Test
        void detectsTheTypeAndValidatesTheValue() {
            DocumentResult result = DOCUMENTS.readAndValidate(utf8(DOCUMENTS.write(Samples.hameenlinna2020Path())));
            assertThat(result.getType()).contains(DocumentType.REHABILITATION_PATH);
            assertThat(result.isValid()).isTrue();
            assertThat(result.getValue(RehabilitationPath.class)).contains(Samples.hameenlinna2020Path());
        }
    }

    @Nested
    class JudgingDate {

        // The sample path: contact 16.4.2025, assessment completed 5.5., plan and its goal 6.5.2025.
        private final byte[] json = utf8(DOCUMENTS.write(Samples.path()));

        @Test
        void judgesAsOfTheGivenDate() {
            PolkuDocuments onFifth = DOCUMENTS.withJudgingDate(java.time.LocalDate.of(2025, 5, 5));
            assertThat(onFifth.getJudgingDate()).contains(java.time.LocalDate.of(2025, 5, 5));
            assertThat(onFifth.getOptions()).isEqualTo(DOCUMENTS.getOptions());
            assertThat(onFifth.validate(json).getViolations())
                    .extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
                    .containsExactlyInAnyOrder(tuple("polku.path.date.future", Severity.ERROR, "/plan/createdOn"),
                            tuple("polku.path.date.future", Severity.ERROR, "/plan/goals/0/setOn"),
                            tuple("polku.path.date.future", Severity.ERROR, "/plan/goals/0/statusHistory/0/date"));
            assertThat(DOCUMENTS.withJudgingDate(java.time.LocalDate.of(2025, 5, 6)).validate(json).isValid()).isTrue();
        }

        @Test
        void judgesAStreamAsOfTheGivenDate() {
            byte[] array = utf8("[" + new String(json, StandardCharsets.UTF_8) + "," + new String(json, StandardCharsets.UTF_8) + "]");
            java.util.List<DocumentResult> results = new java.util.ArrayList<>();
            StreamSummary summary = DOCUMENTS.withJudgingDate(java.time.LocalDate.of(2025, 5, 5))
                    .validateStream(new java.io.ByteArrayInputStream(array), StreamFormat.ARRAY, results::add);
            assertThat(summary.getDocuments()).isEqualTo(2);
            assertThat(results).allSatisfy(r -> assertThat(r.getReport().getViolations()).extracting(Violation::getCode)
                    .containsOnly("polku.path.date.future").hasSize(3));
        }

        @Test
        void judgesAsOfTodayByDefault() {
            assertThat(DOCUMENTS.getJudgingDate()).isEmpty();
            assertThat(DOCUMENTS.validate(json).isValid()).isTrue();
        }
    }

    @Nested
    class Text {

        @Test
        void readsAndValidatesADocumentGivenAsText() {
            String json = DOCUMENTS.write(Samples.hameenlinna2020Path());
            DocumentResult result = DOCUMENTS.readAndValidate(json);
            assertThat(result.getValue(RehabilitationPath.class)).contains(Samples.hameenlinna2020Path());
            assertThat(result.getReport()).isEqualTo(DOCUMENTS.readAndValidate(utf8(json)).getReport());
            assertThat(DOCUMENTS.validate(json).isValid()).isTrue();
        }

        @Test
        void reportsEveryProblemOfABrokenText() {
            String json = "{\"documentType\":\"REHABILITATION_PATH\",\"formatVersion\":\"1.0\"}";
            assertThat(DOCUMENTS.readAndValidate(json).isValid()).isFalse();
            assertThat(DOCUMENTS.validate(json).getViolations())
                    .extracting(Violation::getCode, Violation::getPath)
                    .contains(tuple("polku.json.required", "/id"), tuple("polku.json.required", "/firstContact"));
        }
    }

    @Nested
    class TypedRead {

        @Test
        void throwsWithTheReportWhenStructurallyInvalid() {
            assertThatExceptionOfType(DocumentReadException.class)
                    .isThrownBy(() -> DOCUMENTS.read("{\"documentType\":\"REHABILITATION_PATH\",\"formatVersion\":\"1.0\"}",
                            RehabilitationPath.class))
                    .satisfies(e -> ViolationAssert.assertThat(e.getReport().getViolations())
                            .containsViolations(violation("polku.json.required").withSeverity(Severity.ERROR).at("/id"),
                                    violation("polku.json.required").withSeverity(Severity.ERROR).at("/firstContact")));
        }
    }

    @Nested
    class Streams {

        @Test
        void readsAndValidatesADocumentFromAStream() {
            byte[] json = utf8(DOCUMENTS.write(Samples.client()));
            DocumentResult result = DOCUMENTS.readAndValidate(new java.io.ByteArrayInputStream(json));
            assertThat(result.getValue()).contains(Samples.client());
            assertThat(DOCUMENTS.validate(new java.io.ByteArrayInputStream(json)).isValid()).isTrue();
        }

        @Test
        void stopsReadingAStreamLargerThanTheLimit() {
            PolkuDocuments small = PolkuDocuments.create(ReadOptions.strict().withLimits(ReadLimits.defaults().withMaxDocumentSize(64)));
            byte[] json = utf8(DOCUMENTS.write(Samples.client()));
            assertThat(small.validate(new java.io.ByteArrayInputStream(json)).getViolations())
                    .extracting(Violation::getCode, Violation::getPath).containsExactly(tuple("polku.json.limit.documentSize", ""));
        }
    }

    @Nested
    class Sharing {

        @Test
        void readsFromManyThreadsAtOnce() {
            byte[] json = utf8(DOCUMENTS.write(Samples.hameenlinna2020Path()));
            java.util.List<Boolean> valid = java.util.stream.IntStream.range(0, 64).parallel()
                    .mapToObj(i -> DOCUMENTS.readAndValidate(json).isValid()).toList();
            assertThat(valid).containsOnly(true).hasSize(64);
        }

        @Test
        void sharesTheStrictAndLenientInstances() {
            assertThat(PolkuDocuments.create(ReadOptions.strict())).isSameAs(PolkuDocuments.strict());
            assertThat(PolkuDocuments.create(ReadOptions.lenient())).isSameAs(PolkuDocuments.lenient());
            assertThat(PolkuDocuments.lenient().getOptions().isStrict()).isFalse();
        }

        @Test
        void writesAValidationReportAsTheMapperDoes() {
            io.github.polku.validation.ValidationReport report = DOCUMENTS.validate(utf8("[]"));
            assertThat(DOCUMENTS.write(report)).isEqualTo(PolkuJson.write(report));
        }

        @Test
        void refusesToWriteAValueThatIsNotADocument() {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> DOCUMENTS.write("text"));
        }
    }

    @Nested
    class Messages {

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.CsvSource(textBlock = """
                fi, 'Asiakirja ei ole kelvollista JSONia rivill\u00e4 3, sarakkeessa 7'
                sv, 'Dokumentet \u00e4r inte v\u00e4lformad JSON p\u00e5 rad 3, kolumn 7'
                en, 'The document is not well-formed JSON at line 3, column 7'
                """)
        void rendersTheMalformedMessageInEveryLanguage(String language, String expected) {
            Violation v = Violation.error("polku.json.malformed", "", java.util.Map.of("line", 3, "column", 7));
            assertThat(v.getMessage(java.util.Locale.forLanguageTag(language))).isEqualTo(expected);
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.CsvSource(textBlock = """
                fi, 'Muodon versio 1.1 on uudempi kuin tuettu versio 1.0'
                sv, 'Formatversionen 1.1 \u00e4r nyare \u00e4n den st\u00f6dda versionen 1.0'
                """)
        void namesBothVersionsInEveryLanguage(String language, String expected) {
            Violation v = Violation.error("polku.json.formatVersion.newer", "/formatVersion",
                    java.util.Map.of("supported", "1.0", "found", "1.1"));
            assertThat(v.getMessage(java.util.Locale.forLanguageTag(language))).isEqualTo(expected);
        }
    }
}
