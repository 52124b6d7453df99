package io.github.polku.serialization.jackson.internal;

import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a validation report as a document of type {@code VALIDATION_REPORT}: the validity, the
 * count per severity and every violation.
 */
public final class ValidationReportSerializer extends StdSerializer<ValidationReport> {

    /** The document type written in {@code documentType}. */
    public static final String DOCUMENT_TYPE = "VALIDATION_REPORT";
    /** The format version written in {@code formatVersion}. */
    public static final String FORMAT_VERSION = "1.0";

    private final ViolationSerializer violations = new ViolationSerializer();

    /** Creates the serializer. */
    public ValidationReportSerializer() {
        super(ValidationReport.class);
    }

    @Override
    public void serialize(ValidationReport report, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeStartObject();
        gen.writeStringProperty("documentType", DOCUMENT_TYPE);
        gen.writeStringProperty("formatVersion", FORMAT_VERSION);
        gen.writeBooleanProperty("valid", report.isValid());
        gen.writeName("counts");
        gen.writeStartObject();
        for (Map.Entry<Severity, Integer> count : report.countBySeverity().entrySet()) {
            gen.writeNumberProperty(count.getKey().name(), count.getValue());
        }
        gen.writeEndObject();
        gen.writeName("violations");
        gen.writeStartArray();
        for (Violation v : report.getViolations()) {
            violations.serialize(v, gen, ctxt);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }
}
