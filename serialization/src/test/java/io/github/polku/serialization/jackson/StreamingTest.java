package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Streams carry on past bad records and count them. */
class StreamingTest {

    private static final PolkuDocuments DOCUMENTS = PolkuDocuments.strict();

    static String compact(DocumentType type) {
        return DOCUMENTS.write(Goldens.values().get(type));
    }

    static String withEnd(String path, String end) {
        return path.replace("\"closure\":{\"date\":\"2020-11-30\"", "\"closure\":{\"date\":\"" + end + "\"");
    }

    private static List<DocumentResult> run(String text, StreamFormat format, StreamSummary[] summary) {
        List<DocumentResult> results = new ArrayList<>();
        summary[0] = DOCUMENTS.validateStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, results::add);
        return results;
    }

    @Nested
    class Ndjson {

        @Test
        void carriesOnPastBadRecordsAndAMalformedLine() {
            String path = compact(DocumentType.REHABILITATION_PATH);
            String text = path + "\n"
                    + compact(DocumentType.CLIENT) + "\r\n"
                    + "{\"documentType\": \"CLIENT\", oops\n"
                    + "\n"
                    + withEnd(path, "2020-11-31") + "\n"
                    + "{\"documentType\":\"NO_SUCH\",\"formatVersion\":\"1.0\"}\n"
                    + compact(DocumentType.ANONYMOUS_CONTACTS);
            StreamSummary[] summary = new StreamSummary[1];
            List<DocumentResult> results = run(text, StreamFormat.NDJSON, summary);
            assertThat(results).extracting(DocumentResult::getIndex, r -> r.getLine().getAsLong(), DocumentResult::isValid)
                    .containsExactly(tuple(0L, 1L, true), tuple(1L, 2L, true), tuple(2L, 3L, false), tuple(3L, 5L, false),
                            tuple(4L, 6L, false), tuple(5L, 7L, true));
            assertThat(results.get(2).getReport().getViolations()).extracting(Violation::getCode, Violation::getSeverity)
                    .containsExactly(tuple("polku.json.malformed", Severity.ERROR));
            assertThat(results.get(3).getReport().getViolations()).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.json.date", "/closure/date"));
            assertThat(results.get(4).getReport().getViolations()).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.json.documentType.unknown", "/documentType"));
            assertThat(summary[0].getDocuments()).isEqualTo(6);
            assertThat(summary[0].getValid()).isEqualTo(3);
            assertThat(summary[0].getInvalid()).isEqualTo(3);
            assertThat(summary[0].getErrors()).isEqualTo(3);
            assertThat(summary[0].isComplete()).isTrue();
        }

        @Test
        void reportsALineLargerThanTheLimitAndCarriesOn() {
            PolkuDocuments small = PolkuDocuments.create(ReadOptions.strict().withLimits(ReadLimits.defaults().withMaxDocumentSize(300)));
            String client = compact(DocumentType.CLIENT);
            String text = compact(DocumentType.REHABILITATION_PATH) + "\n" + client + "\n";
            List<DocumentResult> results = new ArrayList<>();
            StreamSummary summary = small.validateStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    StreamFormat.NDJSON, results::add);
            assertThat(results).extracting(DocumentResult::isValid).containsExactly(false, true);
            assertThat(results.get(0).getReport().getViolations()).extracting(Violation::getCode)
                    .containsExactly("polku.json.limit.documentSize");
            assertThat(summary.getDocuments()).isEqualTo(2);
        }
    }

    @Nested
    class Array {

        @Test
        void carriesOnPastBadRecordsInTheMiddle() {
            String path = compact(DocumentType.REHABILITATION_PATH);
            String text = "[" + path + ",\n" + withEnd(path, "2019-01-01") + ",\n" + "{\"formatVersion\":\"1.0\",\"documentType\":\"CLIENT\"}"
                    + ",\n" + withEnd(path, "yesterday") + ",\n" + compact(DocumentType.CLIENT_IDENTITY) + "]";
            StreamSummary[] summary = new StreamSummary[1];
            List<DocumentResult> results = run(text, StreamFormat.ARRAY, summary);
            assertThat(results).extracting(DocumentResult::getIndex, DocumentResult::isValid)
                    .containsExactly(tuple(0L, true), tuple(1L, false), tuple(2L, false), tuple(3L, false), tuple(4L, true));
            assertThat(results.get(1).getValue()).isPresent();
            assertThat(results.get(1).getReport().getViolations()).extracting(Violation::getSeverity).contains(Severity.ERROR);
            assertThat(results.get(2).getReport().getViolations()).extracting(Violation::getCode, Violation::getPath)
                    .containsExactlyInAnyOrder(tuple("polku.json.required", "/clientId"), tuple("polku.json.required", "/language"),
                            tuple("polku.json.required", "/organiser"));
            assertThat(results.get(3).getReport().getViolations()).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.json.date", "/closure/date"));
            assertThat(results.get(1).getLine()).isEmpty();
            assertThat(summary[0].getValid()).isEqualTo(2);
            assertThat(summary[0].isComplete()).isTrue();
        }

        @Test
        void stopsAtMalformedJsonAndSaysTheStreamIsIncomplete() {
            String path = compact(DocumentType.REHABILITATION_PATH);
            StreamSummary[] summary = new StreamSummary[1];
            List<DocumentResult> results = run("[" + path + ", {\"documentType\": ]", StreamFormat.ARRAY, summary);
            assertThat(results).extracting(DocumentResult::isValid).containsExactly(true, false);
            assertThat(results.get(1).getReport().getViolations()).extracting(Violation::getCode).containsExactly("polku.json.malformed");
            assertThat(summary[0].isComplete()).isFalse();
        }

        @Test
        void reportsAStreamThatIsNotAnArray() {
            StreamSummary[] summary = new StreamSummary[1];
            List<DocumentResult> results = run(compact(DocumentType.CLIENT), StreamFormat.ARRAY, summary);
            assertThat(results.get(0).getReport().getViolations()).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.json.type", ""));
            assertThat(summary[0].isComplete()).isFalse();
        }

        @Test
        void readsAnEmptyArray() {
            StreamSummary[] summary = new StreamSummary[1];
            assertThat(run("[ ]", StreamFormat.ARRAY, summary)).isEmpty();
            assertThat(summary[0].getDocuments()).isZero();
            assertThat(summary[0].isComplete()).isTrue();
        }
    }
}
