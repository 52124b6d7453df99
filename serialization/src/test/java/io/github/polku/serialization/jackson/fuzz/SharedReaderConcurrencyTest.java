package io.github.polku.serialization.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * GH-10: the shared readers ({@link PolkuDocuments#strict()} and {@link PolkuDocuments#lenient()})
 * used by several threads over many different documents, valid and broken, give exactly the
 * results of a single thread, written documents and messages included.
 */
class SharedReaderConcurrencyTest {

    private static final int THREADS = 6;
    private static final int DOCUMENTS = 300;

    @Test
    @Timeout(120)
    void givesSingleThreadResultsWhenSharedByManyThreads() throws Exception {
        List<MutationFuzzTest.Seed> seeds = MutationFuzzTest.seeds();
        List<byte[]> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            byte[] seed = seeds.get(i % seeds.size()).bytes;
            documents.add(i % 3 == 0 ? seed : new Mutator(77_000L + i).mutate(seed));
        }
        List<String> expected = new ArrayList<>();
        for (byte[] d : documents) {
            expected.add(describe(d));
        }
        assertThat(expected).anyMatch(r -> r.startsWith("valid")).anyMatch(r -> r.startsWith("invalid"));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                futures.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < DOCUMENTS; i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(seed));
                    String[] results = new String[DOCUMENTS];
                    start.await();
                    for (int i : order) {
                        results[i] = describe(documents.get(i));
                    }
                    return List.of(results);
                }));
            }
            start.countDown();
            for (Future<List<String>> f : futures) {
                assertThat(f.get(100, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The strict and lenient results of a document, its rewritten form and its messages, as one string. */
    private static String describe(byte[] document) {
        StringBuilder s = new StringBuilder();
        for (PolkuDocuments documents : List.of(PolkuDocuments.strict(), PolkuDocuments.lenient())) {
            DocumentResult r = documents.readAndValidate(document);
            s.append(r.isValid() ? "valid " : "invalid ").append(r.getType()).append(' ');
            for (Violation v : r.getReport().getViolations()) {
                s.append(v).append(' ').append(v.getMessage(Locale.forLanguageTag("fi"))).append(" | ");
            }
            if (r.isValid() && r.getValue().isPresent()) {
                s.append(documents.write(r.getValue().get()));
            }
        }
        return s.toString();
    }
}
