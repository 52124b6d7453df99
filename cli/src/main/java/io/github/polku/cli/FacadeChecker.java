package io.github.polku.cli;

import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.StreamFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Checks documents with the serialization facade {@link PolkuDocuments}: structure, then every rule.
 * A top-level array and NDJSON are validated as streams, one document at a time.
 */
final class FacadeChecker implements DocumentChecker {

    /** How far to look for the first token when telling an array from a single document. */
    private static final int PEEK_LIMIT = 64 * 1024;

    /** The judging date; null for today in Finland. */
    private final LocalDate judgedOn;

    FacadeChecker() {
        this(null);
    }

    private FacadeChecker(LocalDate judgedOn) {
        this.judgedOn = judgedOn;
    }

    @Override
    public DocumentChecker judgedOn(LocalDate date) {
        return new FacadeChecker(date);
    }

    @Override
    public void check(String source, InputStream in, boolean ndjson, boolean lenient, Consumer<Outcome> sink)
            throws IOException {
        PolkuDocuments documents = lenient ? PolkuDocuments.lenient() : PolkuDocuments.strict();
        if (judgedOn != null) {
            documents = documents.withJudgingDate(judgedOn);
        }
        try {
            if (ndjson) {
                documents.validateStream(in, StreamFormat.NDJSON, r -> sink.accept(outcome(source, r, true)));
                return;
            }
            BufferedInputStream buffered = new BufferedInputStream(in);
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
        return new Outcome(source, result.getIndex(), streamed, result.getReport(), result.getValue().orElse(null));
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
