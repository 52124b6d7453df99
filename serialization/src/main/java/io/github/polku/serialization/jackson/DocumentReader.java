package io.github.polku.serialization.jackson;

import io.github.polku.serialization.jackson.internal.Descriptors;
import io.github.polku.serialization.jackson.internal.JsonCodes;
import io.github.polku.serialization.jackson.internal.ReadContext;
import io.github.polku.serialization.jackson.internal.TypeDescriptor;
import io.github.polku.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads the envelope of a document and hands its properties to the descriptor of its type, in a
 * single streaming pass. Type detection costs nothing when {@code documentType} is the first
 * property (as Polku writes it); otherwise the rest of the object is buffered first.
 * <p>
 * This class is immutable and thread-safe: it keeps no state between documents (each read has its
 * own {@link ReadContext}), so one reader serves every thread (G8 in {@code docs/SECURITY.md}).
 */
final class DocumentReader {

    static final String DOCUMENT_TYPE = "documentType";
    static final String FORMAT_VERSION = "formatVersion";

    private final ReadOptions options;
    private final JsonFactory factory;
    private final JsonFactory streamFactory;

    DocumentReader(ReadOptions options) {
        this.options = options;
        ReadLimits limits = options.getLimits();
        this.factory = JsonFactory.builder()
                .streamReadConstraints(new LimitConstraints(limits, limits.getMaxDocumentSize())).build();
        // A stream of many documents is one JSON text to the parser; its size is checked per document.
        this.streamFactory = JsonFactory.builder().streamReadConstraints(new LimitConstraints(limits, -1)).build();
    }

    ReadOptions options() {
        return options;
    }

    JsonParser parser(byte[] bytes, int offset, int length) {
        return factory.createParser(ObjectReadContext.empty(), bytes, offset, length);
    }

    JsonParser streamParser(InputStream in) {
        return streamFactory.createParser(ObjectReadContext.empty(), new StrictUtf8.Input(in, Long.MAX_VALUE));
    }

    /** A new context with this reader's strictness and violation cap. */
    ReadContext context() {
        return new ReadContext(options.isStrict(), options.getLimits().getMaxViolations());
    }

    /** The outcome of reading one document structurally. */
    static final class Outcome {
        final DocumentType type;
        final Object value;
        final ReadContext context;

        Outcome(DocumentType type, Object value, ReadContext context) {
            this.type = type;
            this.value = value;
            this.context = context;
        }
    }

    /** Reads one whole document from bytes, checking size, encoding, syntax and trailing content. */
    Outcome readBytes(byte[] bytes, int offset, int length, DocumentType expected) {
        ReadContext c = context();
        if (length > options.getLimits().getMaxDocumentSize()) {
            c.error(JsonCodes.LIMIT_DOCUMENT_SIZE, "max", options.getLimits().getMaxDocumentSize());
            return new Outcome(null, null, c);
        }
        if (StrictUtf8.check(bytes, offset, length) != null) {
            // Not UTF-8: read as a stream, which reports whatever comes first, a syntax error before
            // the bad byte or the bad byte itself, exactly as reading the same bytes from a stream does.
            return readStream(new ByteArrayInputStream(bytes, offset, length), expected);
        }
        return read(() -> parser(bytes, offset, length), c, expected);
    }

