package io.github.polku.serialization.jackson;

import io.github.polku.serialization.jackson.internal.JsonCodes;
import io.github.polku.serialization.jackson.internal.ReadContext;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a stream of documents, a JSON array or NDJSON, in constant memory, for
 * {@link PolkuDocuments#validateStream}: one result per document, in order, judged by the
 * facade. Reading carries on past invalid documents and, in NDJSON, past malformed lines.
 */
final class DocumentStream {

    /** Turns the structural outcome of one document into its result, with the rule violations of its value. */
    @FunctionalInterface
    interface Judge {
        DocumentResult judge(DocumentReader.Outcome outcome, long index, long line);
    }

    private final DocumentReader reader;
    private final Judge judge;

    DocumentStream(DocumentReader reader, Judge judge) {
        this.reader = reader;
        this.judge = judge;
    }

    /** Reads the stream to its end, passing each result on; the counts. */
    StreamSummary validate(InputStream in, StreamFormat format, Consumer<DocumentResult> consumer) {
        Counter counter = new Counter(consumer);
        boolean complete = format == StreamFormat.NDJSON ? ndjson(in, counter) : array(in, counter);
        return new StreamSummary(counter.documents, counter.valid, counter.errors, counter.warnings, complete);
    }

    /** Counts the results it passes on. */
    private static final class Counter implements Consumer<DocumentResult> {
        private final Consumer<DocumentResult> next;
        long documents;
        long valid;
        long errors;
        long warnings;

        Counter(Consumer<DocumentResult> next) {
            this.next = next;
        }

        @Override
        public void accept(DocumentResult r) {
            documents++;
            if (r.isValid()) {
                valid++;
            }
            Map<Severity, Integer> counts = r.getReport().countBySeverity();
            errors += counts.get(Severity.ERROR);
            warnings += counts.get(Severity.WARNING);
            next.accept(r);
        }
    }

    private boolean array(InputStream in, Counter out) {
        long max = reader.options().getLimits().getMaxDocumentSize();
        long index = 0;
        ReadContext c = reader.context();
        JsonParser[] lastParser = new JsonParser[1];
        try (JsonParser p = reader.streamParser(NonClosing.input(in))) {
            lastParser[0] = p;
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY) {
                if (t != null) {
                    c.error(JsonCodes.TYPE, "expected", "array");
                } else {
                    c.error(JsonCodes.MALFORMED, "line", 1, "column", 1);
                }
                out.accept(failed(c, 0, 0));
                return false;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                c = reader.context();
                long start = p.currentTokenLocation().getByteOffset();
                DocumentReader.Holder h = new DocumentReader.Holder();
                Object value = reader.readRoot(p, c, null, h);
                long size = p.currentLocation().getByteOffset() - start;
                if (size > max) {
                    c = reader.context();
                    c.error(JsonCodes.LIMIT_DOCUMENT_SIZE, "max", max);
                    value = ReadContext.INVALID;
                }
                out.accept(judge.judge(new DocumentReader.Outcome(h.type, value == ReadContext.INVALID ? null : value, c), index++, 0));
            }
            if (p.nextToken() != null) {
                c = reader.context();
                c.error(JsonCodes.TRAILING);
                out.accept(failed(c, index, 0));
                return false;
            }
            return true;
        } catch (JacksonException e) {
            reader.failure(e, c, pointerInArray(lastParser[0]));
            out.accept(failed(c, index, 0));
            return false;
        }
    }

    /** The result of something in the stream that is no document: no type, no value. */
    private static DocumentResult failed(ReadContext c, long index, long line) {
        return new DocumentResult(null, null, ValidationReport.of(c.finish()), index, line);
    }

    /** The parser's pointer without the leading array index: pointers are relative to the document. */
    private static String pointerInArray(JsonParser p) {
        if (p == null) {
            return "";
        }
        String pointer = p.streamReadContext().pathAsPointer().toString();
        int second = pointer.indexOf('/', 1);
        return second < 0 ? "" : pointer.substring(second);
    }

    private boolean ndjson(InputStream in, Counter out) {
        int max = (int) reader.options().getLimits().getMaxDocumentSize();
        byte[] buffer = new byte[8192];
        LineBuffer line = new LineBuffer();
        long lineNumber = 1;
        long index = 0;
        try {
            while (true) {
                int n = in.read(buffer);
                if (n == -1) {
                    if (line.length > 0 || line.tooLong) {
                        emitLine(line, lineNumber, index, out);
                    }
                    return true;
                }
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line.append(buffer, from, i - from, max);
                        index = emitLine(line, lineNumber++, index, out);
                        line.reset();
                        from = i + 1;
                    }
                }
                line.append(buffer, from, n - from, max);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One NDJSON line, growing up to the document size limit and then only counting. */
    private static final class LineBuffer {
        byte[] bytes = new byte[1024];
        int length;
        boolean tooLong;

        void append(byte[] src, int from, int count, int max) {
            if (tooLong || count == 0) {
                return;
            }
            if ((long) length + count > max) {
                tooLong = true;
                return;
            }
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            System.arraycopy(src, from, bytes, length, count);
            length += count;
        }

        void reset() {
            length = 0;
            tooLong = false;
            if (bytes.length > 65_536) {
                bytes = new byte[1024];
            }
        }
    }

    private long emitLine(LineBuffer line, long lineNumber, long index, Counter out) {
        if (line.tooLong) {
            ReadContext c = reader.context();
            c.error(JsonCodes.LIMIT_DOCUMENT_SIZE, "max", reader.options().getLimits().getMaxDocumentSize());
            out.accept(failed(c, index, lineNumber));
            return index + 1;
        }
        if (blank(line.bytes, line.length)) {
            return index;
        }
        out.accept(judge.judge(reader.readBytes(line.bytes, 0, line.length, null), index, lineNumber));
        return index + 1;
    }

    private static boolean blank(byte[] line, int length) {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
