package io.github.polku.serialization.jackson;

import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a validation report as an HL7 FHIR {@code OperationOutcome} resource (R4 and R5; fi:
 * toiminnon tulos, sv: operationsresultat), for integrators whose health and social care systems
 * already read FHIR.
 * <p>
 * One {@code issue} per violation: {@code severity} is {@code error}, {@code warning} or
 * {@code information}; {@code code} is the FHIR issue type of the violation (see
 * {@link #issueType(String)}); {@code details.coding} holds the Polku code in the system
 * {@value #CODE_SYSTEM} and {@code details.text} and {@code diagnostics} its English message;
 * {@code location} holds the JSON Pointer. A report without violations gives one
 * {@code information} issue of type {@code informational}, as FHIR requires at least one issue.
 * <pre>{@code
 * String outcome = OperationOutcome.write(result.getReport());
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OperationOutcome {

    /** The code system of Polku violation codes in {@code details.coding}. */
    public static final String CODE_SYSTEM = "https://polku.github.io/codes";
    /** The media type of FHIR JSON. */
    public static final String MEDIA_TYPE = "application/fhir+json";

    private OperationOutcome() {
    }

    /**
     * Gets the FHIR issue type (value set {@code issue-type}) of a Polku code: {@code structure}
     * for malformed JSON, wrong types, unknown or duplicate properties and trailing content;
     * {@code required} for a missing property; {@code code-invalid} for an unknown code;
     * {@code value} for a bad date, number, identity code or otherwise rejected value;
     * {@code not-supported} for a document type or format version; {@code too-long} for an
     * exceeded limit; {@code business-rule} for every rule of the domain.
     *
     * @param code  the Polku code, not null
     * @return the FHIR issue type, not null
     */
    public static String issueType(String code) {
        Objects.requireNonNull(code, "code");
        if (code.startsWith("polku.identityCode.")) {
            return "value";
        }
        if (!code.startsWith("polku.json.")) {
            return "business-rule";
        }
        String rest = code.substring("polku.json.".length());
        if (rest.startsWith("limit.")) {
            return "too-long";
        }
        if (rest.startsWith("documentType.") || rest.startsWith("formatVersion.")) {
            return "not-supported";
        }
        switch (rest) {
            case "required":
                return "required";
            case "code.unknown":
                return "code-invalid";
            case "date":
            case "number":
            case "invalid":
                return "value";
            default:
                return "structure";
        }
    }

    /**
     * Writes a report as an OperationOutcome.
     *
     * @param report  the report, not null
     * @return the JSON text, not null
     */
    public static String write(ValidationReport report) {
        return ReportJson.write(report, OperationOutcome::issues);
    }

    /**
     * Writes a report as an OperationOutcome to a stream in UTF-8; the stream is not closed.
     *
     * @param report  the report, not null
     * @param out  the stream, not null
     */
    public static void write(ValidationReport report, OutputStream out) {
        ReportJson.write(report, out, OperationOutcome::issues);
    }

    private static void issues(JsonGenerator g, ValidationReport report) {
        g.writeStringProperty("resourceType", "OperationOutcome");
        g.writeName("issue");
        g.writeStartArray();
        if (report.getViolations().isEmpty()) {
            g.writeStartObject();
            g.writeStringProperty("severity", "information");
            g.writeStringProperty("code", "informational");
            g.writeStringProperty("diagnostics", "No problems found");
            g.writeEndObject();
        }
        for (Violation v : report.getViolations()) {
            String message = v.getMessage(Locale.ENGLISH);
            g.writeStartObject();
            g.writeStringProperty("severity", severity(v));
            g.writeStringProperty("code", issueType(v.getCode()));
            g.writeName("details");
            g.writeStartObject();
            g.writeName("coding");
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringProperty("system", CODE_SYSTEM);
            g.writeStringProperty("code", v.getCode());
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringProperty("text", message);
            g.writeEndObject();
            g.writeStringProperty("diagnostics", message);
            g.writeName("location");
            g.writeStartArray();
            g.writeString(v.getPath());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String severity(Violation v) {
        switch (v.getSeverity()) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "information";
        }
    }
}
