package io.github.polku.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Opens the files named on the command line: {@code -} is standard input, {@code *.ndjson} is
 * newline-delimited JSON, anything else one document or a top-level array.
 */
final class Inputs {

    private Inputs() {
    }

    /** A directory was named where a file was expected. */
    private static final class DirectoryException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    static void check(Environment env, DocumentChecker checker, String file, boolean ndjsonStdin, boolean lenient,
            Consumer<Outcome> sink) throws IOException {
        if ("-".equals(file)) {
            checker.check(file, env.in(), ndjsonStdin, lenient, sink);
            return;
        }
        Path path = Paths.get(file);
        if (Files.isDirectory(path)) {
            throw new DirectoryException();
        }
        boolean ndjson = file.toLowerCase(Locale.ROOT).endsWith(".ndjson");
        try (InputStream in = Files.newInputStream(path)) {
            checker.check(file, in, ndjson, lenient, sink);
        }
    }

    /**
     * Checks the documents of every file in turn, giving each outcome to the sink the file gets. A
     * file that cannot be read is told on standard error and the other files are still read.
     *
     * @param sinks  the consumer of the outcomes of each file, by file name
     * @return true if every file could be read
     */
    static boolean checkAll(Environment env, DocumentChecker checker, List<String> files, boolean ndjsonStdin,
            boolean lenient, CliText text, Function<String, Consumer<Outcome>> sinks) {
        boolean allRead = true;
        for (String file : files) {
            try {
                check(env, checker, file, ndjsonStdin, lenient, sinks.apply(file));
            } catch (IOException e) {
                env.out().flush();
                env.err().println(text.get("io.cannotRead", "file", file, "reason", reason(e, text)));
                allRead = false;
            }
        }
        return allRead;
    }

    /** A short, fixed reason: exception messages may quote the input, so they are never shown. */
    static String reason(IOException e, CliText text) {
        if (e instanceof NoSuchFileException) {
            return text.get("io.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return text.get("io.accessDenied");
        }
        if (e instanceof DirectoryException) {
            return text.get("io.directory");
        }
        return text.get("io.error");
    }
}
