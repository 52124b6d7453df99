package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GH-10: the packaged {@code polku} command as a process over a sample of mutated documents. Every
 * run ends with exit status 0, 1 or 2 (and 0 or 1 for a single readable file), prints no stack
 * trace, and prints none of the personal data in the golden client identity.
 * <p>
 * The mutants come from the golden documents of polku-serialization by the same kinds of
 * mutation as its {@code MutationFuzzTest}, done here on the text: dropped and duplicated
 * properties, changed types, hostile values, truncation, invalid UTF-8, NUL and control bytes.
 * {@code -Dpolku.fuzz.cli.mutants=N} changes the sample size (default {@value #DEFAULT_MUTANTS}).
 */
class CliFuzzIT {

    static final int DEFAULT_MUTANTS = 240;
    private static final int MUTANTS = Integer.getInteger("polku.fuzz.cli.mutants", DEFAULT_MUTANTS);
    private static final int BATCH = 60;
    /** Personal data in the golden client identity document: a fictional code and name. */
    private static final List<String> PERSONAL = List.of("010190-900P", "010190-900p", "Testi Testinen", "Testinen");
    private static final List<String> STACK_TRACE = List.of("Exception", "\tat ", "Caused by", "at io.github.",
            "at tools.jackson.", "at java.base/");
    private static final Pattern VALUE = Pattern.compile(
            ":\\s*(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?[0-9][0-9.eE+-]*+|true|false|null)");
    private static final List<String> HOSTILE = List.of("\"" + "x".repeat(70_000) + "\"", "9".repeat(150), "1e999999999",
            "-1", "\"NOT_A_CODE\"", "\"2025-02-30\"", "\"\\u0000\\u0007\"", "\"\\ud800\"", "\"${1+1}#{1+1}\"", "[]",
            "{}", "null", "true", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]"
                    + "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");

    @TempDir
    static Path dir;

    static List<Path> mutants;

    @BeforeAll
    static void writeMutants() throws IOException {
        assertThat(Process.jar()).isRegularFile();
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Process.root().resolve("serialization/src/test/resources/golden/v1"))) {
            for (Path f : files.sorted().collect(Collectors.toList())) {
                seeds.add(Files.readAllBytes(f));
            }
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
        mutants = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            Random random = new Random(20_261_123L + i);
            byte[] mutant = mutate(seeds.get(i % seeds.size()), random);
            Path file = dir.resolve(String.format("m%05d.json", i));
            Files.write(file, mutant);
            mutants.add(file);
        }
    }

    @Test
    void validatesEveryBatchWithStatusZeroOneOrTwoAndNoStackTrace() throws Exception {
        List<List<String>> options = List.of(List.of("--format", "json"), List.of("--format", "text", "--lang", "fi"),
                List.of("--lenient", "--lang", "sv"), List.of("--format", "json", "--lenient"));
        for (int from = 0, round = 0; from < mutants.size(); from += BATCH, round++) {
            List<String> args = new ArrayList<>(List.of("validate"));
            args.addAll(options.get(round % options.size()));
            mutants.subList(from, Math.min(from + BATCH, mutants.size())).forEach(f -> args.add(f.toString()));
            Process p = Process.run(args.toArray(new String[0]));
            assertClean(p, args.subList(0, 4).toString());
            assertThat(p.status).as("status of %s", args.subList(0, 4)).isIn(0, 1, 2);
        }
    }

    @Test
    void validatesSingleMutantsWithStatusZeroOrOne() throws Exception {
        for (int i = 0; i < mutants.size(); i += Math.max(1, mutants.size() / 6)) {
            Process p = Process.run("validate", "--format", "json", mutants.get(i).toString());
            assertClean(p, mutants.get(i).getFileName().toString());
            assertThat(p.status).as("status for %s", mutants.get(i).getFileName()).isIn(0, 1);
        }
    }

    @Test
    void streamsMutantsAsNdjsonWithoutStackTrace() throws Exception {
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        for (Path m : mutants) {
            byte[] bytes = Files.readAllBytes(m);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r') {
                    bytes[i] = ' ';
                }
            }
            ndjson.writeBytes(bytes);
            ndjson.write('\n');
        }
        Path file = dir.resolve("mutants.ndjson");
        Files.write(file, ndjson.toByteArray());
        Process p = Process.run("validate", "--format", "json", file.toString());
        assertClean(p, "mutants.ndjson");
        assertThat(p.status).isIn(0, 1);
    }

    @Test
    void readsMutantFromStandardInputWithoutStackTrace() throws Exception {
        String mutant = new String(Files.readAllBytes(mutants.get(3)), StandardCharsets.UTF_8);
        Process p = Process.run(mutant, List.of("-Duser.language=en"), "validate", "-");
        assertClean(p, "stdin");
        assertThat(p.status).isIn(0, 1);
    }

    @Test
    void reportsOverMutantsWithoutStackTrace() throws Exception {
        List<String> args = new ArrayList<>(List.of("report", "--format", "json"));
        mutants.subList(0, Math.min(BATCH, mutants.size())).forEach(f -> args.add(f.toString()));
        Process p = Process.run(args.toArray(new String[0]));
        assertClean(p, "report");
        assertThat(p.status).isIn(0, 1, 2);
    }

    private static void assertClean(Process p, String what) {
        for (String output : List.of(p.out, p.err)) {
            assertThat(output).as("output of %s", what).doesNotContain(STACK_TRACE).doesNotContain(PERSONAL);
        }
    }

    /** One to three text-level mutations of a document. */
    static byte[] mutate(byte[] seed, Random random) {
        byte[] out = seed;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            out = random.nextInt(10) < 6 ? structural(out, random) : bytes(out, random);
        }
        return out;
    }

    private static byte[] structural(byte[] document, Random random) {
        String text = new String(document, StandardCharsets.UTF_8);
        List<int[]> values = new ArrayList<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            values.add(new int[] {m.start(1), m.end(1)});
        }
        if (values.isEmpty()) {
            return bytes(document, random);
        }
        int[] v = values.get(random.nextInt(values.size()));
        String replacement;
        switch (random.nextInt(4)) {
            case 0:     // another type or a hostile value
                replacement = HOSTILE.get(random.nextInt(HOSTILE.size()));
                break;
            case 1:     // an unknown code: change the case of a code
                replacement = text.substring(v[0], v[1]).toLowerCase();
                break;
            case 2: {   // drop the property: blank out its name and value
                int nameStart = text.lastIndexOf('"', text.lastIndexOf('"', v[0] - 2) - 1);
                return (text.substring(0, Math.max(0, nameStart)) + "\"dropped\":0" + text.substring(v[1]))
                        .getBytes(StandardCharsets.UTF_8);
            }
            default: {  // a duplicate key
                int brace = text.lastIndexOf('{', v[0]);
                int nameEnd = text.indexOf(':', brace);
                if (brace < 0 || nameEnd < 0) {
                    return document;
                }
                String name = text.substring(brace + 1, nameEnd).trim();
                return (text.substring(0, brace + 1) + name + ":null," + text.substring(brace + 1))
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
        return (text.substring(0, v[0]) + replacement + text.substring(v[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[] document, Random random) {
        int at = document.length == 0 ? 0 : random.nextInt(document.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + 8);
        switch (random.nextInt(4)) {
            case 0:
                out.write(document, 0, at);
                break;
            case 1:
                out.write(document, 0, at);
                out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
                out.write(document, at, document.length - at);
                break;
            case 2:
                out.write(document, 0, at);
                out.writeBytes(new byte[] {0, 7, 27});
                out.write(document, at, document.length - at);
                break;
            default:
                byte[] copy = document.clone();
                if (copy.length > 0) {
                    copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
                }
                out.writeBytes(copy);
                break;
        }
        return out.toByteArray();
    }
}
