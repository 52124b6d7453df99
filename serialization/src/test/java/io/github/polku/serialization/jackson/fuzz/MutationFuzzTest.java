package io.github.polku.serialization.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.polku.serialization.jackson.DocumentType;
import io.github.polku.serialization.jackson.PolkuDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.github.polku.testing.EdgeCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * GH-10: mutation fuzzing of the reader. Every golden document and every example document
 * ({@code examples/data}, the lines of {@code paths.ndjson} included) is mutated at the byte level and
 * structurally (dropped, duplicated and reordered properties, changed types, huge and negative
 * numbers, long strings, deep nesting, invalid UTF-8, truncation, duplicate keys, unknown codes,
 * NUL and control characters); for every mutant reading and validation return a report or a
 * {@code DocumentReadException}, never another exception and never a hang.
 * <p>
 * The fast run in every build makes {@value #DEFAULT_MUTANTS} mutants. A long run:
 * {@code ./mvnw -B verify -pl serialization -am -Dtest=MutationFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpolku.fuzz.mutants=100000}; {@code -Dpolku.fuzz.seed=N} picks another reproducible sequence.
 * The insertion and truncation properties (QuickTheories) run 300 and 200 examples, or one for every
 * 20 mutants when more are asked for; {@code -Dpolku.fuzz.seed=N} fixes their seed too (otherwise
 * {@code -DQT_SEED=N} reruns the seed a failure printed, docs/TESTING.md). Their edge cases are rows.
 * Inputs that break an invariant are saved under {@code target/fuzz-crashes/}; copy them into
 * {@code src/test/resources/fuzz/regressions/} so that {@link FuzzRegressionTest} replays them.
 */
class MutationFuzzTest {

    static final int DEFAULT_MUTANTS = 2000;
    private static final int MUTANTS = Integer.getInteger("polku.fuzz.mutants", DEFAULT_MUTANTS);
    private static final long SEED = Long.getLong("polku.fuzz.seed", 20_261_123L);
    private static final boolean SEED_GIVEN = System.getProperty("polku.fuzz.seed") != null;
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("\"documentType\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final int STREAM_BATCH = 200;
    /**
     * A single mutant slower than this counts as a hang. The reader is linear and a mutant takes about
     * a millisecond; the margin is for loaded build machines.
     */
    private static final Duration SLOW = Duration.ofSeconds(10);

    @Test
    void readsEveryMutantIntoAReportWithoutCrashOrHang() {
        List<Seed> seeds = seeds();
        List<String> failures = new ArrayList<>();
        Duration budget = Duration.ofSeconds(Math.max(90, MUTANTS / 50L));
        assertTimeoutPreemptively(budget, () -> {
            List<byte[]> batch = new ArrayList<>();
            for (int i = 0; i < MUTANTS && failures.size() < 20; i++) {
                Seed seed = seeds.get(i % seeds.size());
                byte[] mutant = mutant(seed, i);
                long start = System.nanoTime();
                try {
                    // strict on every mutant; lenient, typed read and stream read in turn, to keep the fast run fast
                    Oracle.checkRead(mutant, PolkuDocuments.strict());
                    if (i % 2 == 0) {
                        Oracle.checkRead(mutant, PolkuDocuments.lenient());
                    } else {
                        Oracle.checkTypedRead(mutant, seed.type);
                    }
                    if (i % 10 == 0) {
                        Oracle.checkInputStream(mutant);
                    }
                } catch (Throwable t) {
                    failures.add(Oracle.save(mutant, seed.name + " mutant " + i, t));
                }
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                if (took.compareTo(SLOW) > 0) {
                    failures.add(Oracle.save(mutant, seed.name + " mutant " + i, new AssertionError("took " + took)));
                }
                batch.add(mutant);
                if (batch.size() == STREAM_BATCH) {
                    try {
                        Oracle.checkStreams(batch);
                    } catch (Throwable t) {
                        failures.add(Oracle.save(String.join("\n", batch.stream().map(String::new)
                                .collect(Collectors.toList())).getBytes(), "stream ending at mutant " + i, t));
                    }
                    batch.clear();
                }
            }
        });
        assertThat(failures).as("mutants that broke an invariant (saved in %s)", Oracle.CRASHES).isEmpty();
    }

    private static byte[] mutant(Seed seed, int index) {
        try {
            return new Mutator(SEED * 1_000_003L + index).mutate(seed.bytes);
        } catch (RuntimeException e) {
            throw new AssertionError("the mutator itself failed on " + seed + " mutant " + index, e);
        }
    }

    /** QuickTheories with the fuzz seed when one is given on the command line. */
    private static QuickTheory qt(int examples) {
        QuickTheory qt = QuickTheory.qt().withExamples(Math.max(examples, MUTANTS / 20));
        return SEED_GIVEN ? qt.withFixedSeed(SEED) : qt;
    }

    private static Gen<Seed> seedDocuments() {
        return arbitrary().pick(seeds());
    }

    private static Gen<byte[]> noise() {
        return lists().of(integers().between(Byte.MIN_VALUE, Byte.MAX_VALUE)).ofSizeBetween(1, 8).map(list -> {
            byte[] bytes = new byte[list.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = list.get(i).byteValue();
            }
            return bytes;
        });
    }

    @Test
    void readsEveryByteInsertionIntoAReport() {
        qt(300).forAll(seedDocuments(), integers().between(0, 100_000), noise()).checkAssert(MutationFuzzTest::insertion);
    }

    /** Every seed document, the edge positions, and edge bytes: the least, NUL, and the longest noise (eight quotes). */
    static Stream<Arguments> edgeInsertions() {
        List<byte[]> noise = List.of(new byte[] {Byte.MIN_VALUE}, new byte[] {0},
                "\"\"\"\"\"\"\"\"".getBytes(StandardCharsets.US_ASCII));
        return EdgeCases.combinations(seeds(), EdgeCases.ofRange(0, 100_000), noise);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("edgeInsertions")
    void readsEveryEdgeByteInsertionIntoAReport(Seed seed, int position, byte[] noise) {
        insertion(seed, position, noise);
    }

    private static void insertion(Seed seed, int position, byte[] noise) {
        int at = position % (seed.bytes.length + 1);
        byte[] mutant = new byte[seed.bytes.length + noise.length];
        System.arraycopy(seed.bytes, 0, mutant, 0, at);
        System.arraycopy(noise, 0, mutant, at, noise.length);
        System.arraycopy(seed.bytes, at, mutant, at + noise.length, seed.bytes.length - at);
        Oracle.check(mutant, seed.type);
    }

    @Test
    void readsEveryTruncationIntoAReport() {
        qt(200).forAll(seedDocuments(), integers().between(0, 100_000)).checkAssert(MutationFuzzTest::truncation);
    }

    /** Every seed document cut at the edge lengths, and one and two bytes from either end. */
    static Stream<Arguments> edgeTruncations() {
        List<Arguments> rows = new ArrayList<>();
        for (Seed seed : seeds()) {
            List<Integer> lengths = new ArrayList<>(EdgeCases.ofRange(0, 100_000));
            for (int k = 0; k <= 2; k++) {
                lengths.add(k);
                lengths.add(Math.max(0, seed.bytes.length - k));
            }
            lengths.stream().distinct().forEach(length -> rows.add(Arguments.of(seed, length)));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} cut at {1}")
    @MethodSource("edgeTruncations")
    void readsEveryEdgeTruncationIntoAReport(Seed seed, int length) {
        truncation(seed, length);
    }

    private static void truncation(Seed seed, int length) {
        byte[] mutant = new byte[length % (seed.bytes.length + 1)];
        System.arraycopy(seed.bytes, 0, mutant, 0, mutant.length);
        Oracle.check(mutant, seed.type);
    }

    /** The seed documents: every golden document of format version 1 and every example document. */
    static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        try {
            for (Path file : jsonFiles(Path.of("src/test/resources/golden/v1"))) {
                seeds.add(seed("golden/" + file.getFileName(), Files.readAllBytes(file)));
            }
            Path examples = Path.of("../examples/data");
            if (Files.isDirectory(examples)) {
                for (Path file : jsonFiles(examples)) {
                    seeds.add(seed("examples/" + examples.relativize(file), Files.readAllBytes(file)));
                }
                Path ndjson = examples.resolve("paths.ndjson");
                if (Files.isRegularFile(ndjson)) {
                    List<String> lines = Files.readAllLines(ndjson, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (!lines.get(i).isBlank()) {
                            seeds.add(seed("examples/paths.ndjson:" + (i + 1), lines.get(i).getBytes(StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
        return seeds;
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    private static Seed seed(String name, byte[] bytes) {
        Matcher m = DOCUMENT_TYPE.matcher(new String(bytes, StandardCharsets.UTF_8));
        DocumentType type = m.find() ? DocumentType.ofCode(m.group(1)).orElse(DocumentType.REHABILITATION_PATH)
                : DocumentType.REHABILITATION_PATH;
        return new Seed(name, type, bytes);
    }

    /** A seed document and the type it is read as. */
    static final class Seed {
        final String name;
        final DocumentType type;
        final byte[] bytes;

        Seed(String name, DocumentType type, byte[] bytes) {
            this.name = name;
            this.type = type;
            this.bytes = bytes;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
