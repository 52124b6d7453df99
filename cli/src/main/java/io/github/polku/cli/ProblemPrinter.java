package io.github.polku.cli;

import io.github.polku.serialization.jackson.PolkuJson;
import io.github.polku.serialization.jackson.ProblemDetails;
import java.io.PrintStream;

/**
 * GH-18: {@code polku validate --format problem}: one RFC 9457 problem-details object per document and
 * line (NDJSON), exactly as {@link ProblemDetails} writes it, with the extension members {@code file},
 * {@code index} and, for NDJSON, {@code line} naming the document.
 */
final class ProblemPrinter extends LinePrinter {

    ProblemPrinter(PrintStream out) {
        super(out);
    }

    @Override
    String line(Outcome outcome) {
        String problem = ProblemDetails.write(outcome.report());
        // ProblemDetails writes one object: the members naming the document go first, inside it.
        return "{" + naming(outcome) + "," + problem.substring(1);
    }

    /** The members {@code "file":..,"index":..[,"line":..]} of a document, JSON-escaped. */
    static String naming(Outcome outcome) {
        return "\"file\":" + PolkuJson.mapper().writeValueAsString(outcome.source()) + ",\"index\":" + outcome.index()
                + (outcome.line() > 0 ? ",\"line\":" + outcome.line() : "");
    }
}
