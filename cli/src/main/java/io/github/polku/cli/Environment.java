package io.github.polku.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * What the command reads from and writes to: standard streams, the environment's locale and whether
 * standard error is a terminal. Tests run the command in-process with their own environment.
 */
final class Environment {

    /** System property set by the launcher script when standard error is a terminal. */
    static final String STDERR_IS_TERMINAL = "polku.stderrIsTerminal";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final boolean stderrTerminal;

    Environment(InputStream in, PrintStream out, PrintStream err, Locale locale, boolean stderrTerminal) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.stderrTerminal = stderrTerminal;
    }

    static Environment system() {
        String hint = System.getProperty(STDERR_IS_TERMINAL);
        // Java 17 cannot ask whether stderr alone is a terminal: the launcher script tells us
        // ([ -t 2 ]); without it, an interactive console is the best guess.
        boolean terminal = hint != null ? Boolean.parseBoolean(hint) : System.console() != null;
        return new Environment(System.in,
                new PrintStream(System.out, false, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8),
                Locale.getDefault(), terminal);
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Locale locale() {
        return locale;
    }

    boolean stderrTerminal() {
        return stderrTerminal;
    }
}
