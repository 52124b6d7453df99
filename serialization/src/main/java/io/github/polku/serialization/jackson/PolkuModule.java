package io.github.polku.serialization.jackson;

import io.github.polku.serialization.jackson.internal.ViolationDeserializer;
import io.github.polku.serialization.jackson.internal.ViolationSerializer;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import io.github.polku.serialization.jackson.internal.ReadContext;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module of Polku: serializers and deserializers that call the core factories and
 * builders, so that {@code polku-core} needs no Jackson annotations. Every {@link DocumentType} is
 * read and written through the same descriptors as {@link PolkuDocuments}; use that facade to get
 * every problem of a document as a report.
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PolkuModule()).build();
 * String json = mapper.writeValueAsString(report);
 * }</pre>
 * The module is also registered for {@link java.util.ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules()} finds it.
 * <p>
 * This class is immutable and thread-safe once registered.
 *
 * @since 0.1.0
 */
public final class PolkuModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module with every Polku serializer and deserializer. */
    public PolkuModule() {
        super(PackageVersion.VERSION);
        addSerializer(Violation.class, new ViolationSerializer());
        addDeserializer(Violation.class, new ViolationDeserializer());
        for (DocumentType type : DocumentType.values()) {
            register(type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void register(DocumentType type) {
        Class raw = type.getJavaType();
        addSerializer(raw, new DocumentSerializer(type));
        addDeserializer(raw, new DocumentDeserializer(type));
    }

    /** Writes a document through its descriptor, as {@link PolkuDocuments#write(Object)} does. */
    private static final class DocumentSerializer extends StdSerializer<Object> {
        private final DocumentType type;

        DocumentSerializer(DocumentType type) {
            super(Object.class);
            this.type = type;
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
            PolkuDocuments.writeDocument(g, type, value);
        }
    }

    /**
     * Reads a document through its descriptor; the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}
     * decides strict or lenient. A document with errors is an input mismatch naming the number of
     * violations and the first code, whose cause is a {@link DocumentReadException} with the
     * report; {@link PolkuDocuments} gives the report directly.
     */
    private static final class DocumentDeserializer extends StdDeserializer<Object> {
        // GH-17: built once per strictness, not per call (each builds its parser factories); a
        // reader keeps no state between documents, so one is shared by every thread (G8)
        private static final DocumentReader STRICT = new DocumentReader(ReadOptions.strict());
        private static final DocumentReader LENIENT = new DocumentReader(ReadOptions.lenient());

        private final DocumentType type;

        DocumentDeserializer(DocumentType type) {
            super(type.getJavaType());
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            DocumentReader reader = strict ? STRICT : LENIENT;
            ReadContext c = new ReadContext(strict);
            Object value = reader.readRoot(p, c, type, new DocumentReader.Holder());
            ValidationReport report = ValidationReport.of(c.violations());
            if (value == ReadContext.INVALID || !report.isValid()) {
                Violation first = report.getViolations().isEmpty() ? null : report.getViolations().get(0);
                MismatchedInputException mismatch = MismatchedInputException.from(p, type.getJavaType(),
                        String.format("Invalid %s document: %d violation(s), first %s at '%s'",
                        type.getCode(), report.getViolations().size(), first == null ? "-" : first.getCode(),
                        first == null ? "" : first.getPath()));
                // The report travels as the cause, so that a framework (polku-spring-boot) can
                // answer with every violation.
                mismatch.initCause(new DocumentReadException(report));
                throw mismatch;
            }
            return value;
        }
    }

    /**
     * Gets the module name, the artifact id, as the jackson-datatype modules do.
     *
     * @return {@code polku-serialization}
     */
    @Override
    public String getModuleName() {
        return PackageVersion.VERSION.getArtifactId();
    }
}
