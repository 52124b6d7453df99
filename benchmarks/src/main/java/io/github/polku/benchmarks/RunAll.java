package io.github.polku.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Runs every benchmark of one report in one go: the JMH benchmarks of {@link PathBenchmark}, the
 * {@link PairedCpu} cross-check, the streaming harness in child JVMs with {@code -Xmx64m}, and the
 * cold starts in fresh JVMs; then
 * writes {@code jmh-result.json}, {@code stream-and-cold-start.json} and {@code ratios.json}.
 * <p>
 * Usage: {@code RunAll [--full] [--out DIR]}; the quick mode is the default.
 */
public final class RunAll {

    /** The benchmarks also run on the small and the large document. */
    static final List<String> SIZE_SERIES = List.of("baselineDatabind", "polkuRead", "polkuReadAndValidate",
            "polkuValidateOnly");

    /** Streaming modes: the baseline first. */
    static final List<String> STREAM_MODES = List.of("databind", "polku");

    private RunAll() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param args  {@code --full} for the full mode, {@code --out DIR} for the output directory
     * @throws Exception if a benchmark or a child JVM fails
     */
    public static void main(String[] args) throws Exception {
        boolean full = false;
        Path out = Path.of("benchmarks", "target");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--full")) {
                full = true;
            } else if (args[i].equals("--out")) {
                out = Path.of(args[++i]);
            } else if (!args[i].equals("--quick")) {
                throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Files.createDirectories(out);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("mode", full ? "full" : "quick");
        summary.put("machine", machine());
        summary.put("loadAverageAtStart", load());

        Path jmhResult = out.resolve("jmh-result.json");
        runJmh(full, jmhResult);
        summary.put("loadAverageAfterJmh", load());

        System.out.println("# process-CPU-time cross-check (PairedCpu)");
        JsonNode paired = Documents.PLAIN.readTree(lastLine(launch(List.of("-Xms1g", "-Xmx1g"),
                PairedCpu.class, full ? "25" : "9")));
        System.out.println(paired);
        summary.put("cpuPaired", paired);

        long documents = full ? 500_000 : 200_000;
        int rounds = full ? 3 : 1;
        Map<String, Object> streams = new LinkedHashMap<>();
        for (String mode : STREAM_MODES) {
            streams.put(mode, new ArrayList<JsonNode>());
        }
        for (int r = 0; r < rounds; r++) {
            for (String mode : STREAM_MODES) {
                System.out.printf("# stream %s, %d documents, round %d of %d%n", mode, documents, r + 1, rounds);
                JsonNode result = Documents.PLAIN.readTree(lastLine(launch(List.of("-Xmx64m"),
                        StreamHarness.class, mode, Long.toString(documents))));
                System.out.println(result);
                @SuppressWarnings("unchecked")
                List<JsonNode> list = (List<JsonNode>) streams.get(mode);
                list.add(result);
            }
        }
        summary.put("stream", streams);
        summary.put("loadAverageAfterStream", load());

        Path document = out.resolve("cold-start-document.json");
        Files.write(document, Documents.json(PathContent.Size.MEDIUM, 1));
        int launches = full ? 15 : 5;
        Map<String, List<Double>> cold = new LinkedHashMap<>();
        for (String mode : STREAM_MODES) {
            cold.put(mode, new ArrayList<>());
        }
        for (int i = 0; i < launches; i++) {
            for (String mode : STREAM_MODES) {
                long start = System.nanoTime();
                String line = firstLine(launch(List.of(), ColdStart.class, mode, document.toString()));
                double ms = (System.nanoTime() - start) / 1e6;
                if (!line.startsWith("done")) {
                    throw new IllegalStateException("Cold start " + mode + " printed " + line);
                }
                cold.get(mode).add(ms);
            }
        }
        Map<String, Object> coldSummary = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : cold.entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("launches", e.getValue());
            m.put("medianMillis", median(e.getValue()));
            coldSummary.put(e.getKey(), m);
        }
        summary.put("coldStart", coldSummary);
        summary.put("loadAverageAtEnd", load());

        JsonNode jmh = Documents.PLAIN.readTree(jmhResult.toFile());
        Map<String, Object> ratios = Ratios.compute(jmh, summary);
        Documents.PLAIN.writerWithDefaultPrettyPrinter().writeValue(out.resolve("stream-and-cold-start.json").toFile(), summary);
        Documents.PLAIN.writerWithDefaultPrettyPrinter().writeValue(out.resolve("ratios.json").toFile(), ratios);
        System.out.println(Documents.PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(ratios));
    }

    /**
     * Runs JMH twice into one result file: every benchmark on the medium document, then the
     * size series (small and large) of the benchmarks that show how cost grows.
     */
    private static void runJmh(boolean full, Path result) throws RunnerException, IOException {
        Path main = result.resolveSibling("jmh-medium.json");
        Path sizes = result.resolveSibling("jmh-sizes.json");
        new Runner(jmhOptions(full, main).include(PathBenchmark.class.getName() + "\\.").param("size", "MEDIUM").build()).run();
        ChainedOptionsBuilder bySize = jmhOptions(full, sizes).param("size", "SMALL", "LARGE");
        for (String benchmark : SIZE_SERIES) {
            bySize.include(PathBenchmark.class.getName() + "\\." + benchmark + "$");
        }
        new Runner(bySize.build()).run();
        ArrayNode all = Documents.PLAIN.createArrayNode();
        all.addAll((ArrayNode) Documents.PLAIN.readTree(main.toFile()));
        all.addAll((ArrayNode) Documents.PLAIN.readTree(sizes.toFile()));
        Documents.PLAIN.writerWithDefaultPrettyPrinter().writeValue(result.toFile(), all);
    }

    /**
     * JMH settings. The full mode keeps the annotations of {@link PathBenchmark}; the quick mode
     * uses one fork and a long warm-up, because on a busy 2-core machine the JIT compiler needs
     * several seconds of CPU before the figures settle.
     */
    private static ChainedOptionsBuilder jmhOptions(boolean full, Path result) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .resultFormat(ResultFormatType.JSON)
                .result(result.toString())
                .shouldFailOnError(true);
        if (!full) {
            options.warmupIterations(8).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                    .forks(1);
        }
        return options;
    }

    private static Process launch(List<String> jvmArgs, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        Collections.addAll(command, args);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String firstLine(Process p) throws IOException, InterruptedException {
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.readLine();
            while (r.readLine() != null) {
                // drain
            }
        }
        check(p);
        return line == null ? "" : line;
    }

    private static String lastLine(Process p) throws IOException, InterruptedException {
        String last = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                last = line;
            }
        }
        check(p);
        return last;
    }

    private static void check(Process p) throws InterruptedException {
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroy();
            throw new IllegalStateException("Child JVM failed: " + p.info().commandLine().orElse("?"));
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("processors", Runtime.getRuntime().availableProcessors());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    m.put("cpu", line.substring(line.indexOf(':') + 1).trim());
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            m.put("cpu", "unknown");
        }
        return m;
    }
}
