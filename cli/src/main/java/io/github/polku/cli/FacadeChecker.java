package io.github.polku.cli;

import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.StreamFormat;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks documents with the serialization facade {@link PolkuDocuments}: structure, then every rule.
 * A top-level array and NDJSON are validated as streams, one document at a time.
 */
final class FacadeChecker implements DocumentChecker {

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

    /** The violation code of an input without any document (GH-18). */
    static final String EMPTY = "polku.json.empty";

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
            FirstToken text = FirstToken.of(in);
            if (text.first == -1) {
                // GH-18: an empty file gets its own violation, not "not well-formed JSON at line 1, column 1"
                sink.accept(new Outcome(source, 0, false,
                        ValidationReport.of(List.of(Violation.error(EMPTY, "", Map.of())))));
                return;
            }
            if (text.first == '[') {
                documents.validateStream(text.stream, StreamFormat.ARRAY, r -> sink.accept(outcome(source, r, true)));
            } else {
                sink.accept(outcome(source, documents.readAndValidate(text.stream), false));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Outcome outcome(String source, DocumentResult result, boolean streamed) {
        return new Outcome(source, result.getIndex(), streamed, result.getReport(), result.getValue().orElse(null),
                result.getLine().orElse(0));
    }
}
