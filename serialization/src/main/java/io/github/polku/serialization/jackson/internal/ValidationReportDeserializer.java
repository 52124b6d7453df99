package io.github.polku.serialization.jackson.internal;

import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a report written by {@link ValidationReportSerializer}. {@code valid} and {@code counts}
 * are derived values: they are checked to be consistent with the violations, never trusted.
 */
public final class ValidationReportDeserializer extends StdDeserializer<ValidationReport> {

    private static final Set<String> KNOWN = Set.of("documentType", "formatVersion", "valid", "counts", "violations");

    /** Creates the deserializer. */
    public ValidationReportDeserializer() {
        super(ValidationReport.class);
    }

    @Override
    public ValidationReport deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonNode node = ctxt.readTree(p);
        if (!node.isObject()) {
            return ctxt.reportInputMismatch(ValidationReport.class, "A validation report must be a JSON object");
        }
        if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
            for (String name : node.propertyNames()) {
                if (!KNOWN.contains(name)) {
                    return ctxt.reportInputMismatch(ValidationReport.class, "Unknown property '%s' of a validation report", name);
                }
            }
        }
        JsonNode type = node.get("documentType");
        if (type == null || !ValidationReportSerializer.DOCUMENT_TYPE.equals(type.asString(null))) {
            return ctxt.reportInputMismatch(ValidationReport.class, "documentType must be %s", ValidationReportSerializer.DOCUMENT_TYPE);
        }
        JsonNode version = node.get("formatVersion");
        if (version == null || !ValidationReportSerializer.FORMAT_VERSION.equals(version.asString(null))) {
            return ctxt.reportInputMismatch(ValidationReport.class, "formatVersion must be %s", ValidationReportSerializer.FORMAT_VERSION);
        }
        JsonNode items = node.get("violations");
        if (items == null || !items.isArray()) {
            return ctxt.reportInputMismatch(ValidationReport.class, "'violations' must be an array");
        }
        List<Violation> violations = new ArrayList<>(items.size());
        for (JsonNode item : items.values()) {
            violations.add(ViolationDeserializer.fromTree(item, ctxt));
        }
        ValidationReport report = ValidationReport.of(violations);
        JsonNode valid = node.get("valid");
        if (valid != null && (!valid.isBoolean() || valid.booleanValue() != report.isValid())) {
            return ctxt.reportInputMismatch(ValidationReport.class, "'valid' contradicts the violations");
        }
        return report;
    }
}
