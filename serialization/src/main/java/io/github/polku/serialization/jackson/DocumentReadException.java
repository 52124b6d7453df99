package io.github.polku.serialization.jackson;

import io.github.polku.validation.ValidationReport;
import java.util.Objects;

/**
 * Thrown by the typed {@code read} methods of {@link PolkuDocuments} when a document cannot be
 * read into a value (fi: asiakirjaa ei voi lukea, sv: dokumentet kan inte läsas). The report
 * holds every problem found; the message names only how many, never input values.
 *
 * @since 0.1.0
 */
public final class DocumentReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The report; transient because violations are not serializable. */
    private final transient ValidationReport report;

    DocumentReadException(ValidationReport report) {
        super("The document cannot be read: " + Objects.requireNonNull(report, "report").getViolations().size()
                + " violation(s), first " + (report.getViolations().isEmpty() ? "none" : report.getViolations().get(0).getCode()
                + " at '" + report.getViolations().get(0).getPath() + "'"));
        this.report = report;
    }

    /**
     * Gets the report of every problem found.
     *
     * @return the report, not null after construction (null only after Java deserialization)
     */
    public ValidationReport getReport() {
        return report;
    }
}
