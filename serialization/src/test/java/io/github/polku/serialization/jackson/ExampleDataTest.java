package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example documents for users (examples/data) are the golden and broken documents of these tests. */
class ExampleDataTest {

    private static final Path DATA = Path.of("../examples/data");

    @ParameterizedTest
    @CsvSource(textBlock = """
            valid/path-hameenlinna-2020.json, rehabilitation-path.json
            valid/client.json,                client.json
            valid/contacts-meidan-tupa.json,  anonymous-contacts.json
            valid/process-jyvaskyla.json,     co-development-process.json
            valid/cohort-summary.json,        cohort-summary.json
            """)
    void copiesTheGoldenDocuments(String example, String golden) {
        assertThat(Goldens.read(DATA.resolve(example))).isEqualTo(Goldens.read(Goldens.GOLDEN.resolve(golden)));
    }

    @Test
    void copiesTheFiveMistakesDocument() {
        assertThat(Goldens.read(DATA.resolve("invalid/path-five-mistakes.json"))).isEqualTo(Goldens.read(StructuralViolationsTest.Path5.FILE));
        assertThat(PolkuDocuments.strict().validate(Goldens.read(DATA.resolve("invalid/path-five-mistakes.json"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).getViolations()).hasSize(5);
    }

    @Test
    void streamsTheNdjsonExampleWithItsBadRecordInTheMiddle() throws IOException {
        List<DocumentResult> results = new ArrayList<>();
        try (InputStream in = Files.newInputStream(DATA.resolve("paths-small.ndjson"))) {
            StreamSummary summary = PolkuDocuments.strict().validateStream(in, StreamFormat.NDJSON, results::add);
            assertThat(summary.getDocuments()).isEqualTo(3);
            assertThat(summary.getErrors()).isEqualTo(5);
        }
        assertThat(results).extracting(DocumentResult::isValid).containsExactly(true, false, true);
    }
}
