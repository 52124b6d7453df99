package io.github.polku.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code polku validate}: reads documents, checks the structure and every rule, prints the problems.
 */
@Command(name = "validate", sortOptions = false,
        description = {
            "Validates Polku exchange documents and reports every problem with its JSON Pointer, code "
                    + "and message.",
            "A FILE holds one document or a JSON array of documents; *.ndjson files hold one document "
                    + "per line. Arrays and NDJSON are read as a stream, one document at a time. "
                    + "'-' reads standard input."},
        exitCodeList = {
            "0:every document is valid (warnings allowed)",
            "1:at least one document has an error",
            "2:usage or I/O problem (unknown option, missing or unreadable file)",
            "3:internal error"})
final class ValidateCommand implements Callable<Integer> {

    /** Output formats of {@code --format}. */
    enum Format { TEXT, JSON, PROBLEM, OUTCOME, SARIF, JUNIT }

    @Option(names = "--format", paramLabel = "text|json|problem|outcome|sarif|junit", defaultValue = "text",
            description = "Output format: text for people (default); json for programs: one object per "
                    + "document and line; problem: RFC 9457 problem details per document and line; outcome: a "
                    + "FHIR R4 OperationOutcome per document and line; sarif: one SARIF 2.1.0 log (code "
                    + "scanning); junit: JUnit XML, a test case per document (CI dashboards).")
    Format format;

    @Mixin
    ReadOptions options = new ReadOptions();

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

    /** How often a long run checks that standard output is still open. */
    private static final int OUTPUT_CHECK_EVERY = 256;

    /** Standard output was closed by its reader. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputClosed() {
            super(null, null, false, false);
        }
    }

    private final Environment env;
    private final DocumentChecker checker;

    ValidateCommand(Environment env, DocumentChecker checker) {
        this.env = env;
        this.checker = checker;
    }

    private Printer printer(Language language) {
        switch (format) {
            case JSON:
                return new JsonPrinter(env.out(), language);
            case PROBLEM:
                return new ProblemPrinter(env.out());
            case OUTCOME:
                return new OutcomePrinter(env.out());
            case SARIF:
                return new SarifPrinter(env.out(), language);
            case JUNIT:
                return new JunitPrinter(env.out(), language);
            default:
                return new TextPrinter(env.out(), language);
        }
    }

    @Override
    public Integer call() {
        Language language = Language.choose(options.lang, env);
        CliText text = CliText.of(language);
        Printer printer = printer(language);
        Totals totals = new Totals();
        Progress meter = new Progress(env.err(), text, !quiet && (progress || env.stderrTerminal()));
        DocumentChecker judging = options.on == null ? checker : checker.judgedOn(options.on);
        boolean allRead;
        try {
            allRead = Inputs.checkAll(env, judging, files, ndjsonStdin, options.lenient, text, file -> outcome -> {
                totals.add(outcome);
                printer.print(outcome);
                meter.tick();
                if (totals.documents() % OUTPUT_CHECK_EVERY == 0 && env.out().checkError()) {
                    throw new OutputClosed();
                }
            });
        } catch (OutputClosed e) {
            // The reader of our output went away (for example "| head"): stop, without a message.
            return ExitStatus.USAGE;
        }
        printer.finish(totals);
        if (!allRead) {
            return ExitStatus.USAGE;
        }
        return totals.invalid() > 0 ? ExitStatus.INVALID : ExitStatus.OK;
    }
}
