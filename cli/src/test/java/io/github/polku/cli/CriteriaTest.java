package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.quality.QualityFramework;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CriteriaTest {

    static final LocalDate ON = LocalDate.of(2026, 11, 23);

    @Nested
    class Evaluate {

        @Test
        void countsEveryPathOncePerPathCriterion() throws IOException {
            List<RehabilitationPath> paths = List.of(CohortTest.contactOnly(), CohortTest.hameenlinna());
            List<Cohort.CriterionRow> rows = Criteria.evaluate(QualityFramework.builtIn(), paths, ON, Locale.ENGLISH);
            assertThat(rows).isNotEmpty();
            for (Cohort.CriterionRow row : rows) {
                long sum = 0;
                for (long n : row.counts()) {
                    sum += n;
                }
                assertThat(sum).as(row.code).isIn(0L, 2L);
            }
        }

        @Test
        void findsTheAssessmentOfBothPaths() throws IOException {
            // Both documents carry a completed service need assessment.
            List<Cohort.CriterionRow> rows = Criteria.evaluate(QualityFramework.builtIn(),
                    List.of(CohortTest.contactOnly(), CohortTest.hameenlinna()), ON, Locale.ENGLISH);
            Cohort.CriterionRow assessed = rows.stream().filter(r -> r.code.equals("NEED_ASSESSMENT")).findFirst()
                    .orElseThrow();
            assertThat(assessed.met).isEqualTo(2);
            assertThat(assessed.name).isEqualTo("Service need assessment made");
        }
    }

    @Nested
    class Framework {

        @TempDir
        Path dir;

        @Test
        void isTheBuiltInOneByDefault() throws Exception {
            assertThat(Criteria.framework(null).getId()).isEqualTo(QualityFramework.builtIn().getId());
        }

        @Test
        void isReadFromAQualityFrameworkDocument() throws Exception {
            assertThat(Criteria.framework("src/test/resources/documents/organiser-framework.json").getId())
                    .isEqualTo("FICTIONAL_COUNTY_2025");
        }

        @Test
        void reportsAnInvalidFileWithStatusTwo() throws IOException {
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, "{\"documentType\": \"QUALITY_FRAMEWORK\", \"formatVersion\": \"1.0\", \"id\": \"X\"}");
            Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "report", "--framework", bad.toString(),
                    "src/test/resources/documents/valid/path.json");
            assertThat(r.status).isEqualTo(2);
            assertThat(r.err).startsWith("polku: the quality framework " + bad + " is not valid:")
                    .contains("  error ").doesNotContain("\tat ");
            assertThat(r.out).isEmpty();
        }

        @Test
        void refusesADocumentOfAnotherTypeWithStatusTwo() {
            Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "report", "--framework",
                    "src/test/resources/documents/valid/client.json", "src/test/resources/documents/valid/path.json");
            assertThat(r.status).isEqualTo(2);
            assertThat(r.err).isEqualTo("polku: src/test/resources/documents/valid/client.json is not a quality framework "
                    + "(QUALITY_FRAMEWORK) but a CLIENT document" + System.lineSeparator());
            assertThat(r.out).isEmpty();
        }

        @Test
        void pointsAPropertiesFileToTheRetiredFormat() throws IOException {
            Path old = dir.resolve("framework.properties");
            Files.writeString(old, "formatVersion=1\nid=OLD\n");
            Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "report", "--framework", old.toString(),
                    "src/test/resources/documents/valid/path.json");
            assertThat(r.status).isEqualTo(2);
            assertThat(r.err).contains("is not valid:", "the properties format of quality frameworks is retired");
            Path json = dir.resolve("framework.json");
            Files.writeString(json, "formatVersion=1\nid=OLD\n");
            assertThat(Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "report", "--framework", json.toString(),
                    "src/test/resources/documents/valid/path.json").err).doesNotContain("retired");
        }
    }
}
