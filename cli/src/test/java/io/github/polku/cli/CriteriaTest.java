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
        void isTheBuiltInOneByDefault() throws IOException {
            assertThat(Criteria.framework(null).getId()).isEqualTo(QualityFramework.builtIn().getId());
        }

        @Test
        void isReadFromAFile() throws IOException {
            assertThat(Criteria.framework("src/test/resources/documents/organiser-framework.properties").getId())
                    .isEqualTo("FICTIONAL_COUNTY_2025");
        }

        @Test
        void reportsAnInvalidFileWithStatusTwo() throws IOException {
            Path bad = dir.resolve("bad.properties");
            Files.writeString(bad, "no.such.key = 1\n");
            Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "report", "--framework", bad.toString(),
                    "src/test/resources/documents/valid/path.json");
            assertThat(r.status).isEqualTo(2);
            assertThat(r.err).startsWith("polku: the quality framework " + bad + " is not valid:")
                    .contains("  error ").doesNotContain("\tat ");
            assertThat(r.out).isEmpty();
        }
    }
}
