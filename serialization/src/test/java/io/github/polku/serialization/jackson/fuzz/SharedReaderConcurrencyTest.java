package io.github.polku.serialization.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        List<String> expected = SharedUse.assertSameAsOneThread(documents, THREADS, SharedReaderConcurrencyTest::describe);
        assertThat(expected).anyMatch(r -> r.startsWith("valid")).anyMatch(r -> r.startsWith("invalid"));
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
