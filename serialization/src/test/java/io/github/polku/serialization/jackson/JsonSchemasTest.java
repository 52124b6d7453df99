package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped schemas are exactly what the descriptors produce. */
class JsonSchemasTest {

    private static final Path RESOURCES = Path.of("src/main/resources/io/github/polku/serialization/jackson");

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void shipsTheSchemaTheModelProduces(DocumentType type) {
        String generated = JsonSchemas.generate(type);
        Path file = RESOURCES.resolve(JsonSchemas.resourceName(type));
        if (Goldens.UPDATE) {
            Goldens.write(file, generated);
        }
        assertThat(JsonSchemas.of(type)).as("run with -Dpolku.updateGolden=true after a deliberate change").isEqualTo(generated);
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void namesTheDraftAndTheDocumentType(DocumentType type) {
        assertThat(JsonSchemas.of(type)).contains("https://json-schema.org/draft/2020-12/schema")
                .contains("\"const\" : \"" + type.getCode() + "\"");
    }
}
