package io.github.polku.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
    private final Map<String, String> variables;

    Environment(InputStream in, PrintStream out, PrintStream err, Locale locale, boolean stderrTerminal) {
        this(in, out, err, locale, stderrTerminal, Map.of());
    }

    /** GH-18: {@code variables} are the process environment, of which the locale variables are read. */
    Environment(InputStream in, PrintStream out, PrintStream err, Locale locale, boolean stderrTerminal,
            Map<String, String> variables) {
        this.variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
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
                Locale.getDefault(), terminal, localeVariables());
    }

    /** The locale variables of the process environment: {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}. */
    private static Map<String, String> localeVariables() {
        Map<String, String> found = new HashMap<>();
        for (String name : Language.VARIABLES) {
            String value = System.getenv(name);
            if (value != null) {
                found.put(name, value);
            }
        }
        return found;
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

    /** The value of an environment variable the command reads, if set. */
    Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    boolean stderrTerminal() {
        return stderrTerminal;
    }
}
