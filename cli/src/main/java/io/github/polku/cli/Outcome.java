package io.github.polku.cli;

import io.github.polku.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one document: where it came from, its position in a stream and its report.
 */
final class Outcome {

    private final String source;
    private final long index;
    private final boolean streamed;
    private final ValidationReport report;
    private final Object value;
    private final long line;

    Outcome(String source, long index, boolean streamed, ValidationReport report) {
        this(source, index, streamed, report, null);
    }

    Outcome(String source, long index, boolean streamed, ValidationReport report, Object value) {
        this(source, index, streamed, report, value, 0);
    }

    /** GH-18: {@code line} is the one-based line of an NDJSON document in its file, 0 if unknown. */
    Outcome(String source, long index, boolean streamed, ValidationReport report, Object value, long line) {
        this.line = line;
        this.source = Objects.requireNonNull(source, "source");
        this.index = index;
        this.streamed = streamed;
        this.report = Objects.requireNonNull(report, "report");
        this.value = value;
    }

    /** The value read from the document, if it could be built. */
    Optional<Object> value() {
        return Optional.ofNullable(value);
    }

    /** The file name as given on the command line, or {@code -} for standard input. */
    String source() {
        return source;
    }

    /** The zero-based position of the document in its input; 0 for a single document. */
    long index() {
        return index;
    }

    /** True if the input held a stream of documents (NDJSON or a top-level array). */
    boolean streamed() {
        return streamed;
    }

    /** The name of the document in messages: the file, and its position in a stream, {@code FILE [INDEX]}. */
    String name() {
        return streamed ? source + " [" + index + "]" : source;
    }

    /** The one-based line of the document in an NDJSON file; 0 when not read from NDJSON. */
    long line() {
        return line;
    }

    ValidationReport report() {
        return report;
    }
}
