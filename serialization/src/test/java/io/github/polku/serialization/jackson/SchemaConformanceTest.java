package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * An independent validator (networknt, JSON Schema 2020-12 with format assertions) accepts every
 * golden document and rejects the documents that the library rejects for structural reasons.
 */
class SchemaConformanceTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static final java.util.Map<DocumentType, JsonSchema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<ValidationMessage> schemaErrors(DocumentType type, String json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(type, t -> FACTORY.getSchema(JsonSchemas.of(t), InputFormat.JSON, CONFIG));
        return schema.validate(json, InputFormat.JSON);
    }

    private static boolean structurallyRejected(String json) {
        ValidationReport report = PolkuDocuments.strict().validate(json.getBytes(StandardCharsets.UTF_8));
        return report.getViolations().stream()
                .anyMatch(v -> v.getSeverity() == Severity.ERROR && v.getCode().startsWith("polku.json."));
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void acceptsEveryGoldenDocument(DocumentType type) {
        assertThat(schemaErrors(type, Goldens.read(Goldens.file(type)))).isEmpty();
    }

    @Test
    void rejectsTheFiveMistakesDocumentLikeTheLibrary() {
        String json = Goldens.read(StructuralViolationsTest.Path5.FILE);
        assertThat(structurallyRejected(json)).isTrue();
        assertThat(schemaErrors(DocumentType.REHABILITATION_PATH, json)).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            /id,                   5
            /firstContact/date,    '"2020-02-30"'
            /firstContact/date,    '"8.1.2020"'
            /firstContact/channel, '"TELEPATHY"'
            /firstContact/urgent,  '"yes"'
            /firstContact,         '[]'
            /pauses,               '{}'
            /stageChanges/1/stage, null
            /services/0/attendances/0/hours, '"2"'
            /measurements/0/scores/WORK_ABILITY, '"x"'
            /colour,               '"blue"'
            /firstContact/future,  '{}'
            /documentType,         '"PATH"'
            /formatVersion,        '"1.1"'
            /clientBirthMonth,     '"2020-13"'
            """)
    void rejectsWhatTheLibraryRejectsStructurally(String pointer, String value) {
        ObjectNode doc = StructuralViolationsTest.path(node -> StructuralViolationsTest.set(node, pointer, value));
        String json = doc.toString();
        assertThat(structurallyRejected(json)).as("library").isTrue();
        assertThat(schemaErrors(DocumentType.REHABILITATION_PATH, json)).as("schema").isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            /firstContact, date
            '',            id
            '',            formatVersion
            /closure,      reason
            """)
    void rejectsAMissingRequiredPropertyLikeTheLibrary(String parent, String property) {
        ObjectNode doc = StructuralViolationsTest.path(node -> ((ObjectNode) (parent.isEmpty() ? node : node.at(parent))).remove(property));
        String json = doc.toString();
        assertThat(structurallyRejected(json)).as("library").isTrue();
        assertThat(schemaErrors(DocumentType.REHABILITATION_PATH, json)).as("schema").isNotEmpty();
    }
}
