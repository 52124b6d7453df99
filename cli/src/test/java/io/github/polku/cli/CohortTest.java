package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.measurement.ChangeOutcome;
import io.github.polku.path.Destination;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.serialization.jackson.PolkuDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CohortTest {

    static String json(String name) throws IOException {
        return Files.readString(Paths.get("src/test/resources/documents/valid", name));
    }

    static RehabilitationPath path(String json) {
        return PolkuDocuments.strict().read(json, RehabilitationPath.class);
    }

    /** Contact only, open, no measurements. */
    static RehabilitationPath contactOnly() throws IOException {
        return path(json("path.json"));
    }

    /** Assessment, planning, rehabilitation; closed to rehabilitative work activity; work ability 4 -> 6. */
    static RehabilitationPath hameenlinna() throws IOException {
        return path(json("hameenlinna-2020.json"));
    }

    /**
     * As Hameenlinna, but another path (its own identifier: the report counts each path once) whose plan was
     * revised: back from rehabilitation to planning before closure.
     */
    static RehabilitationPath revised() throws IOException {
        return path(json("hameenlinna-2020.json").replace("\"id\":\"P-TEST-2020\"", "\"id\":\"P-TEST-2020-B\"").replace("{\"date\":\"2020-02-10\",\"stage\":\"REHABILITATION\"}",
                "{\"date\":\"2020-02-10\",\"stage\":\"REHABILITATION\"},{\"date\":\"2020-06-01\",\"stage\":\"PLANNING\"}"));
    }

    @Nested
    class Of {

        @Test
        void countsEveryStageAPathHasBeenInOnce() throws IOException {
            // contact only: CONTACT; Hameenlinna: CONTACT, ASSESSMENT, PLANNING, REHABILITATION, CLOSED;
            // revised: the same, PLANNING twice but counted once.
            Cohort cohort = Cohort.of(List.of(contactOnly(), hameenlinna(), revised()), List.of(), Language.EN);
            assertThat(cohort.stagesReached()).containsExactly(
                    Map.entry(Stage.CONTACT, 3L), Map.entry(Stage.ASSESSMENT, 2L), Map.entry(Stage.PLANNING, 2L),
                    Map.entry(Stage.REHABILITATION, 2L), Map.entry(Stage.FOLLOW_UP, 0L), Map.entry(Stage.CLOSED, 2L));
        }

        @Test
        void countsClosuresByDestination() throws IOException {
            Cohort cohort = Cohort.of(List.of(contactOnly(), hameenlinna(), revised()), List.of(), Language.EN);
            assertThat(cohort.paths()).isEqualTo(3);
            assertThat(cohort.closed()).isEqualTo(2);
            assertThat(cohort.destinations()).containsExactly(Map.entry(Destination.REHABILITATIVE_WORK_ACTIVITY, 2L));
        }

        @Test
        void countsChangeScoresFromFirstToLastMeasurement() throws IOException {
            Cohort cohort = Cohort.of(List.of(contactOnly(), hameenlinna()), List.of(), Language.EN);
            assertThat(cohort.changes()).hasSize(1);
            Map<ChangeOutcome, Long> workAbility = cohort.changes().values().iterator().next();
            assertThat(workAbility).containsExactly(Map.entry(ChangeOutcome.IMPROVED, 1L),
                    Map.entry(ChangeOutcome.UNCHANGED, 0L), Map.entry(ChangeOutcome.WORSENED, 0L));
        }

        @Test
        void isEmptyForNoPaths() {
            Cohort cohort = Cohort.of(List.of(), List.of(), Language.EN);
            assertThat(cohort.paths()).isZero();
            assertThat(cohort.stagesReached().values()).containsOnly(0L);
            assertThat(cohort.destinations()).isEmpty();
            assertThat(cohort.changes()).isEmpty();
        }
    }

    @Nested
    class Json {

        @Test
        void hasTheDocumentedShape() throws IOException {
            Cohort cohort = Cohort.of(List.of(contactOnly(), hameenlinna()), List.of(
                    new Cohort.CriterionRow("Q1", "Named worker", 1, 0, 1, 0, 0)), Language.EN);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new ReportPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), Language.EN).json(cohort, 1);
            String json = bytes.toString(StandardCharsets.UTF_8).replaceAll("\\s+", "");
            assertThat(json).isEqualTo("{\"paths\":2,\"closed\":1,\"invalidDocuments\":1,"
                    + "\"stagesReached\":{\"CONTACT\":2,\"ASSESSMENT\":1,\"PLANNING\":1,\"REHABILITATION\":1,\"FOLLOW_UP\":0,"
                    + "\"CLOSED\":1},"
                    + "\"closuresByDestination\":{\"REHABILITATIVE_WORK_ACTIVITY\":1},"
                    + "\"changeScores\":[{\"measure\":\"Perceivedworkability(0\u201310)(together)\",\"IMPROVED\":1,\"UNCHANGED\":0,"
                    + "\"WORSENED\":0}],"
                    + "\"criteria\":[{\"code\":\"Q1\",\"assessedBy\":\"RECORDS\",\"met\":1,\"partlyMet\":0,\"notMet\":1,\"insufficientData\":0,"
                    + "\"notApplicable\":0}]}");
        }
    }

    @Nested
    class Text {

        @Test
        void neverShowsPersonalData() throws IOException {
            Cohort cohort = Cohort.of(List.of(contactOnly(), hameenlinna()), List.of(), Language.EN);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new ReportPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), Language.EN).text(cohort, 0);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("FICTIONAL", "C-TEST", "P-TEST")
                    .contains("  Rehabilitation: 1", "  Rehabilitative work activity: 1",
                            "  Perceived work ability (0\u201310) (together): improved 1, unchanged 0, worsened 0");
        }
    }
}
