package io.github.polku.serialization.jackson;

import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a validation report as an RFC 9457 problem-details document (fi: ongelmakuvaus,
 * sv: problembeskrivning), for integrators whose HTTP APIs already answer with
 * {@code application/problem+json}.
 * <p>
 * The members: {@code type} ({@value #TYPE}), {@code title}, {@code status} (422 when the report
 * has an error, else 200), {@code detail} (the counts), and the extension member
 * {@code violations}: an array of {@code {code, severity, pointer, arguments, detail}} with the
 * English message as {@code detail}.
 * <pre>{@code
 * String problem = ProblemDetails.write(result.getReport());
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProblemDetails {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** The problem type URI of a Polku validation problem. */
    public static final String TYPE = "https://polku.github.io/problems/validation";

    private ProblemDetails() {
    }

    /**
     * Writes a report as problem details.
     *
     * @param report  the report, not null
     * @return the JSON text, not null
     */
    public static String write(ValidationReport report) {
        return ReportJson.write(report, ProblemDetails::members);
    }

    /**
     * Writes a report as problem details to a stream in UTF-8; the stream is not closed.
     *
     * @param report  the report, not null
     * @param out  the stream, not null
     */
    public static void write(ValidationReport report, OutputStream out) {
        ReportJson.write(report, out, ProblemDetails::members);
    }

    private static void members(JsonGenerator g, ValidationReport report) {
        Map<Severity, Integer> counts = report.countBySeverity();
        g.writeStringProperty("type", TYPE);
        g.writeStringProperty("title", report.isValid() ? "The document is valid" : "The document is not valid");
        g.writeNumberProperty("status", report.isValid() ? 200 : 422);
        g.writeStringProperty("detail", counts.get(Severity.ERROR) + " error(s), " + counts.get(Severity.WARNING)
                + " warning(s), " + counts.get(Severity.INFO) + " note(s)");
        g.writeName("violations");
        g.writeStartArray();
        for (Violation v : report.getViolations()) {
            g.writeStartObject();
            g.writeStringProperty("code", v.getCode());
            g.writeStringProperty("severity", v.getSeverity().name());
            g.writeStringProperty("pointer", v.getPath());
            if (!v.getArguments().isEmpty()) {
                g.writeName("arguments");
                g.writeStartObject();
                for (Map.Entry<String, String> a : v.getArguments().entrySet()) {
                    g.writeStringProperty(a.getKey(), a.getValue());
                }
                g.writeEndObject();
            }
            g.writeStringProperty("detail", v.getMessage(Locale.ENGLISH));
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
