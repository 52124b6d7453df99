package io.github.polku.cli;

import io.github.polku.serialization.jackson.OperationOutcome;
import io.github.polku.serialization.jackson.PolkuJson;
import java.io.PrintStream;

/**
 * GH-18: {@code polku validate --format outcome}: one HL7 FHIR R4 {@code OperationOutcome} resource per
 * document and line (NDJSON, as FHIR bulk data is written), exactly as {@link OperationOutcome} writes it,
 * plus FHIR extensions naming the document: {@value #FILE} ({@code valueString}), {@value #INDEX} and,
 * for NDJSON, {@value #LINE} ({@code valueInteger}).
 */
final class OutcomePrinter extends LinePrinter {

    /** The extension URL of the file a document was read from. */
    static final String FILE = "https://polku.github.io/fhir/StructureDefinition/source-file";
    /** The extension URL of the zero-based position of a document in its file. */
    static final String INDEX = "https://polku.github.io/fhir/StructureDefinition/source-index";
    /** The extension URL of the one-based line of an NDJSON document in its file. */
    static final String LINE = "https://polku.github.io/fhir/StructureDefinition/source-line";

    private static final String START = "{\"resourceType\":\"OperationOutcome\",";

    OutcomePrinter(PrintStream out) {
        super(out);
    }

    @Override
    String line(Outcome outcome) {
        String resource = OperationOutcome.write(outcome.report());
        if (!resource.startsWith(START)) {
            throw new IllegalStateException("unexpected OperationOutcome layout");
        }
        StringBuilder extension = new StringBuilder("\"extension\":[");
        extension.append("{\"url\":\"").append(FILE).append("\",\"valueString\":")
                .append(PolkuJson.mapper().writeValueAsString(outcome.source())).append('}');
        if (outcome.index() <= Integer.MAX_VALUE) {
            extension.append(",{\"url\":\"").append(INDEX).append("\",\"valueInteger\":").append(outcome.index()).append('}');
        }
        if (outcome.line() > 0 && outcome.line() <= Integer.MAX_VALUE) {
            extension.append(",{\"url\":\"").append(LINE).append("\",\"valueInteger\":").append(outcome.line()).append('}');
        }
        extension.append("],");
        // DomainResource order: resourceType, extension, then the issues
        return START + extension + resource.substring(START.length());
    }
}
