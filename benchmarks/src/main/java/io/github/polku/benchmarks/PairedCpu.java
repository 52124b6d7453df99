package io.github.polku.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.PolkuValidator;
import java.io.ByteArrayOutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A cross-check of the JMH ratios that holds up on a busy machine: in one JVM, Polku and its
 * baseline run in alternating batches, and each batch is timed by the CPU time of the whole
 * process (this thread, the garbage collector and the JIT compiler), not by the wall clock.
 * Time the process spends waiting for a CPU that other programs hold is therefore not counted.
 * <p>
 * Prints one JSON line: for each pair, documents per CPU-second of both sides and their ratio, the
 * median over the rounds. Usage: {@code PairedCpu [ROUNDS [SIZE]]}; the medium document by default.
 */
public final class PairedCpu {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    private static volatile int sink;

    private PairedCpu() {
    }

    /**
     * Runs the comparison.
     *
     * @param args  optional number of rounds
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        PathContent.Size size = args.length > 1 ? PathContent.Size.valueOf(args[1]) : PathContent.Size.MEDIUM;
        RehabilitationPath path = PathContent.path(size, 7);
        PlainPath twin = PlainPath.of(path);
        byte[] json = Documents.json(path);
        PolkuDocuments documents = PolkuDocuments.strict();
        PolkuValidator validator = PolkuValidator.shared();

        Supplier<Object> databind = () -> Documents.PLAIN.readValue(json, PlainPath.class);
        Supplier<Object> baselineWrite = () -> Documents.PLAIN.writeValueAsBytes(twin);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("size", size.name());
        result.put("documentBytes", json.length);
        result.put("readValidateVsDatabind", pair(rounds,
                () -> documents.readAndValidate(json), databind));
        result.put("readVsDatabind", pair(rounds,
                () -> documents.read(json, RehabilitationPath.class), databind));
        result.put("writeVsDatabind", pair(rounds, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 64);
            documents.write(path, out);
            return out.toByteArray();
        }, baselineWrite));
        result.put("validateOnlyVsDatabind", pair(rounds, () -> validator.validate(path), databind));
        System.out.println(Documents.PLAIN.writeValueAsString(result));
    }

    /**
     * Runs one pair after a warm-up: alternating batches of each side, timed by process CPU time.
     *
     * @param rounds the number of measured batch pairs
     * @param polku the Polku operation
     * @param baseline the baseline operation
     * @return both sides' operations per CPU-second and their ratio (median, min and max over the rounds)
     */
    static Map<String, Object> pair(int rounds, Supplier<Object> polku, Supplier<Object> baseline) {
        // Warm-up: both sides until the JIT compiler has gone quiet (at least 5, at most 40 pairs).
        for (int i = 0; i < 40; i++) {
            long compiling = JIT.getTotalCompilationTime();
            batch(polku, 0.3);
            batch(baseline, 0.3);
            if (i >= 4 && JIT.getTotalCompilationTime() - compiling < 5) {
                break;
            }
        }
        List<Double> polkuRates = new ArrayList<>();
        List<Double> baselineRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double p = batch(polku, 0.2);
            double b = batch(baseline, 0.2);
            polkuRates.add(p);
            baselineRates.add(b);
            ratios.add(p / b);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("polkuPerCpuSecond", Math.round(RunAll.median(polkuRates)));
        m.put("baselinePerCpuSecond", Math.round(RunAll.median(baselineRates)));
        m.put("ratio", Math.round(RunAll.median(ratios) * 1000) / 1000.0);
        m.put("ratioMin", Math.round(ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0) * 1000) / 1000.0);
        m.put("ratioMax", Math.round(ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0) * 1000) / 1000.0);
        return m;
    }

    /** Runs operations until about {@code cpuSeconds} of process CPU time is used; returns ops per CPU-second. */
    private static double batch(Supplier<Object> op, double cpuSeconds) {
        long budget = (long) (cpuSeconds * 1e9);
        long start = OS.getProcessCpuTime();
        long ops = 0;
        long used;
        int h = 0;
        do {
            for (int i = 0; i < 50; i++) {
                h += System.identityHashCode(op.get());
            }
            ops += 50;
            used = OS.getProcessCpuTime() - start;
        } while (used < budget);
        sink = h;
        return ops / (used / 1e9);
    }
}
