package io.github.polku.serialization.jackson;

import io.github.polku.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What the report formats ({@link OperationOutcome}, {@link ProblemDetails}) share: a report
 * written as one compact JSON object in UTF-8, to text or to a stream that is left open.
 */
final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes the members of the object that stands for a report. */
    @FunctionalInterface
    interface Members {
        void write(JsonGenerator g, ValidationReport report);
    }

    private ReportJson() {
    }

    /** The report as JSON text. */
    static String write(ValidationReport report, Members members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, out, members);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the report to a stream, which is not closed. */
    static void write(ValidationReport report, OutputStream out, Members members) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), NonClosing.output(out))) {
            g.writeStartObject();
            members.write(g, report);
            g.writeEndObject();
        }
    }
}
