package io.github.polku.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class PathContentTest {

    private static final PolkuValidator VALIDATOR = PolkuValidator.shared();

    @Nested
    class Path {

        @ParameterizedTest
        @EnumSource(PathContent.Size.class)
        void isValidWithoutAnyViolation(PathContent.Size size) {
            for (int index : new int[] {0, 1, 13, 27, 199_999}) {
                ValidationReport report = VALIDATOR.validate(PathContent.path(size, index));

                assertThat(report.getViolations()).as("size %s, index %d", size, index).isEmpty();
            }
        }

        @Test
        void mediumDocumentHasTheRealisticShape() {
            RehabilitationPath path = PathContent.path(PathContent.Size.MEDIUM, 3);

            assertThat(path.getPlan().orElseThrow().getGoals()).hasSizeBetween(3, 5);
            assertThat(path.getServices()).hasSizeBetween(10, 20)
                    .allSatisfy(s -> assertThat(s.getAttendances()).isNotEmpty());
            assertThat(path.getMeasurements()).hasSize(3)
                    .allSatisfy(m -> assertThat(m.getScores()).hasSize(17));
            assertThat(path.getStageChanges().size() + path.getPauses().size()).isBetween(4, 6);
            assertThat(path.getClosure()).isPresent();
        }

        @Test
        void mediumDocumentIsFiveToFifteenKilobytes() {
            byte[] json = Documents.json(PathContent.Size.MEDIUM, 3);

            assertThat(json.length).isBetween(5 * 1024, 15 * 1024);
        }

        @Test
        void documentsGrowWithSize() {
            int small = Documents.json(PathContent.Size.SMALL, 3).length;
            int medium = Documents.json(PathContent.Size.MEDIUM, 3).length;
            int large = Documents.json(PathContent.Size.LARGE, 3).length;

            assertThat(small).isLessThan(medium);
            assertThat(medium * 3).isLessThan(large);
        }
    }

    @Nested
    class Document {

        @ParameterizedTest
        @EnumSource(PathContent.Size.class)
        void isReadAndValidatedByPolkuWithoutAnyViolation(PathContent.Size size) {
            DocumentResult result = PolkuDocuments.strict().readAndValidate(Documents.json(size, 4));

            assertThat(result.getReport().getViolations()).isEmpty();
            assertThat(result.getValue(RehabilitationPath.class)).contains(PathContent.path(size, 4));
        }
    }

    @Nested
    class Twin {

        @Test
        void survivesAPlainJsonRoundTrip() {
            PlainPath twin = PlainPath.of(PathContent.path(PathContent.Size.MEDIUM, 5));

            PlainPath read = Documents.PLAIN.readValue(Documents.PLAIN.writeValueAsBytes(twin), PlainPath.class);

            assertThat(read).isEqualTo(twin);
        }

        @ParameterizedTest
        @EnumSource(PathContent.Size.class)
        void isWrittenByPlainDatabindToExactlyTheBytesPolkuWrites(PathContent.Size size) {
            RehabilitationPath path = PathContent.path(size, 9);

            String plain = Documents.PLAIN.writeValueAsString(PlainPath.of(path));

            assertThat(plain).isEqualTo(new String(Documents.json(path), StandardCharsets.UTF_8));
        }

        @Test
        void isReadByStrictPlainDatabindFromPolkusDocument() {
            RehabilitationPath path = PathContent.path(PathContent.Size.MEDIUM, 9);
            JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

            PlainPath read = strict.readValue(Documents.json(path), PlainPath.class);

            assertThat(read).isEqualTo(PlainPath.of(path));
        }

        @Test
        void carriesEveryServiceAttendanceAndScore() {
            RehabilitationPath path = PathContent.path(PathContent.Size.MEDIUM, 5);

            PlainPath twin = PlainPath.of(path);

            assertThat(twin.services()).hasSameSizeAs(path.getServices());
            assertThat(twin.services().get(4).attendances()).hasSameSizeAs(path.getServices().get(4).getAttendances());
            assertThat(twin.measurements().get(2).scores()).isEqualTo(path.getMeasurements().get(2).getScores());
            assertThat(twin.closure().destination()).isEqualTo("REHABILITATIVE_WORK_ACTIVITY");
        }
    }
}
