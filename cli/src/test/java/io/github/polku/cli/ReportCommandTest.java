package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.quality.CohortSummary;
import io.github.polku.serialization.jackson.PolkuDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polku report}: what it counts, what it leaves out and why (GH-18, GH-21). */
class ReportCommandTest {

    private static final String PATH = "src/test/resources/documents/valid/path.json";
    private static final String CLIENT = "src/test/resources/documents/valid/client.json";
    private static final String HAMEENLINNA = "src/test/resources/documents/valid/hameenlinna-2020.json";

    private static Runs report(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("report", "--on", "2026-11-23"));
        all.addAll(List.of(args));
        return Runs.run(new FacadeChecker(), Locale.ENGLISH, stdin, all.toArray(new String[0]));
    }

    /** The JSON row of a criterion, from its code to the end of its object. */
    private static String criterion(String json, String code) {
        String from = json.substring(json.indexOf("\"code\" : \"" + code + "\""));
        return from.substring(0, from.indexOf('}'));
    }

    @Nested
    class NamedWorker {

        @Test
        void isJudgedFromTheClientRecordGivenWithThePathInEitherOrder() {
            for (String[] files : List.of(new String[] {PATH, CLIENT}, new String[] {CLIENT, PATH})) {
                Runs r = report("", "--format", "json", files[0], files[1]);
                assertThat(r.status).as(String.join(" ", files)).isZero();
                // the client's named worker is a social worker
                assertThat(criterion(r.out, "NAMED_WORKER")).contains("\"met\" : 1", "\"insufficientData\" : 0");
            }
        }

        @Test
        void hasTooLittleDataWithoutTheClientRecord() {
            Runs r = report("", "--format", "json", PATH);
            assertThat(r.status).isZero();
            assertThat(criterion(r.out, "NAMED_WORKER")).contains("\"met\" : 0", "\"insufficientData\" : 1");
        }

        @Test
        void readsAClientRecordOnStandardInputBeforeThePath() throws IOException {
            String stdin = "[" + Files.readString(Path.of(CLIENT)) + "," + Files.readString(Path.of(PATH)) + "]";
            Runs r = report(stdin, "--format", "json", "-");
            assertThat(r.status).isZero();
            assertThat(criterion(r.out, "NAMED_WORKER")).contains("\"met\" : 1");
        }

        @Test
        void usesTheFirstOfTwoRecordsOfOneClientAndSaysSo() {
            Runs r = report("", "--format", "json", PATH, CLIENT, CLIENT);
            assertThat(r.status).isEqualTo(1);
            assertThat(r.err).contains(CLIENT + ": a client record with the same client identifier was given before")
                    .doesNotContain("C-TEST");
            assertThat(criterion(r.out, "NAMED_WORKER")).contains("\"met\" : 1");
        }
    }

    @Nested
    class VoluntaryParticipation {

        @Test
        void isMarkedAsJudgedByAPersonWithTheReason() {
            Runs json = report("", "--format", "json", PATH, HAMEENLINNA);
            assertThat(criterion(json.out, "VOLUNTARY_PARTICIPATION")).contains("\"assessedBy\" : \"PERSON\"");
            assertThat(criterion(json.out, "NAMED_WORKER")).contains("\"assessedBy\" : \"RECORDS\"");
            Runs text = report("", PATH, HAMEENLINNA);
            assertThat(text.out).contains("VOLUNTARY_PARTICIPATION Voluntary participation: judged by a person, not from "
                    + "the records (the records cannot show it)");
        }
    }

    @Nested
    class NoPaths {

        @Test
        void sayItAndExitOne() {
            Runs r = report("", CLIENT);
            assertThat(r.status).isEqualTo(1);
            assertThat(r.err).contains("the input holds no valid rehabilitation path");
            assertThat(r.out).isEmpty();
        }

        @Test
        void areAlsoNoPathsWhenEveryPathIsInvalid() {
            Runs r = report("", "--format", "summary", "../examples/data/invalid/path-five-mistakes.json");
            assertThat(r.status).isEqualTo(1);
            assertThat(r.err).contains("invalid", "the input holds no valid rehabilitation path");
            assertThat(r.out).isEmpty();
        }

        @Test
        void oneValidPathIsEnough() {
            Runs r = report("", PATH);
            assertThat(r.status).isZero();
            assertThat(r.err).isEmpty();
            assertThat(r.out).contains("Paths: 1, closed: 0, open: 1.");
        }
    }

    @Nested
    class DuplicatePaths {

        @Test
        void areReportedAndCountedOnce() {
            Runs r = report("", PATH, HAMEENLINNA, PATH);
            assertThat(r.status).isEqualTo(1);
            assertThat(r.err).isEqualTo(PATH + ": a path with the same identifier was already counted; this one is left out"
                    + System.lineSeparator());
            assertThat(r.out).contains("Paths: 2, closed: 1, open: 1.");
        }

        @Test
        void leaveTheSummaryValid() {
            Runs r = report("", "--format", "summary", PATH, PATH);
            assertThat(r.status).isEqualTo(1);
            assertThat(PolkuDocuments.strict().validate(r.out.getBytes(StandardCharsets.UTF_8)).getViolations()).isEmpty();
            assertThat(PolkuDocuments.strict().read(r.out, CohortSummary.class).getPathCount()).isEqualTo(1);
        }
    }

    /** GH-21: every summary the command writes validates, over seeded cohorts with repeated paths. */
    @Nested
    class GeneratedCohorts {

        @TempDir
        Path dir;

        @Test
        void everySummaryValidatesAndCountsEachPathOnce() throws IOException {
            long base = new Random().nextLong();
            for (int round = 0; round < 12; round++) {
                long seed = base + round;
                Random random = new Random(seed);
                int size = 1 + random.nextInt(40);
                List<String> lines = new ArrayList<>();
                Set<String> ids = new HashSet<>();
                int repeats = 0;
                for (int i = 0; i < size; i++) {
                    RehabilitationPath path = GeneratedCohort.path(i, random);
                    ids.add(path.getId().getValue());
                    lines.add(PolkuDocuments.strict().write(path));
                    if (random.nextInt(5) == 0) {
                        lines.add(lines.get(random.nextInt(lines.size())));
                        repeats++;
                    }
                }
                // split over two files, so that repeats also cross files
                int cut = random.nextInt(lines.size() + 1);
                Path first = Files.write(dir.resolve(seed + "-a.ndjson"), lines.subList(0, cut));
                Path second = Files.write(dir.resolve(seed + "-b.ndjson"), lines.subList(cut, lines.size()));
                Runs r = report("", "--format", "summary", first.toString(), second.toString());
                String seedText = "seed " + seed + ", err: " + r.err;
                assertThat(r.err.lines().filter(l -> l.endsWith(": invalid"))).as(seedText).isEmpty();
                assertThat(r.err.lines().filter(l -> l.contains("already counted")).count()).as(seedText)
                        .isEqualTo(repeats);
                assertThat(r.status).as(seedText).isEqualTo(repeats > 0 ? 1 : 0);
                assertThat(PolkuDocuments.strict().validate(r.out.getBytes(StandardCharsets.UTF_8)).getViolations())
                        .as(seedText).isEmpty();
                assertThat(PolkuDocuments.strict().read(r.out, CohortSummary.class).getPathCount()).as(seedText)
                        .isEqualTo(ids.size());
            }
        }
    }
}
