package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Write-equals-golden and read-equals-model for every document type. */
class GoldenDocumentsTest {

    private static final PolkuDocuments DOCUMENTS = PolkuDocuments.strict();

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void writesTheGoldenDocument(DocumentType type) {
        String written = Goldens.pretty(DOCUMENTS.write(Goldens.values().get(type)));
        if (Goldens.UPDATE) {
            Goldens.write(Goldens.file(type), written);
        }
        assertThat(written).isEqualTo(Goldens.read(Goldens.file(type)));
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void readsTheGoldenDocumentIntoTheModel(DocumentType type) {
        Object value = DOCUMENTS.read(Goldens.read(Goldens.file(type)), type.getJavaType());
        assertThat(value).isEqualTo(Goldens.values().get(type));
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void validatesTheGoldenDocumentWithoutErrors(DocumentType type) {
        DocumentResult result = DOCUMENTS.readAndValidate(Goldens.read(Goldens.file(type)).getBytes(StandardCharsets.UTF_8));
        assertThat(result.getReport().getViolations()).isEmpty();
        assertThat(result.getType()).contains(type);
        assertThat(result.isValid()).isTrue();
    }

    /**
     * Determinism beyond one JVM: the compact bytes equal the committed golden file's tokens exactly
     * (that file was written by another JVM, with another hash seed for {@code Map.of} and
     * {@code Set.of}), from the facade, from the shared mapper and from a mapper built here anew.
     */
    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void writesTheCommittedGoldenBytesFromEveryWriter(DocumentType type) {
        Object value = Goldens.values().get(type);
        String committed = Goldens.compact(Goldens.read(Goldens.file(type)));
        tools.jackson.databind.json.JsonMapper fresh = tools.jackson.databind.json.JsonMapper.builder()
                .addModule(new PolkuModule()).build();

        assertThat(DOCUMENTS.write(value)).isEqualTo(committed);
        assertThat(PolkuJson.write(value)).isEqualTo(committed);
        assertThat(fresh.writeValueAsString(value)).isEqualTo(committed);
    }
}
