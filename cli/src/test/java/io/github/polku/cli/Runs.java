package io.github.polku.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Runs the command in-process with captured streams. */
final class Runs {

    final int status;
    final String out;
    final String err;

    private Runs(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    /** A result made by a test that ran the command with its own streams. */
    static Runs of(int status, String out, String err) {
        return new Runs(status, out, err);
    }

    static Runs run(DocumentChecker checker, Locale locale, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment env = new Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                locale, false);
        int status = Polku.execute(env, checker, args);
        return new Runs(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