    /**
     * Reads one whole document from a stream as it arrives, in the memory of the parser's buffers
     * rather than of the document, checking size, encoding, syntax and trailing content. The stream
     * is read to the end of the document's text, or up to the first byte over the size limit, and
     * never asked for {@code available()}, so pipes and FIFOs work (GH-21).
     */
    Outcome readStream(InputStream in, DocumentType expected) {
        long max = options.getLimits().getMaxDocumentSize();
        StrictUtf8.Input checked = new StrictUtf8.Input(in, max);
        Outcome outcome = read(() -> factory.createParser(ObjectReadContext.empty(), checked), context(), expected);
        try {
            // As for bytes: a document over the size limit gets that one violation, whatever the
            // parser found before the limit, so the rest is counted (not kept) up to one byte past it.
            if (checked.overLimit()) {
                ReadContext c = context();
                c.error(JsonCodes.LIMIT_DOCUMENT_SIZE, "max", max);
                return new Outcome(null, null, c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outcome;
    }

    private Outcome read(Supplier<JsonParser> parser, ReadContext c, DocumentType expected) {
        Holder h = new Holder();
        JsonParser opened;
        try {
            // Opening the parser already reads the first bytes, to tell their encoding.
            opened = parser.get();
        } catch (JacksonException e) {
            failure(e, c, "");
            return new Outcome(null, null, c);
        }
        try (JsonParser p = opened) {
            try {
                JsonToken t = p.nextToken();
                if (t == null) {
                    c.error(JsonCodes.MALFORMED, "line", 1, "column", 1);
                    return new Outcome(null, null, c);
                }
                Object value = readRoot(p, c, expected, h);
                if (p.nextToken() != null) {
                    c.error(JsonCodes.TRAILING);
                    value = ReadContext.INVALID;
                }
                return new Outcome(h.type, value == ReadContext.INVALID ? null : value, c);
            } catch (JacksonException e) {
                failure(e, c, p.streamReadContext().pathAsPointer().toString());
                return new Outcome(h.type, null, c);
            }
        }
    }

    /**
     * Records a parser failure as a violation at the pointer where it happened, taken from the
     * parser: it has often read one token ahead of the descriptors.
     */
    void failure(JacksonException e, ReadContext c, String pointer) {
        ReadLimits l = options.getLimits();
        if (e instanceof LimitConstraints.Exceeded) {
            switch (((LimitConstraints.Exceeded) e).limit) {
                case DEPTH:
                    c.add(JsonCodes.LIMIT_DEPTH, Severity.ERROR, pointer, "max", l.getMaxDepth());
                    break;
                case NUMBER_LENGTH:
                    c.add(JsonCodes.LIMIT_NUMBER_LENGTH, Severity.ERROR, pointer, "max", l.getMaxNumberLength());
                    break;
                case DOCUMENT_SIZE:
                    c.add(JsonCodes.LIMIT_DOCUMENT_SIZE, Severity.ERROR, "", "max", l.getMaxDocumentSize());
                    break;
                default:
                    c.add(JsonCodes.LIMIT_STRING_LENGTH, Severity.ERROR, pointer, "max", l.getMaxStringLength());
                    break;
            }
            return;
        }
        if (e instanceof JacksonIOException && e.getCause() instanceof StrictUtf8.TooLargeException) {
            c.add(JsonCodes.LIMIT_DOCUMENT_SIZE, Severity.ERROR, "", "max", l.getMaxDocumentSize());
            return;
        }
        if (e instanceof JacksonIOException && e.getCause() instanceof StrictUtf8.NotUtf8Exception) {
            StrictUtf8.NotUtf8Exception bad = (StrictUtf8.NotUtf8Exception) e.getCause();
            c.add(JsonCodes.MALFORMED, Severity.ERROR, withoutLastName(pointer), "line", bad.line, "column", bad.column);
            return;
        }
        if (e instanceof JacksonIOException && !(e.getCause() instanceof CharConversionException)) {
            IOException io = e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e.getCause());
            throw new UncheckedIOException(io);
        }
        TokenStreamLocation at = e.getLocation();
        long line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        long column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        c.add(JsonCodes.MALFORMED, Severity.ERROR, withoutLastName(pointer), "line", line, "column", column);
    }

    /**
     * GH-10: in a malformed document the last property name is where a lost quote or colon has
     * turned a value (a name, an identity code) into a name; line and column locate the error, so
     * the pointer stops at the enclosing value. Array indices are kept.
     */
    static String withoutLastName(String pointer) {
        int slash = pointer.lastIndexOf('/');
        if (slash < 0) {
            return pointer;
        }
        for (int i = slash + 1; i < pointer.length(); i++) {
            if (pointer.charAt(i) < '0' || pointer.charAt(i) > '9') {
                return pointer.substring(0, slash);
            }
        }
        return slash + 1 == pointer.length() ? pointer.substring(0, slash) : pointer;
    }

    static final class Holder {
        DocumentType type;
    }

    /**
     * Reads a document whose first token is current.
     *
     * @return the value or INVALID
     */
    Object readRoot(JsonParser p, ReadContext c, DocumentType expected, Holder holder) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return c.error(JsonCodes.TYPE, "expected", "object");
        }
        Envelope envelope = new Envelope(expected);
        JsonToken t = p.nextToken();
        JsonParser source = p;
        if (t == JsonToken.PROPERTY_NAME && DOCUMENT_TYPE.equals(p.currentName())) {
            p.nextToken();
            envelope.handle(DOCUMENT_TYPE, p, c);
            t = p.nextToken();
        } else if (expected == null && t == JsonToken.PROPERTY_NAME) {
            TokenBuffer buffer = TokenBuffer.forBuffering(p, p.objectReadContext());
            buffer.writeStartObject();
            while (t == JsonToken.PROPERTY_NAME) {
                buffer.writeName(p.currentName());
                p.nextToken();
                buffer.copyCurrentStructure(p);
                t = p.nextToken();
            }
            buffer.writeEndObject();
            envelope.type = scanType(buffer);
            source = buffer.asParser(p.objectReadContext());
            source.nextToken();
            t = source.nextToken();
        }
        DocumentType type = envelope.type != null ? envelope.type : expected;
        holder.type = type;
        Object value;
        if (type == null) {
            while (t == JsonToken.PROPERTY_NAME) {
                String name = source.currentName();
                source.nextToken();
                if (!envelope.handle(name, source, c)) {
                    source.skipChildren();
                }
                t = source.nextToken();
            }
            envelope.ok(c);
            value = ReadContext.INVALID;
        } else {
            TypeDescriptor d = Descriptors.get().of(type.getJavaType());
            value = d.readRest(source, c, t, new TypeDescriptor.Envelope() {
                @Override
                public boolean handle(String property, JsonParser parser, ReadContext context) {
                    return envelope.handle(property, parser, context);
                }

                @Override
                public boolean ok() {
                    return envelope.ok(c);
                }
            });
        }
        if (envelope.type != null) {
            holder.type = envelope.type;
        }
        return value;
    }

