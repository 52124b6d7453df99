package io.github.polku.serialization.jackson;

import io.github.polku.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The result of reading one document (fi: lukutulos, sv: läsresultat): its type, its value when
 * it could be built, and the report of every structural problem and rule violation.
 * <p>
 * The value is present when the document is structurally sound; the report may still hold rule
 * violations of the value, so {@link #isValid()} is what decides acceptance.
 * <p>
 * This class is immutable and thread-safe if the value is.
 *
 * @since 0.1.0
 */
public final class DocumentResult {

    private final DocumentType type;
    private final Object value;
    private final ValidationReport report;
    private final long index;
    private final long line;

    DocumentResult(DocumentType type, Object value, ValidationReport report, long index, long line) {
        this.type = type;
        this.value = value;
        this.report = Objects.requireNonNull(report, "report");
        this.index = index;
        this.line = line;
    }

    /**
     * Gets the document type, when it was given and known.
     *
     * @return the type, empty if unknown
     */
    public Optional<DocumentType> getType() {
        return Optional.ofNullable(type);
    }

    /**
     * Gets the value read.
     *
     * @return the value, empty if the document had structural errors
     */
    public Optional<Object> getValue() {
        return Optional.ofNullable(value);
    }

    /**
     * Gets the value as a given type.
     *
     * @param <T>  the type
     * @param javaType  the expected type, not null
     * @return the value, empty if none or of another type
     */
    public <T> Optional<T> getValue(Class<T> javaType) {
        return javaType.isInstance(value) ? Optional.of(javaType.cast(value)) : Optional.empty();
    }

    /**
     * Gets the report of every structural problem and rule violation, with JSON Pointers into the
     * document as it was submitted.
     *
     * @return the report, not null
     */
    public ValidationReport getReport() {
        return report;
    }

    /**
     * Checks if the document is accepted: a value was built and no violation is an error.
     *
     * @return true if valid
     */
    public boolean isValid() {
        return value != null && report.isValid();
    }

    /**
     * Gets the zero-based position of the document in a stream; 0 for a single document.
     *
     * @return the index, zero or more
     */
    public long getIndex() {
        return index;
    }

    /**
     * Gets the one-based line of the document in an NDJSON stream.
     *
     * @return the line, empty unless read from NDJSON
     */
    public OptionalLong getLine() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /**
     * Gets a summary without personal data: type, position, validity and violation codes.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "DocumentResult[" + (type == null ? "?" : type.getCode()) + ", index=" + index
                + (line > 0 ? ", line=" + line : "") + ", valid=" + isValid() + ", violations=" + report.getViolations().size() + "]";
    }
}
