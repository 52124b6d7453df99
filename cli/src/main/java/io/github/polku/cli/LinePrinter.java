package io.github.polku.cli;

import java.io.PrintStream;

/**
 * A printer of one line per document (NDJSON) and nothing at the end: the {@code json},
 * {@code problem} and {@code outcome} formats of {@code polku validate}, which differ only in what a
 * document's line holds.
 */
abstract class LinePrinter implements Printer {

    private final PrintStream out;

    LinePrinter(PrintStream out) {
        this.out = out;
    }

    /** The line of one document, without the line break. */
    abstract String line(Outcome outcome);

    @Override
    public final void print(Outcome outcome) {
        out.println(line(outcome));
    }

    @Override
    public final void finish(Totals totals) {
        out.flush();
    }
}
