package io.github.polku.examples;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * Validating a document exchanged between organisations (fi: tiedonsiirto, sv: datautbyte).
 * <p>
 * <b>What this shows.</b> A service-voucher provider sends the city the rehabilitation path of a
 * client as JSON ({@code examples/data/path-from-provider.json}). The city reads it strictly and
 * gets every problem at once, each with a JSON Pointer into the document and a message in Finnish,
 * Swedish and English, so that it can answer the sender in the sender's language. The provider
 * fixes the document ({@code path-from-provider-fixed.json}) and the city reads it again.
 * <p>
 * <b>Things to notice.</b>
 * <ul>
 *   <li>Problems of structure (a property that is not in the format) and of the rules (dates out of
 *       order, a plan without the client's view, a voucher without its assessment) come in one report.</li>
 *   <li>The pointer is the place in the submitted JSON, for example
 *       {@code /services/0/funding/voucher/assessmentReference}.</li>
 *   <li>The sender put the client's name in the document; the report never repeats a value, so the
 *       name does not travel on in the report.</li>
 *   <li>Lenient reading turns unknown properties into warnings, for senders using a newer format.</li>
 * </ul>
 */
public final class Example02ValidateExchangedDocument {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"),
            Locale.ENGLISH);

    private Example02ValidateExchangedDocument() {
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --lang fi|sv|en}: the language of the lessons and messages (default: the locale)
     * @throws IOException if a data file cannot be read
     */
    public static void main(String[] args) throws IOException {
        ExampleData.quietLogs();
        Lessons lessons = Lessons.of(2, args);
        // 1. Read the document as received, strictly: every problem at once, nothing thrown.
        lessons.step(1);
        byte[] received = Files.readAllBytes(ExampleData.file("path-from-provider.json"));
        DocumentResult result = PolkuDocuments.strict().readAndValidate(received);
        ValidationReport report = result.getReport();
        System.out.println("Received: type " + result.getType().orElseThrow() + ", valid " + result.isValid() + ", "
                + report.getViolations().size() + " problems");

        // 2. Print each problem with its JSON Pointer, in Finnish, Swedish and English.
        lessons.step(2);
        for (Violation violation : report.getViolations()) {
            System.out.println(violation.getSeverity() + " " + violation.getPath() + " " + violation.getCode());
            for (Locale language : LANGUAGES) {
                System.out.println("    " + language.getLanguage() + ": " + violation.getMessage(language));
            }
        }

        // 3. Read leniently: the unknown property becomes a warning, the rule errors stay errors.
        lessons.step(3);
        ValidationReport lenient = PolkuDocuments.lenient().validate(received);
        System.out.println("Lenient:  " + lenient.getViolations(Severity.WARNING).size() + " warning, "
                + lenient.getViolations(Severity.ERROR).size() + " errors");

        // 4. The provider fixes the document; read it again and use the path.
        lessons.step(4);
        byte[] fixed = Files.readAllBytes(ExampleData.file("path-from-provider-fixed.json"));
        DocumentResult again = PolkuDocuments.strict().readAndValidate(fixed);
        RehabilitationPath path = again.getValue(RehabilitationPath.class).orElseThrow();
        System.out.println("Fixed:    valid " + again.isValid() + ", " + again.getReport().getViolations().size()
                + " problems; path " + path.getId().getValue() + " in stage " + path.getStage() + " with "
                + path.getServices().size() + " service, attendance rate "
                + path.getServices().get(0).attendanceRate().orElseThrow());
        lessons.notices();
    }
}
