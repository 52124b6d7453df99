package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.path.RehabilitationPath;
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
    class TypedRead {

        @Test
        void throwsWithTheReportWhenStructurallyInvalid() {
            assertThatExceptionOfType(DocumentReadException.class)
                    .isThrownBy(() -> DOCUMENTS.read("{\"documentType\":\"REHABILITATION_PATH\",\"formatVersion\":\"1.0\"}",
                            RehabilitationPath.class))
                    .satisfies(e -> assertThat(e.getReport().getViolations())
                            .extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
                            .contains(tuple("polku.json.required", Severity.ERROR, "/id"),
                                    tuple("polku.json.required", Severity.ERROR, "/firstContact")));
        }
    }
}
