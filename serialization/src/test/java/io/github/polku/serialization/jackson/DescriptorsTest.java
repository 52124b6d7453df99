package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.serialization.jackson.internal.Descriptors;
import io.github.polku.serialization.jackson.internal.TypeDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The descriptors name every attribute of the model, and the code tables are pinned. */
class DescriptorsTest {

    private static final Path CODE_TABLES = Goldens.GOLDEN.resolve("code-tables.txt");

    @Test
    void listEveryAttributeOfEveryValueType() {
        for (TypeDescriptor d : Descriptors.get().all()) {
            assertThat(Descriptors.get().unlistedAttributes(d.type())).as(d.name()).isEmpty();
        }
    }

    @Test
    void keepEveryWireCode() {
        Map<String, List<String>> tables = Descriptors.get().codeTables();
        String text = tables.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("\n", "", "\n"));
        if (Goldens.UPDATE) {
            Goldens.write(CODE_TABLES, text);
        }
        assertThat(text).as("a wire code changed; codes are API").isEqualTo(Goldens.read(CODE_TABLES));
    }

    @Test
    void describeEveryDocumentType() {
        for (DocumentType type : DocumentType.values()) {
            assertThat(Descriptors.get().of(type.getJavaType()).type()).isEqualTo(type.getJavaType());
        }
    }
}
