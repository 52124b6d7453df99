package io.github.polku.cli;

import io.github.polku.path.RehabilitationPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code polku report}: the cohort outcome summary and the quality evaluation of the given documents.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Summarises a cohort of rehabilitation paths: paths by stage reached, closures by destination, "
                    + "change scores from first to last measurement, and the quality criteria met.",
            "Only valid documents are counted; documents with errors are reported on standard error. "
                    + "The html format is one self-contained page with charts, for coordinators."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every document is valid",
            "1:at least one document has an error (it is left out of the report)",
            "2:usage or I/O problem",
            "3:internal error"})
final class ReportCommand implements Callable<Integer> {

    /** Output formats of {@code --format}. */
    enum Format { TEXT, JSON, HTML }

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "Output format: text (default), json, or html (one self-contained page).")
    Format format;

    @Option(names = "--framework", paramLabel = "FILE",
            description = "The quality framework to evaluate against (default: the built-in framework).")
    String framework;

    @Option(names = "--lenient",
            description = "Accept unknown properties with a warning instead of an error.")
    boolean lenient;

    @Option(names = "--lang", paramLabel = "fi|sv|en",
            description = "Language of the report. Default: the environment's locale if it is Finnish or "
                    + "Swedish, else English.")
    Language lang;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Files with rehabilitation paths (one document, an array, or *.ndjson); '-' for "
                    + "standard input.")
    List<String> files = new ArrayList<>();

    private final Environment env;
    private final DocumentChecker checker;

    ReportCommand(Environment env, DocumentChecker checker) {
        this.env = env;
        this.checker = checker;
    }

    @Override
    public Integer call() {
        Language language = Language.choose(lang, env.locale());
        CliText text = CliText.of(language);
        List<RehabilitationPath> paths = new ArrayList<>();
        long[] invalid = new long[1];
        boolean ioProblem = false;
        for (String file : files) {
            try {
                Inputs.check(env, checker, file, false, lenient, outcome -> {
                    if (!outcome.report().isValid()) {
                        invalid[0]++;
                        String name = outcome.streamed() ? file + " [" + outcome.index() + "]" : file;
                        env.err().println(name + ": " + text.get("status.invalid"));
                        return;
                    }
                    outcome.value().filter(RehabilitationPath.class::isInstance)
                            .map(RehabilitationPath.class::cast).ifPresent(paths::add);
                });
            } catch (IOException e) {
                env.err().println(text.get("io.cannotRead", "file", file, "reason", Inputs.reason(e, text)));
                ioProblem = true;
            }
        }
        if (ioProblem) {
            return ExitStatus.USAGE;
        }
        Cohort cohort = Cohort.of(paths, Cohort.noCriteria(), language.locale());
        ReportPrinter printer = new ReportPrinter(env.out(), language);
        switch (format) {
            case JSON:
                printer.json(cohort, invalid[0]);
                break;
            case HTML:
                printer.html(cohort, invalid[0]);
                break;
            default:
                printer.text(cohort, invalid[0]);
        }
        return invalid[0] > 0 ? ExitStatus.INVALID : ExitStatus.OK;
    }
}
