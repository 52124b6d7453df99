package io.github.polku.cli;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Reads the documents of one input and reports an {@link Outcome} for each, in order.
 */
interface DocumentChecker {

    /**
     * Checks every document of the input.
     *
     * @param source  the name shown to the user (the file name, or {@code -})
     * @param in  the input, read to its end but not closed
     * @param ndjson  true for newline-delimited JSON; otherwise one document or a top-level array
     * @param lenient  true to accept unknown properties with a warning
     * @param sink  receives the outcome of each document
     * @throws IOException if the input cannot be read
     */
    void check(String source, InputStream in, boolean ndjson, boolean lenient, Consumer<Outcome> sink)
            throws IOException;

    /**
     * Gets a checker that judges documents as of the given date: an event dated after it is an
     * error. This checker judges as of today; a checker that does not validate rules returns itself.
     *
     * @param date  the judging date, not null
     * @return the checker, not null
     */
    default DocumentChecker judgedOn(LocalDate date) {
        return this;
    }
}
