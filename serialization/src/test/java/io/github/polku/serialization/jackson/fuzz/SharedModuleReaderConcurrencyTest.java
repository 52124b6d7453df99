package io.github.polku.serialization.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.serialization.jackson.DocumentReadException;
import io.github.polku.serialization.jackson.PolkuModule;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * GH-17: {@link PolkuModule} reads every document through one shared reader per strictness; used
 * by several threads over many documents, valid and broken, strict and lenient mappers give
 * exactly the results of a single thread.
 */
class SharedModuleReaderConcurrencyTest {

    private static final int THREADS = 4;
    private static final int DOCUMENTS = 150;

    private static final JsonMapper STRICT = JsonMapper.builder().addModule(new PolkuModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final JsonMapper LENIENT = JsonMapper.builder().addModule(new PolkuModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    @Timeout(120)
    void givesSingleThreadResultsWhenSharedByManyThreads() throws Exception {
        List<MutationFuzzTest.Seed> seeds = MutationFuzzTest.seeds();
        List<MutationFuzzTest.Seed> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            MutationFuzzTest.Seed seed = seeds.get(i % seeds.size());
            byte[] bytes = i % 3 == 0 ? seed.bytes : new Mutator(91_000L + i).mutate(seed.bytes);
            documents.add(new MutationFuzzTest.Seed(seed.name, seed.type, bytes));
        }
        List<String> expected = SharedUse.assertSameAsOneThread(documents, THREADS, SharedModuleReaderConcurrencyTest::describe);
        assertThat(expected).anyMatch(r -> r.startsWith("read")).anyMatch(r -> r.contains("violation"));
    }

    /** What the strict and the lenient mapper make of a document: its written form, or its violations. */
    private static String describe(MutationFuzzTest.Seed document) {
        StringBuilder s = new StringBuilder();
        for (JsonMapper mapper : List.of(STRICT, LENIENT)) {
            try {
                Object value = mapper.readValue(document.bytes, document.type.getJavaType());
                s.append("read ").append(mapper.writeValueAsString(value)).append(" | ");
            } catch (JacksonException e) {
                s.append("failed ").append(e.getClass().getSimpleName());
                if (e.getCause() instanceof DocumentReadException) {
                    for (Violation v : ((DocumentReadException) e.getCause()).getReport().getViolations()) {
                        s.append(" violation ").append(v);
                    }
                }
                s.append(" | ");
            }
        }
        return s.toString();
    }
}
