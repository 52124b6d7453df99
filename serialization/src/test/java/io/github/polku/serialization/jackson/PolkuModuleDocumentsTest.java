package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.client.Client;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.testing.Samples;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The module reads and writes documents on a plain mapper, like the facade. */
class PolkuModuleDocumentsTest {

    @Test
    void writesTheSameBytesAsTheFacade() {
        RehabilitationPath path = Samples.hameenlinna2020Path();
        assertThat(PolkuJson.mapper().writeValueAsString(path)).isEqualTo(PolkuDocuments.strict().write(path));
    }

    @Test
    void readsADocument() {
        String json = PolkuDocuments.strict().write(Samples.client());
        assertThat(PolkuJson.read(json, Client.class)).isEqualTo(Samples.client());
    }

    @Test
    void rejectsAnInvalidDocumentWithoutEchoingIt() {
        String json = PolkuDocuments.strict().write(Samples.client()).replace("C-TEST-0001", "Secret Person");
        String broken = json.replace("\"language\":\"FINNISH\"", "\"language\":\"KLINGON\"");
        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> PolkuJson.read(broken, Client.class))
                .withMessageContaining("2 violation(s)").withMessageNotContaining("KLINGON").withMessageNotContaining("Secret");
    }
}