    private static DocumentType scanType(TokenBuffer buffer) {
        try (JsonParser scan = buffer.asParser()) {
            scan.nextToken();
            while (scan.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = scan.currentName();
                JsonToken v = scan.nextToken();
                if (DOCUMENT_TYPE.equals(name) && v == JsonToken.VALUE_STRING) {
                    return DocumentType.ofCode(scan.getString()).orElse(null);
                }
                scan.skipChildren();
            }
        }
        return null;
    }

    /** Checks {@code documentType} and {@code formatVersion}. */
    static final class Envelope {
        private final DocumentType expected;
        DocumentType type;
        private boolean typeSeen;
        private boolean versionSeen;
        private boolean ok = true;

        Envelope(DocumentType expected) {
            this.expected = expected;
        }

        boolean handle(String property, JsonParser p, ReadContext c) {
            if (DOCUMENT_TYPE.equals(property)) {
                if (firstString(property, typeSeen, p, c)) {
                    checkType(p.getString(), c);
                }
                typeSeen = true;
                return true;
            }
            if (FORMAT_VERSION.equals(property)) {
                if (firstString(property, versionSeen, p, c)) {
                    checkVersion(p.getString(), c);
                }
                versionSeen = true;
                return true;
            }
            return false;
        }

        /** Checks that an envelope property is seen once and holds a string; else reports it and skips its value. */
        private boolean firstString(String property, boolean seen, JsonParser p, ReadContext c) {
            if (seen) {
                duplicate(property, p, c);
                return false;
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                p.skipChildren();
                c.errorAt(property, JsonCodes.TYPE, "expected", "string");
                ok = false;
                return false;
            }
            return true;
        }

        private void checkType(String code, ReadContext c) {
            DocumentType found = DocumentType.ofCode(code).orElse(null);
            if (found == null) {
                c.errorAt(DOCUMENT_TYPE, JsonCodes.DOCUMENT_TYPE_UNKNOWN);
                ok = false;
            } else if (expected != null && found != expected) {
                c.errorAt(DOCUMENT_TYPE, JsonCodes.DOCUMENT_TYPE_UNEXPECTED, "expected", expected.getCode());
                ok = false;
            } else {
                type = found;
            }
        }

        private void checkVersion(String version, ReadContext c) {
            if (DocumentType.FORMAT_VERSION.equals(version)) {
                return;
            }
            ok = false;
            int[] parsed = parse(version);
            int[] supported = parse(DocumentType.FORMAT_VERSION);
            if (parsed != null && (parsed[0] > supported[0] || (parsed[0] == supported[0] && parsed[1] > supported[1]))) {
                c.errorAt(FORMAT_VERSION, JsonCodes.FORMAT_VERSION_NEWER, "supported", DocumentType.FORMAT_VERSION,
                        "found", parsed[0] + "." + parsed[1]);
            } else {
                c.errorAt(FORMAT_VERSION, JsonCodes.FORMAT_VERSION_UNSUPPORTED, "supported", DocumentType.FORMAT_VERSION);
            }
        }

        private static int[] parse(String version) {
            int dot = version.indexOf('.');
            if (dot < 1 || dot > 4 || version.length() - dot > 5 || version.length() == dot + 1) {
                return null;
            }
            for (int i = 0; i < version.length(); i++) {
                if (i != dot && (version.charAt(i) < '0' || version.charAt(i) > '9')) {
                    return null;
                }
            }
            return new int[] {Integer.parseInt(version.substring(0, dot)), Integer.parseInt(version.substring(dot + 1))};
        }

        private void duplicate(String property, JsonParser p, ReadContext c) {
            p.skipChildren();
            c.errorAt(property, JsonCodes.DUPLICATE_PROPERTY);
            ok = false;
        }

        boolean ok(ReadContext c) {
            if (!typeSeen) {
                c.errorAt(DOCUMENT_TYPE, JsonCodes.REQUIRED);
                ok = false;
                typeSeen = true;
            }
            if (!versionSeen) {
                c.errorAt(FORMAT_VERSION, JsonCodes.REQUIRED);
                ok = false;
                versionSeen = true;
            }
            return ok;
        }
    }
}
