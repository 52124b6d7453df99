package io.github.polku.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Computes the ratios of a run from JMH's JSON result and the stream and cold-start summary.
 * <p>
 * Throughput ratios are Polku ÷ baseline (higher is better); the cold-start ratio is Polku ÷
 * baseline time (lower is better). A ratio whose Polku side was not measured is {@code null}.
 * Two further ratios put the figures in context: validation alone, and a reader made of plain
 * databind and {@link TwinReader}. Keys starting with {@code cpu} are the {@link PairedCpu}
 * cross-check: the same ratios by process CPU time, which a busy machine disturbs much less.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Ratios {

    private static final String PREFIX = PathBenchmark.class.getName() + ".";

    private Ratios() {
    }

    /**
     * Computes the ratios.
     *
     * @param jmh  JMH's JSON result, not null
     * @param summary  the stream and cold-start summary, not null
     * @return the ratios by name, not null
     */
    public static Map<String, Object> compute(JsonNode jmh, Map<String, Object> summary) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("readValidateVsDatabind", ratio(jmh, "polkuReadAndValidate", "baselineDatabind"));
        r.put("readVsDatabind", ratio(jmh, "polkuRead", "baselineDatabind"));
        r.put("writeVsDatabind", ratio(jmh, "polkuWrite", "baselineWrite"));
        r.put("streamVsDatabind", streamRatio(summary, "polku"));
        r.put("coldStartVsDatabind", coldRatio(summary, "polku"));
        r.put("streamPeakHeapMiB", streamPeak(summary, "polku"));
        r.put("validateOnlyVsDatabind", ratio(jmh, "polkuValidateOnly", "baselineDatabind"));
        r.put("twinReadValidateVsDatabind", ratio(jmh, "twinReadAndValidate", "baselineDatabind"));
        Object paired = summary.get("cpuPaired");
        if (paired instanceof JsonNode) {
            JsonNode cpu = (JsonNode) paired;
            r.put("cpuReadValidateVsDatabind", cpuRatio(cpu, "readValidateVsDatabind"));
            r.put("cpuReadVsDatabind", cpuRatio(cpu, "readVsDatabind"));
            r.put("cpuWriteVsDatabind", cpuRatio(cpu, "writeVsDatabind"));
            r.put("cpuValidateOnlyVsDatabind", cpuRatio(cpu, "validateOnlyVsDatabind"));
        }
        return r;
    }

    /**
     * Gets the score of a benchmark on the medium document.
     *
     * @param jmh  JMH's JSON result, not null
     * @param benchmark  the method name, not null
     * @return operations per second, or null if it was not run
     */
    static Double score(JsonNode jmh, String benchmark) {
        for (JsonNode run : jmh) {
            JsonNode size = run.path("params").path("size");
            if (run.path("benchmark").asString().equals(PREFIX + benchmark)
                    && (size.isMissingNode() || size.asString().equals("MEDIUM"))) {
                return run.path("primaryMetric").path("score").asDouble();
            }
        }
        return null;
    }

    private static Double cpuRatio(JsonNode cpu, String name) {
        JsonNode ratio = cpu.path(name).path("ratio");
        return ratio.isNumber() ? ratio.asDouble() : null;
    }

    private static Double ratio(JsonNode jmh, String polku, String baseline) {
        Double p = score(jmh, polku);
        Double b = score(jmh, baseline);
        return p == null || b == null ? null : round(p / b);
    }

    @SuppressWarnings("unchecked")
    private static List<JsonNode> runs(Map<String, Object> summary, String mode) {
        Object stream = summary.get("stream");
        if (!(stream instanceof Map)) {
            return List.of();
        }
        Object runs = ((Map<String, Object>) stream).get(mode);
        return runs == null ? List.of() : (List<JsonNode>) runs;
    }

    private static Double streamRate(Map<String, Object> summary, String mode) {
        List<Double> rates = new ArrayList<>();
        for (JsonNode run : runs(summary, mode)) {
            rates.add(run.path("documentsPerSecond").asDouble());
        }
        return rates.isEmpty() ? null : RunAll.median(rates);
    }

    private static Double streamRatio(Map<String, Object> summary, String mode) {
        Double p = streamRate(summary, mode);
        Double b = streamRate(summary, "databind");
        return p == null || b == null ? null : round(p / b);
    }

    private static Double streamPeak(Map<String, Object> summary, String mode) {
        double peak = -1;
        for (JsonNode run : runs(summary, mode)) {
            peak = Math.max(peak, run.path("peakHeapMiB").asDouble());
        }
        return peak < 0 ? null : round(peak);
    }

    @SuppressWarnings("unchecked")
    private static Double coldRatio(Map<String, Object> summary, String mode) {
        Object cold = summary.get("coldStart");
        if (!(cold instanceof Map)) {
            return null;
        }
        Map<String, Object> p = (Map<String, Object>) ((Map<String, Object>) cold).get(mode);
        Map<String, Object> b = (Map<String, Object>) ((Map<String, Object>) cold).get("databind");
        return p == null || b == null ? null : round((Double) p.get("medianMillis") / (Double) b.get("medianMillis"));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
