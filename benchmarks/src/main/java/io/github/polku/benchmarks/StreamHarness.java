package io.github.polku.benchmarks;

import io.github.polku.validation.PolkuValidator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.MappingIterator;

/**
 * Streaming harness, run in a child JVM with a small heap: reads a generated NDJSON stream of
 * realistic path documents one by one and prints one JSON line with the throughput and peak heap
 * at several checkpoints.
 * <p>
 * Modes: {@code databind} (the baseline: plain databind into the twin records, no validation) and
 * {@code twin} (plain databind, conversion into the Polku model with {@link TwinReader}, full
 * validation with {@link PolkuValidator}; a stand-in for Polku's own reader).
 * <p>
 * Usage: {@code StreamHarness MODE COUNT [SIZE]}.
 */
public final class StreamHarness {

    private static final int VARIANTS = 64;

    private StreamHarness() {
    }

    /**
     * Runs the harness.
     *
     * @param args  mode, document count and optional size
     */
    public static void main(String[] args) {
        String mode = args[0];
        long count = Long.parseLong(args[1]);
        PathContent.Size size = args.length > 2 ? PathContent.Size.valueOf(args[2]) : PathContent.Size.MEDIUM;
        List<byte[]> variants = new ArrayList<>();
        for (int i = 0; i < VARIANTS; i++) {
            variants.add(Documents.plainJson(size, i));
        }
        long bytesPerCycle = 0;
        for (byte[] v : variants) {
            bytesPerCycle += v.length + 1;
        }
        System.gc();
        HeapWatch heap = new HeapWatch();
        PolkuValidator validator = mode.equals("twin") ? PolkuValidator.create() : null;

        List<Map<String, Object>> checkpoints = new ArrayList<>();
        long[] marks = {10_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000};
        int nextMark = 0;
        long documents = 0;
        long valid = 0;
        long checksum = 0;
        long start = System.nanoTime();
        try (InputStream in = new NdjsonStream(variants, count);
                MappingIterator<PlainPath> it = Documents.PLAIN.readerFor(PlainPath.class).readValues(in)) {
            while (it.hasNextValue()) {
                PlainPath twin = it.nextValue();
                documents++;
                if (validator != null) {
                    if (validator.validate(TwinReader.toPath(twin)).isValid()) {
                        valid++;
                    }
                } else {
                    checksum += twin.services().size();
                    valid++;
                }
                if (nextMark < marks.length && documents == marks[nextMark]) {
                    checkpoints.add(checkpoint(documents, start, heap));
                    nextMark++;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", mode);
        result.put("size", size.name());
        result.put("averageDocumentBytes", bytesPerCycle / (double) VARIANTS);
        result.putAll(checkpoint(documents, start, heap));
        result.put("valid", valid);
        result.put("garbageCollections", heap.collections());
        result.put("maxHeapMiB", HeapWatch.maxHeapMiB());
        result.put("checksum", checksum);
        result.put("checkpoints", checkpoints);
        System.out.println(Documents.PLAIN.writeValueAsString(result));
    }

    private static Map<String, Object> checkpoint(long documents, long start, HeapWatch heap) {
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", documents);
        m.put("seconds", seconds);
        m.put("documentsPerSecond", documents / seconds);
        m.put("peakHeapMiB", heap.peakMiB());
        return m;
    }
}
