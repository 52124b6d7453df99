package io.github.polku.benchmarks;

import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.StreamFormat;
import io.github.polku.serialization.jackson.StreamSummary;
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
 * Modes: {@code databind} (the baseline: plain databind into the twin records, no validation),
 * {@code polku} ({@link PolkuDocuments#validateStream}: Polku's streaming reader with full
 * validation of every document) and {@code twin} (plain databind, conversion into the Polku model
 * with {@link TwinReader}, full validation with {@link PolkuValidator}). All modes read the same
 * bytes: the documents as Polku writes them.
 * <p>
 * Mode {@code emit} only writes the stream to standard output, to measure the {@code polku}
 * command on the same bytes.
 * <p>
 * Usage: {@code StreamHarness MODE COUNT [SIZE]}.
 */
public final class StreamHarness {

    private static final int VARIANTS = 64;

    private StreamHarness() {
    }

    /**
     * Writes the stream to standard output, for measuring the {@code polku} command on the same
     * bytes: {@code StreamHarness emit 200000 | java -Xmx64m -jar cli/target/polku.jar validate --ndjson --quiet -}.
     */
    private static void emit(List<byte[]> variants, long count) {
        try (InputStream in = new NdjsonStream(variants, count)) {
            in.transferTo(System.out);
            System.out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
            variants.add(Documents.json(size, i));
        }
        long bytesPerCycle = 0;
        for (byte[] v : variants) {
            bytesPerCycle += v.length + 1;
        }
        if (mode.equals("emit")) {
            emit(variants, count);
            return;
        }
        System.gc();
        HeapWatch heap = new HeapWatch();
        PolkuValidator validator = mode.equals("twin") ? PolkuValidator.shared() : null;

        List<Map<String, Object>> checkpoints = new ArrayList<>();
        long start = System.nanoTime();
        if (mode.equals("polku")) {
            long[] valid = new long[1];
            long[] documents = new long[1];
            StreamSummary summary;
            try (InputStream in = new NdjsonStream(variants, count)) {
                summary = PolkuDocuments.strict().validateStream(in, StreamFormat.NDJSON, r -> {
                    documents[0]++;
                    if (r.isValid()) {
                        valid[0]++;
                    }
                    if (isMark(documents[0])) {
                        checkpoints.add(checkpoint(documents[0], start, heap));
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            print(mode, size, bytesPerCycle, checkpoint(documents[0], start, heap), valid[0], heap,
                    summary.getDocuments(), checkpoints);
            return;
        }
        long documents = 0;
        long valid = 0;
        long checksum = 0;
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
                if (isMark(documents)) {
                    checkpoints.add(checkpoint(documents, start, heap));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        print(mode, size, bytesPerCycle, checkpoint(documents, start, heap), valid, heap, checksum, checkpoints);
    }

    private static boolean isMark(long documents) {
        return documents == 10_000 || documents == 50_000 || documents == 100_000 || documents == 200_000
                || documents == 500_000 || documents == 1_000_000;
    }

    private static void print(String mode, PathContent.Size size, long bytesPerCycle, Map<String, Object> last,
            long valid, HeapWatch heap, long checksum, List<Map<String, Object>> checkpoints) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", mode);
        result.put("size", size.name());
        result.put("averageDocumentBytes", bytesPerCycle / (double) VARIANTS);
        result.putAll(last);
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
