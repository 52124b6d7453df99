package io.github.polku.serialization.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * G8: what one shared reader makes of each document, judged by many threads at once, each in its own
 * shuffled order, equals what one thread makes of it.
 */
final class SharedUse {

    private SharedUse() {
    }

    /**
     * Describes every document on one thread, then on {@code threads} threads released together, each
     * in another seeded order, and asserts that every thread described every document alike.
     *
     * @param documents the documents, not null
     * @param threads how many threads share the reader
     * @param describe what the shared reader makes of a document, as text
     * @return the single-thread descriptions, for the caller to check they are varied
     */
    static <T> List<String> assertSameAsOneThread(List<T> documents, int threads, Function<T, String> describe) throws Exception {
        List<String> expected = new ArrayList<>();
        for (T d : documents) {
            expected.add(describe.apply(d));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t;
                futures.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < documents.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(seed));
                    String[] results = new String[documents.size()];
                    start.await();
                    for (int i : order) {
                        results[i] = describe.apply(documents.get(i));
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
        return expected;
    }
}
