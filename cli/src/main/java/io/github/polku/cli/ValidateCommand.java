package io.github.polku.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code polku validate}: reads documents, checks the structure and every rule, prints the problems.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Validates Polku exchange documents and reports every problem with its JSON Pointer, code "
                    + "and message.",
            "A FILE holds one document or a JSON array of documents; *.ndjson files hold one document "
                    + "per line. Arrays and NDJSON are read as a stream, one document at a time. "
                    + "'-' reads standard input."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every document is valid (warnings allowed)",
            "1:at least one document has an error",
            "2:usage or I/O problem (unknown option, missing or unreadable file)",
            "3:internal error"})
final class ValidateCommand implements Callable<Integer> {

    /** Output formats of {@code --format}. */
    enum Format { TEXT, JSON }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text for people (default), json for programs: one object per "
                    + "document and line.")
    Format format;

    @Option(names = "--lenient",
            description = "Accept unknown properties with a warning instead of an error (for newer senders).")
    boolean lenient;

    @Option(names = "--lang", paramLabel = "fi|sv|en",
            description = "Language of the messages. Default: the environment's locale if it is Finnish "
                    + "or Swedish, else English.")
    Language lang;

    @Option(names = "--ndjson",
            description = "Read standard input ('-') as NDJSON: one document per line.")
    boolean ndjsonStdin;

    @Option(names = {"-q", "--quiet"},
            description = "No progress count on standard error.")
    boolean quiet;

    @Option(names = "--progress",
            description = "Show the progress count on standard error even when it is not a terminal.")
    boolean progress;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Files to validate; '-' for standard input.")
    List<String> files = new ArrayList<>();

    private final Environment env;
    private final DocumentChecker checker;

    ValidateCommand(Environment env, DocumentChecker checker) {
        this.env = env;
        this.checker = checker;
    }

    @Override
    public Integer call() {
        Language language = Language.choose(lang, env.locale());
        CliText text = CliText.of(language);
        Printer printer = format == Format.JSON ? new JsonPrinter(env.out(), language)
                : new TextPrinter(env.out(), language);
        Totals totals = new Totals();
        Progress meter = new Progress(env.err(), text, !quiet && (progress || env.stderrTerminal()));
        boolean ioProblem = false;
        for (String file : files) {
            try {
                checkOne(file, outcome -> {
                    totals.add(outcome);
                    printer.print(outcome);
                    meter.tick();
                });
            } catch (IOException e) {
                env.out().flush();
                env.err().println(text.get("io.cannotRead", "file", file, "reason", reason(e, text)));
                ioProblem = true;
            }
        }
        printer.finish(totals);
        if (ioProblem) {
            return ExitStatus.USAGE;
        }
        return totals.invalid() > 0 ? ExitStatus.INVALID : ExitStatus.OK;
    }

    /** A directory was named where a file was expected. */
    private static final class DirectoryException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private void checkOne(String file, Consumer<Outcome> sink) throws IOException {
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

    /** A short, fixed reason: exception messages may quote the input, so they are never shown. */
    private static String reason(IOException e, CliText text) {
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
