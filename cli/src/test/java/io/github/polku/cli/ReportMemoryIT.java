package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.quality.CohortSummary;
import io.github.polku.serialization.jackson.PolkuDocuments;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GH-21: {@code polku report} counts a cohort of 100,000 paths in a 64 MiB heap, as a forked process
 * of the packaged jar. Before, it held every path and failed at 10,000.
 */
class ReportMemoryIT {

    private static final int PATHS = 100_000;
    private static final long SEED = 20261202L;

    @TempDir
    static Path dir;
    static Path cohort;

    @BeforeAll
    static void writeTheCohort() throws IOException {
        cohort = dir.resolve("cohort.ndjson");
        Random random = new Random(SEED);
        PolkuDocuments documents = PolkuDocuments.strict();
        try (BufferedWriter out = Files.newBufferedWriter(cohort)) {
            for (int i = 0; i < PATHS; i++) {
                // one in twenty goes through rehabilitation; the rest stay small, to keep the file quick to read
                out.write(documents.write(i % 20 == 0 ? GeneratedCohort.fullPath(i, random)
                        : GeneratedCohort.contactOnly(i, random)));
                out.newLine();
            }
        }
    }

    private static Process report(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx64m", "-Duser.language=en", "-Duser.country=US", "-jar",
                Process.jar().toAbsolutePath().toString(), "report", "--on", "2026-12-02"));
        command.addAll(List.of(args));
        return Process.start("", command, 900);
    }

    @Test
    void countsOneHundredThousandPathsInA64MiBHeap() throws Exception {
        Process p = report(cohort.toString());
        assertThat(p.err).as("seed " + SEED).isEmpty();
        assertThat(p.status).isZero();
        assertThat(p.out).contains("Paths: 100000, closed: ", "Contact: 100000");
    }

    @Test
    void writesTheSummaryOfOneHundredThousandPathsInA64MiBHeap() throws Exception {
        Process p = report("--format", "summary", cohort.toString());
        assertThat(p.err).as("seed " + SEED).isEmpty();
        assertThat(p.status).isZero();
        assertThat(PolkuDocuments.strict().read(p.out, CohortSummary.class).getPathCount()).isEqualTo(PATHS);
    }
}
