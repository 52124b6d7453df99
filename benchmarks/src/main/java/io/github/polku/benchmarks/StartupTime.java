package io.github.polku.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GH-18: the start-up of the {@code polku} command, as a user meets it: {@code ./polku validate ONE.json}
 * (the launcher script) and {@code java -jar cli/target/polku.jar validate ONE.json} (the bare jar),
 * each launched as a child process, alternating, {@code ROUNDS} times (at least 10). Prints, per mode, the
 * median wall time and the median CPU time (user + system) of the child, the latter read from the
 * children's times the kernel adds to this process once a child is reaped ({@code /proc/self/stat}
 * fields cutime and cstime; Linux only). CPU time is the cross-check on a shared machine, where wall time
 * also counts waiting for a core.
 * <p>
 * Usage, from the root of the repository after {@code ./mvnw -B package -DskipTests -pl cli,benchmarks -am}:
 * {@code java -cp benchmarks/target/classes io.github.polku.benchmarks.StartupTime [ROUNDS [DOCUMENT [LAUNCHER]]]},
 * where {@code LAUNCHER} is another launcher script to measure (default {@code polku}).
 */
public final class StartupTime {

    /** The fewest launches per mode for a median. */
    static final int MIN_ROUNDS = 10;

    private StartupTime() {
    }

    /**
     * Runs the measurement and prints one JSON object.
     *
     * @param args  optional rounds (at least 10, default 15), document (default a valid path) and launcher
     *              script relative to the root (default {@code polku})
     * @throws Exception if a launch fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = Math.max(MIN_ROUNDS, args.length > 0 ? Integer.parseInt(args[0]) : 15);
        String document = args.length > 1 ? args[1] : "cli/src/test/resources/documents/valid/path.json";
        Path root = Paths.get("").toAbsolutePath();
        String launcher = args.length > 2 ? args[2] : "polku";
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> modes = new LinkedHashMap<>();
        modes.put("launcher", List.of("bash", root.resolve(launcher).toString(), "validate", document));
        modes.put("jar", List.of(java, "-jar", root.resolve("cli/target/polku.jar").toString(), "validate", document));
        Map<String, List<Double>> wall = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (String mode : modes.keySet()) {
            launch(modes.get(mode), root); // warm the file cache, and let the launcher build the jar if needed
            wall.put(mode, new ArrayList<>());
            cpu.put(mode, new ArrayList<>());
        }
        for (int i = 0; i < rounds; i++) {
            for (Map.Entry<String, List<String>> mode : modes.entrySet()) {
                double[] t = launch(mode.getValue(), root);
                wall.get(mode.getKey()).add(t[0]);
                cpu.get(mode.getKey()).add(t[1]);
            }
        }
        StringBuilder json = new StringBuilder("{\"rounds\":" + rounds + ",\"document\":\"" + document + "\"");
        for (String mode : modes.keySet()) {
            json.append(",\"").append(mode).append("\":{\"medianWallMs\":").append(Math.round(RunAll.median(wall.get(mode))))
                    .append(",\"medianCpuMs\":").append(Math.round(RunAll.median(cpu.get(mode))))
                    .append(",\"minWallMs\":").append(Math.round(wall.get(mode).stream().mapToDouble(d -> d).min().orElse(0)))
                    .append('}');
        }
        json.append(",\"loadAverage\":\"").append(loadAverage()).append("\"}");
        System.out.println(json);
    }

    /** Runs one command to its end; returns its wall and CPU milliseconds. */
    static double[] launch(List<String> command, Path root) throws IOException, InterruptedException {
        double cpuBefore = childCpuMillis();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int status = p.waitFor();
        double wallMs = (System.nanoTime() - start) / 1e6;
        if (status != 0) {
            throw new IllegalStateException("exit status " + status + " from " + command);
        }
        return new double[] {wallMs, childCpuMillis() - cpuBefore};
    }

    /** The CPU time of this process's reaped children (cutime + cstime), in ms; NaN where /proc is missing. */
    static double childCpuMillis() {
        try {
            String stat = Files.readString(Paths.get("/proc/self/stat"), StandardCharsets.US_ASCII);
            return childCpuMillis(stat, 100);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** Parses cutime and cstime (fields 16 and 17) of a {@code /proc/PID/stat} line, in clock ticks. */
    static double childCpuMillis(String stat, int ticksPerSecond) {
        // the command name (field 2) may hold spaces and parentheses: count fields after its last ')'
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long cutime = Long.parseLong(fields[13]);
        long cstime = Long.parseLong(fields[14]);
        return (cutime + cstime) * 1000.0 / ticksPerSecond;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Paths.get("/proc/loadavg"), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
