package io.github.polku.serialization.jackson;

import io.github.polku.serialization.jackson.internal.TypeDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas (draft 2020-12) of the document types (fi: JSON-skeemat, sv: JSON-scheman),
 * shipped as resources of this module so that integrators can validate documents without Polku.
 * <p>
 * The schemas describe strict reading: {@code additionalProperties} is {@code false} everywhere.
 * They are generated from the same descriptors that drive reading and writing, and a test fails
 * when a shipped schema differs from what the model produces. The rules of the domain (dates in
 * order, legal limits) are not in the schemas; only {@link PolkuDocuments} checks them.
 * <pre>{@code
 * String schema = JsonSchemas.of(DocumentType.REHABILITATION_PATH);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonSchemas {

    /** The base of the {@code $id} of every schema. */
    public static final String BASE_URI = "https://polku.github.io/schemas/v1/";

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonSchemas() {
    }

    /**
     * Gets the shipped schema of a document type.
     *
     * @param type  the document type, not null
     * @return the schema as JSON text, not null
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static String of(DocumentType type) {
        Objects.requireNonNull(type, "type");
        String name = resourceName(type);
        try (InputStream in = JsonSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Missing resource " + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gets the resource path of a shipped schema, relative to this class's package.
     *
     * @param type  the document type, not null
     * @return the resource name, such as {@code schema/rehabilitation-path.schema.json}
     */
    public static String resourceName(DocumentType type) {
        return "schema/" + type.getFileName() + ".schema.json";
    }

    /** Generates the schema of a document type from its descriptor. */
    static String generate(DocumentType type) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode defs = f.objectNode();
        ObjectNode envelope = f.objectNode();
        envelope.putObject(DocumentReader.DOCUMENT_TYPE).put("const", type.getCode());
        envelope.putObject(DocumentReader.FORMAT_VERSION).put("const", DocumentType.FORMAT_VERSION);
        TypeDescriptor d = PolkuDocuments.descriptor(type);
        ObjectNode body = d.schema(f, defs, envelope);
        ObjectNode root = f.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", BASE_URI + type.getFileName() + ".schema.json");
        root.put("title", "Polku " + type.getCode() + " document, format version " + DocumentType.FORMAT_VERSION);
        root.setAll(body);
        if (!defs.isEmpty()) {
            List<String> names = new ArrayList<>(defs.propertyNames());
            names.sort(null);
            ObjectNode sorted = root.putObject("$defs");
            for (String name : names) {
                sorted.set(name, defs.get(name));
            }
        }
        return PRETTY.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    }
}
