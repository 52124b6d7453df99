package io.github.polku.fhir;

import io.github.polku.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a FHIR Bundle into Polku values: the values, if the bundle held everything
 * Polku requires, and the violations, each with a JSON Pointer into the bundle
 * ({@code /entry/2/resource/period/start}).
 * <p>
 * The report holds the problems of the mapping only: what is missing, unknown or impossible in the
 * bundle. Whether the values obey Polku's rules is {@link io.github.polku.validation.PolkuValidator}'s
 * question.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FhirReadResult {

    private final FhirContent content;
    private final ValidationReport report;

    private FhirReadResult(FhirContent content, ValidationReport report) {
        this.content = content;
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * Obtains a result.
     *
     * @param content  the values read, empty if the bundle had errors, not null
     * @param report  the violations, not null
     * @return the result, not null
     */
    public static FhirReadResult of(Optional<FhirContent> content, ValidationReport report) {
        return new FhirReadResult(content.orElse(null), report);
    }

    /**
     * Gets the values read.
     *
     * @return the values, empty if the report has an error, not null
     */
    public Optional<FhirContent> getContent() {
        return Optional.ofNullable(content);
    }

    /**
     * Gets the violations found while reading.
     *
     * @return the report, not null
     */
    public ValidationReport getReport() {
        return report;
    }

    /**
     * Checks if the bundle was read without errors.
     *
     * @return true if the values are present
     */
    public boolean isValid() {
        return content != null;
    }

    /**
     * Returns a description without personal data.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "FhirReadResult{" + (content == null ? "no content" : content) + ", " + report + "}";
    }
}
