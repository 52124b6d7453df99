package io.github.polku.serialization.jackson;

import io.github.polku.contact.AnonymousContact;
import io.github.polku.serialization.jackson.internal.Descriptors;
import io.github.polku.serialization.jackson.internal.TypeDescriptor;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The facade of the Polku exchange format (fi: tiedonsiirtomuoto, sv: utbytesformat): read,
 * write, read-and-validate and validate documents, one at a time or as a stream.
 * <p>
 * Reading reports every problem, not the first: every structural problem (malformed JSON with
 * line and column, wrong type, missing required property, unknown property, unknown code, bad
 * date, bad identity code, exceeded limit) and every rule violation of the value, each with a
 * JSON Pointer into the submitted document. Nothing is thrown for a bad document except by the
 * typed {@link #read(String, Class)}, which throws {@link DocumentReadException}.
 * <pre>{@code
 * PolkuDocuments documents = PolkuDocuments.strict();
 * String json = documents.write(path);
 * DocumentResult result = documents.readAndValidate(json.getBytes(StandardCharsets.UTF_8));
 * if (!result.isValid()) {
 *     result.getReport().getViolations().forEach(v -> System.out.println(v.getPath() + " " + v.getCode()));
 * }
 * RehabilitationPath back = documents.read(json, RehabilitationPath.class);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: share one instance.
 *
 * @since 0.1.0
 */
public final class PolkuDocuments {

    private static final PolkuDocuments STRICT = new PolkuDocuments(ReadOptions.strict());
    private static final PolkuDocuments LENIENT = new PolkuDocuments(ReadOptions.lenient());
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final JsonFactory WRITER = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final DocumentReader reader;
    /** The date documents are judged on; null for today in Finland at each validation. */
    private final LocalDate judgedOn;

    private PolkuDocuments(ReadOptions options) {
        this(new DocumentReader(options), null);
    }

    private PolkuDocuments(DocumentReader reader, LocalDate judgedOn) {
        this.reader = reader;
        this.judgedOn = judgedOn;
    }

    /**
     * Obtains a facade like this one that judges documents as of the given date: an event a
     * document records that is dated after it is reported ({@code polku.path.date.future}), as
     * {@link PolkuValidator#validate(Object, LocalDate)} explains. The facades obtained from
     * {@link #strict()}, {@link #lenient()} and {@link #create(ReadOptions)} judge as of today in
     * Finland (Europe/Helsinki), the day each document is validated.
     * <pre>{@code
     * PolkuDocuments asSent = PolkuDocuments.strict().withJudgingDate(LocalDate.of(2025, 6, 30));
     * }</pre>
     *
     * @param date  the date documents are judged on, not null
     * @return a facade with the same options and that judging date, not null
     */
    public PolkuDocuments withJudgingDate(LocalDate date) {
        return new PolkuDocuments(reader, Objects.requireNonNull(date, "date"));
    }

    /**
     * Gets the date documents are judged on, if fixed.
     *
     * @return the date set by {@link #withJudgingDate(LocalDate)}, empty when documents are
     *     judged as of the day they are validated, not null
     */
    public Optional<LocalDate> getJudgingDate() {
        return Optional.ofNullable(judgedOn);
    }

    /** Holds the shared validator, created on first use. */
    private static final class Validator {
        static final PolkuValidator INSTANCE = PolkuValidator.shared();
    }

    /**
     * Obtains the strict facade with default limits: unknown properties are errors.
     *
     * @return the facade, not null
     */
    public static PolkuDocuments strict() {
        return STRICT;
    }

    /**
     * Obtains the lenient facade with default limits: unknown properties are warnings.
     *
     * @return the facade, not null
     */
    public static PolkuDocuments lenient() {
        return LENIENT;
    }

    /**
     * Obtains a facade with the given options.
     *
     * @param options  the options, not null
     * @return the facade, not null
     */
    public static PolkuDocuments create(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.equals(ReadOptions.strict())) {
            return STRICT;
        }
        return options.equals(ReadOptions.lenient()) ? LENIENT : new PolkuDocuments(options);
    }

    /**
     * Gets the options of this facade.
     *
     * @return the options, not null
     */
    public ReadOptions getOptions() {
        return reader.options();
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes a value as a document of its type, in compact JSON with properties in the
     * documented order, so that the same value always gives the same bytes. A
     * {@link ValidationReport} is written as a {@link DocumentType#VALIDATION_REPORT} document.
     *
     * @param value  a value of a {@link DocumentType}, not null
     * @return the JSON text, not null
     * @throws IllegalArgumentException if values of that type are not exchanged as documents
     */
    public String write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        write(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a value as a document of its type to a stream, in UTF-8. The stream is not closed.
     *
     * @param value  a value of a {@link DocumentType}, not null
     * @param out  the stream, not null
     * @throws IllegalArgumentException if values of that type are not exchanged as documents
     * @throws UncheckedIOException if the stream fails
     */
    public void write(Object value, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        DocumentType type = DocumentType.ofJavaType(value.getClass())
                .orElseThrow(() -> new IllegalArgumentException("Not a document type: " + value.getClass().getName()));
        try (JsonGenerator g = WRITER.createGenerator(ObjectWriteContext.empty(), NonClosing.output(out))) {
            writeDocument(g, type, value);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
        }
    }

    static void writeDocument(JsonGenerator g, DocumentType type, Object value) {
        g.writeStartObject();
        g.writeStringProperty(DocumentReader.DOCUMENT_TYPE, type.getCode());
        g.writeStringProperty(DocumentReader.FORMAT_VERSION, DocumentType.FORMAT_VERSION);
        Descriptors.get().of(type.getJavaType()).writeProperties(g, value);
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a document into a value of a type, checking its structure but not the domain rules.
     * Use {@link #readAndValidate(byte[])} to also get the rule violations.
     *
     * @param <T>  the value type
     * @param json  the JSON text, not null
     * @param type  the Java type of a {@link DocumentType}, not null
     * @return the value, not null
     * @throws DocumentReadException with every problem if the document cannot be read as that type
     * @throws IllegalArgumentException if the type is not a document type
     */
    public <T> T read(String json, Class<T> type) {
        return read(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8), type);
    }

    /**
     * Reads a UTF-8 document into a value of a type, checking its structure but not the domain rules.
     *
     * @param <T>  the value type
     * @param json  the UTF-8 JSON bytes, not null
     * @param type  the Java type of a {@link DocumentType}, not null
     * @return the value, not null
     * @throws DocumentReadException with every problem if the document cannot be read as that type
     * @throws IllegalArgumentException if the type is not a document type
     */
    public <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        DocumentType expected = DocumentType.ofJavaType(Objects.requireNonNull(type, "type"))
                .orElseThrow(() -> new IllegalArgumentException("Not a document type: " + type.getName()));
        DocumentReader.Outcome outcome = reader.readBytes(json, 0, json.length, expected);
        ValidationReport report = ValidationReport.of(outcome.context.finish());
        if (outcome.value == null || !report.isValid()) {
            throw new DocumentReadException(report);
        }
        return type.cast(outcome.value);
    }

    /**
     * Reads a document of any type from text and validates its value: the type comes from
     * {@code documentType}. The same as {@link #readAndValidate(byte[])} on the text's UTF-8 bytes.
     *
     * @param json  the JSON text, not null
     * @return the result with the value (if it could be built) and every violation, not null
     * @since 0.1.0
     */
    public DocumentResult readAndValidate(String json) {
        return readAndValidate(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Validates a document given as text: every structural problem and every rule violation.
     *
     * @param json  the JSON text, not null
     * @return the report, not null
     * @since 0.1.0
     */
    public ValidationReport validate(String json) {
        return readAndValidate(json).getReport();
    }

    /**
     * Reads a UTF-8 document of any type and validates its value: the type comes from
     * {@code documentType}.
     *
     * @param json  the UTF-8 JSON bytes, not null
     * @return the result with the value (if it could be built) and every violation, not null
     */
    public DocumentResult readAndValidate(byte[] json) {
        Objects.requireNonNull(json, "json");
        return result(reader.readBytes(json, 0, json.length, null), 0, 0);
    }

    /**
     * Reads a UTF-8 document of any type from a stream and validates its value. The document is
     * parsed as it arrives, not copied whole into memory. The stream is read to its end, or up to
     * one byte past the document size limit (a larger document gets only
     * {@code polku.json.limit.documentSize}, as from bytes); it is never asked for
     * {@code available()}, so pipes, FIFOs and sockets work. It is not closed.
     *
     * @param in  the stream, not null
     * @return the result, not null
     * @throws UncheckedIOException if the stream fails
     */
    public DocumentResult readAndValidate(InputStream in) {
        Objects.requireNonNull(in, "in");
        return result(reader.readStream(in, null), 0, 0);
    }

    /**
     * Validates a UTF-8 document: every structural problem and every rule violation.
     *
     * @param json  the UTF-8 JSON bytes, not null
     * @return the report, not null
     */
    public ValidationReport validate(byte[] json) {
        return readAndValidate(json).getReport();
    }

    /**
     * Validates a UTF-8 document read from a stream, which is not closed.
     *
     * @param in  the stream, not null
     * @return the report, not null
     * @throws UncheckedIOException if the stream fails
     */
    public ValidationReport validate(InputStream in) {
        return readAndValidate(in).getReport();
    }

    private DocumentResult result(DocumentReader.Outcome outcome, long index, long line) {
        if (outcome.value != null) {
            outcome.context.addAll(rules(outcome.value));
        }
        return new DocumentResult(outcome.type, outcome.value, ValidationReport.of(outcome.context.finish()), index, line);
    }

    private List<Violation> rules(Object value) {
        PolkuValidator validator = Validator.INSTANCE;
        LocalDate on = judgedOn != null ? judgedOn : LocalDate.now(FINLAND);
        if (value instanceof AnonymousContactBatch) {
            List<Violation> all = new ArrayList<>();
            List<AnonymousContact> contacts = ((AnonymousContactBatch) value).getContacts();
            for (int i = 0; i < contacts.size(); i++) {
                all.addAll(validator.validate(contacts.get(i), on).atLocation("/contacts/" + i).getViolations());
            }
            return all;
        }
        return validator.validate(value, on).getViolations();
    }

    // ------------------------------------------------------------------ streams

    /**
     * Validates a stream of documents in constant memory, calling back with a result per
     * document, in order. Reading carries on past invalid documents and, for
     * {@link StreamFormat#NDJSON}, past malformed lines. Pointers in each result are relative to
     * its document. The stream is read to its end and not closed.
     *
     * @param in  the UTF-8 stream, not null
     * @param format  how documents are put in the stream, not null
     * @param consumer  receives each result, not null
     * @return the counts, not null
     * @throws UncheckedIOException if the stream fails
     */
    public StreamSummary validateStream(InputStream in, StreamFormat format, Consumer<DocumentResult> consumer) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(consumer, "consumer");
        return new DocumentStream(reader, this::result).validate(in, format, consumer);
    }

    static TypeDescriptor descriptor(DocumentType type) {
        return Descriptors.get().of(type.getJavaType());
    }
}
