package io.github.polku.cli;

import io.github.polku.contact.AnonymousContact;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.quality.CohortSummary;
import io.github.polku.quality.QualityFramework;
import io.github.polku.serialization.jackson.AnonymousContactBatch;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
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
    enum Format { TEXT, JSON, HTML, SUMMARY }

    @Option(names = "--format", paramLabel = "text|json|html|summary", defaultValue = "text",
            description = "Output format: text (default), json, html (one self-contained page), or summary (the "
                    + "COHORT_SUMMARY exchange document, anonymous contacts included).")
    Format format;

    @Option(names = "--framework", paramLabel = "FILE",
            description = "The quality framework to evaluate against (default: the built-in framework).")
    String framework;

    @Option(names = "--on", paramLabel = "DATE",
            description = "The date of the quality evaluation, YYYY-MM-DD, on which the documents are also judged "
                    + "(default: today in Finland).")
    LocalDate evaluatedOn;

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
        Language language = Language.choose(lang, env);
        CliText text = CliText.of(language);
        QualityFramework qualityFramework;
        try {
            qualityFramework = Criteria.framework(framework);
        } catch (IOException e) {
            env.err().println(text.get("io.cannotRead", "file", framework, "reason", Inputs.reason(e, text)));
            return ExitStatus.USAGE;
        } catch (InvalidValueException e) {
            env.err().println(text.get("io.badFramework", "file", framework));
            for (Violation v : e.getViolations()) {
                env.err().println("  " + text.severity(v.getSeverity()) + " " + v.getPath() + " " + v.getCode() + ": "
                        + v.getMessage(language.locale()));
            }
            return ExitStatus.USAGE;
        }
        // The evaluation date is also the date the documents are judged on.
        LocalDate on = evaluatedOn != null ? evaluatedOn : LocalDate.now(ZoneId.of("Europe/Helsinki"));
        List<RehabilitationPath> paths = new ArrayList<>();
        List<AnonymousContact> contacts = new ArrayList<>();
        long[] invalid = new long[1];
        boolean ioProblem = false;
        for (String file : files) {
            try {
                Inputs.check(env, checker.judgedOn(on), file, false, lenient, outcome -> {
                    if (!outcome.report().isValid()) {
                        invalid[0]++;
                        String name = outcome.streamed() ? file + " [" + outcome.index() + "]" : file;
                        env.err().println(name + ": " + text.get("status.invalid"));
                        return;
                    }
                    outcome.value().filter(RehabilitationPath.class::isInstance)
                            .map(RehabilitationPath.class::cast).ifPresent(paths::add);
                    outcome.value().filter(AnonymousContactBatch.class::isInstance)
                            .map(AnonymousContactBatch.class::cast).ifPresent(b -> contacts.addAll(b.getContacts()));
                });
            } catch (IOException e) {
                env.err().println(text.get("io.cannotRead", "file", file, "reason", Inputs.reason(e, text)));
                ioProblem = true;
            }
        }
        if (ioProblem) {
            return ExitStatus.USAGE;
        }
        if (format == Format.SUMMARY) {
            // GH-6: the exchange document, which a receiver reads back with PolkuDocuments
            env.out().println(PolkuDocuments.strict().write(
                    CohortSummary.of(paths, contacts, OutcomeClassification.standard())));
            env.out().flush();
            return invalid[0] > 0 ? ExitStatus.INVALID : ExitStatus.OK;
        }
        Cohort cohort = Cohort.of(paths, Criteria.evaluate(qualityFramework, paths, on, language.locale()), language)
                .withEvaluation(new Cohort.Evaluation(qualityFramework.getId(), qualityFramework.getVersion(),
                        qualityFramework.getName().get(language.locale()), on));
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
