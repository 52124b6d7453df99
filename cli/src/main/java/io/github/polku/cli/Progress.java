package io.github.polku.cli;

import java.io.PrintStream;

/**
 * Reports progress of a long run on standard error: a count every {@link #EVERY} documents. Off when
 * standard error is not a terminal or with {@code --quiet}, so that logs and pipes stay clean.
 */
final class Progress {

    /** How many documents pass between two progress lines. */
    static final int EVERY = 1000;

    private final PrintStream err;
    private final CliText text;
    private final boolean on;
    private long count;
    private boolean shown;

    Progress(PrintStream err, CliText text, boolean on) {
        this.err = err;
        this.text = text;
        this.on = on;
    }

    void tick() {
        count++;
        if (on && count % EVERY == 0) {
            err.println(text.get("progress", "count", count));
            shown = true;
        }
    }

    boolean shown() {
        return shown;
    }
}
