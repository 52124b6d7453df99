package io.github.polku.cli;

import io.github.polku.validation.Violation;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The human-readable output of {@code polku validate}: per document a status line, then one line per
 * violation ({@code severity pointer code: message}), then the totals.
 */
final class TextPrinter implements Printer {

    /** How the pointer of the document itself ({@code ""} in JSON Pointer) is shown. */
    static final String ROOT = "(root)";

    private final PrintStream out;
    private final CliText text;
    private final Locale locale;

    TextPrinter(PrintStream out, Language language) {
        this.out = out;
        this.text = CliText.of(language);
        this.locale = language.locale();
    }

    @Override
    public void print(Outcome outcome) {
        String name = outcome.name();
        if (outcome.line() > 0) {
            // GH-18: an NDJSON document is also named by its line in the file
            name += " " + text.get("document.line", "line", outcome.line());
        }
        out.println(name + ": " + text.get(outcome.report().isValid() ? "status.valid" : "status.invalid"));
        for (Violation v : outcome.report().getViolations()) {
            String pointer = v.getPath().isEmpty() ? ROOT : v.getPath();
            out.println("  " + text.severity(v.getSeverity()) + " " + pointer + " " + v.getCode() + ": "
                    + v.getMessage(locale));
        }
    }

    @Override
    public void finish(Totals totals) {
        out.println(text.get("totals",
                "documents", totals.documents(), "valid", totals.valid(), "invalid", totals.invalid(),
                "errors", totals.errors(), "warnings", totals.warnings(), "infos", totals.infos()));
        out.flush();
    }
}
