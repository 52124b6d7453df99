package io.github.polku.serialization.jackson.fuzz;

import io.github.polku.serialization.jackson.DocumentReadException;
import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.DocumentType;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.StreamFormat;
import io.github.polku.serialization.jackson.StreamSummary;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What must hold for any input, however broken: reading and validation return a report, the typed
 * read throws only {@link DocumentReadException}, a document read as valid writes and reads back
 * to the same report, and streams return a result per document.
 */
final class Oracle {

    /** Where inputs that broke an invariant are saved, to be copied into the regression folder. */
    static final Path CRASHES = Path.of("target", "fuzz-crashes");

    /**
     * Personal data in the golden documents: the fictional identity code and name of the client
     * identity, and the marked views of the path. No report may repeat them, however the document
     * is broken.
     */
    static final List<String> PERSONAL = List.of("010190-900P", "010190-900p", "Testi Testinen", "Testinen",
            "FICTIONAL-CLIENT-VIEW", "FICTIONAL-WORKER-VIEW", "FICTIONAL-GOAL-WORDS");

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"),
            Locale.ENGLISH);

    private Oracle() {
    }

    /** Checks that reading from a stream gives the report of reading the same bytes. */
    static void checkInputStream(byte[] input) {
        DocumentResult fromBytes = PolkuDocuments.strict().readAndValidate(input);
        DocumentResult fromStream = PolkuDocuments.strict().readAndValidate(new ByteArrayInputStream(input));
        if (!fromStream.getReport().getViolations().equals(fromBytes.getReport().getViolations())) {
            throw new AssertionError("bytes and stream read differently");
        }
    }

    /** Checks one input in strict and lenient mode and through the typed read. */
    static void check(byte[] input, DocumentType expected) {
        checkRead(input, PolkuDocuments.strict());
        checkRead(input, PolkuDocuments.lenient());
        checkTypedRead(input, expected);
    }

    /** Checks that reading and validating gives a report, and that a valid document round-trips. */
    static void checkRead(byte[] input, PolkuDocuments documents) {
        DocumentResult result = documents.readAndValidate(input);
        requireReport(result.getReport());
        if (documents == PolkuDocuments.strict() && result.isValid() && result.getValue().isPresent()) {
            byte[] written = documents.write(result.getValue().get()).getBytes(StandardCharsets.UTF_8);
            DocumentResult again = documents.readAndValidate(written);
            if (!again.getReport().getViolations().equals(result.getReport().getViolations())) {
                throw new AssertionError("a valid document wrote into one that reads differently: "
                        + result.getReport() + " then " + again.getReport());
            }
        }
    }

    /** Checks that the typed read returns a value or throws a DocumentReadException with an error. */
    static void checkTypedRead(byte[] input, DocumentType expected) {
        try {
            Object value = PolkuDocuments.strict().read(input, expected.getJavaType());
            Objects.requireNonNull(value, "read returned null");
        } catch (DocumentReadException e) {
            requireReport(e.getReport());
            requireNoPersonalData(String.valueOf(e.getMessage()));
            if (e.getReport().isValid()) {
                throw new AssertionError("DocumentReadException without an error", e);
            }
        }
    }

    /** Checks a batch of inputs as an NDJSON stream and as a JSON array. */
    static void checkStreams(List<byte[]> inputs) {
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        ByteArrayOutputStream array = new ByteArrayOutputStream();
        array.write('[');
        int nonBlank = 0;
        for (int i = 0; i < inputs.size(); i++) {
            byte[] line = inputs.get(i).clone();
            for (int j = 0; j < line.length; j++) {
                if (line[j] == '\n' || line[j] == '\r') {
                    line[j] = ' ';
                }
            }
            if (!blank(line)) {
                nonBlank++;         // StreamFormat.NDJSON skips blank lines
            }
            ndjson.writeBytes(line);
            ndjson.write('\n');
            if (i > 0) {
                array.write(',');
            }
            array.writeBytes(inputs.get(i));
        }
        array.write(']');
        List<DocumentResult> lines = new ArrayList<>();
        StreamSummary summary = PolkuDocuments.strict().validateStream(new ByteArrayInputStream(ndjson.toByteArray()),
                StreamFormat.NDJSON, lines::add);
        if (lines.size() != nonBlank || summary.getDocuments() != nonBlank || !summary.isComplete()) {
            throw new AssertionError("NDJSON of " + nonBlank + " lines gave " + lines.size() + " results");
        }
        lines.forEach(r -> requireReport(r.getReport()));
        List<DocumentResult> elements = new ArrayList<>();
        PolkuDocuments.lenient().validateStream(new ByteArrayInputStream(array.toByteArray()), StreamFormat.ARRAY,
                elements::add);
        elements.forEach(r -> requireReport(r.getReport()));
    }

    private static boolean blank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    static void requireReport(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        requireNoPersonalData(report.toString());
        for (Violation v : report.getViolations()) {
            for (Locale language : LANGUAGES) {
                String message = v.getMessage(language);
                if (message == null || message.isBlank() || message.equals(v.getCode())) {
                    throw new AssertionError("no " + language + " message for " + v.getCode());
                }
                requireNoPersonalData(message);
            }
        }
    }

    static void requireNoPersonalData(String text) {
        for (String personal : PERSONAL) {
            if (text.contains(personal)) {
                throw new AssertionError("personal data in a report: " + personal);
            }
        }
    }

    /** Saves an input that broke an invariant and returns a line describing the failure. */
    static String save(byte[] input, String origin, Throwable failure) {
        try {
            Files.createDirectories(CRASHES);
            String name = "crash-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input), 0, 8)
                    + ".json";
            Files.write(CRASHES.resolve(name), input);
            return name + " (" + origin + "): " + failure;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
