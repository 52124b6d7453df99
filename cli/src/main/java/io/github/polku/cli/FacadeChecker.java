package io.github.polku.cli;

import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.StreamFormat;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks documents with the serialization facade {@link PolkuDocuments}: structure, then every rule.
 * A top-level array and NDJSON are validated as streams, one document at a time.
 */
final class FacadeChecker implements DocumentChecker {

    /** How far to look for the first token when telling an array from a single document. */
    private static final int PEEK_LIMIT = 64 * 1024;

    /** The violation code of an input without any document (GH-18). */
    static final String EMPTY = "polku.json.empty";

    @Override
    public void check(String source, InputStream in, boolean ndjson, boolean lenient, Consumer<Outcome> sink)
            throws IOException {
        PolkuDocuments documents = lenient ? PolkuDocuments.lenient() : PolkuDocuments.strict();
        try {
            if (ndjson) {
                documents.validateStream(in, StreamFormat.NDJSON, r -> sink.accept(outcome(source, r, true)));
                return;
            }
            BufferedInputStream buffered = new BufferedInputStream(in);
            if (isEmpty(buffered)) {
                // GH-18: an empty file gets its own violation, not "not well-formed JSON at line 1, column 1"
                sink.accept(new Outcome(source, 0, false,
                        ValidationReport.of(List.of(Violation.error(EMPTY, "", Map.of())))));
                return;
            }
            if (firstToken(buffered) == '[') {
                documents.validateStream(buffered, StreamFormat.ARRAY, r -> sink.accept(outcome(source, r, true)));
            } else {
                sink.accept(outcome(source, documents.readAndValidate(buffered), false));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Outcome outcome(String source, DocumentResult result, boolean streamed) {
        return new Outcome(source, result.getIndex(), streamed, result.getReport(), result.getValue().orElse(null),
                result.getLine().orElse(0));
    }

    /**
     * True if the input holds nothing but JSON white space and a UTF-8 byte order mark, up to its end
     * within the first {@link #PEEK_LIMIT} bytes; the stream is not consumed.
     */
    static boolean isEmpty(BufferedInputStream in) throws IOException {
        in.mark(PEEK_LIMIT);
        try {
            for (int i = 0; i < PEEK_LIMIT; i++) {
                int b = in.read();
                if (b == -1) {
                    return true;
                }
                if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return false;
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /** The first byte that is not JSON white space or a UTF-8 byte order mark; the stream is not consumed. */
    static int firstToken(BufferedInputStream in) throws IOException {
        in.mark(PEEK_LIMIT);
        try {
            for (int i = 0; i < PEEK_LIMIT; i++) {
                int b = in.read();
                if (b == -1) {
                    return -1;
                }
                if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b;
                }
            }
            return -1;
        } finally {
            in.reset();
        }
    }
}
