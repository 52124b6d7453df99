package io.github.polku.cli;

import io.github.polku.client.Client;
import io.github.polku.client.ClientId;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.quality.QualityEvaluator;
import io.github.polku.quality.QualityFramework;
import io.github.polku.serialization.jackson.AnonymousContactBatch;
import io.github.polku.serialization.jackson.DocumentType;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code polku report}: the cohort outcome summary and the quality evaluation of the given documents.
 */
@Command(name = "report", sortOptions = false,
        description = {
            "Summarises a cohort of rehabilitation paths: paths by stage reached, closures by destination, "
                    + "change scores from first to last measurement, and the quality criteria met.",
            "Only valid documents are counted, each path once; documents with errors and repeated paths are "
                    + "reported on standard error. "
                    + "The html format is one self-contained page with charts, for coordinators."},
        exitCodeList = {
            "0:every document is valid and counted",
            "1:at least one document has an error or repeats a path or client identifier (it is left out of "
                    + "the report), or there is no valid path to report",
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
            description = "The quality framework to evaluate against: a QUALITY_FRAMEWORK JSON document "
                    + "(default: the built-in framework).")
    String framework;

    @Mixin
    ReadOptions options = new ReadOptions();

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Files with rehabilitation paths, and the CLIENT documents of their clients for the "
                    + "named-worker criterion (one document, an array, or *.ndjson); '-' for standard input.")
    List<String> files = new ArrayList<>();

    private final Environment env;
    private final DocumentChecker checker;

    ReportCommand(Environment env, DocumentChecker checker) {
        this.env = env;
        this.checker = checker;
    }

    @Override
    public Integer call() {
        Language language = Language.choose(options.lang, env);
        CliText text = CliText.of(language);
        QualityFramework qualityFramework;
        try {
            qualityFramework = Criteria.framework(framework);
        } catch (IOException e) {
            env.err().println(text.get("io.cannotRead", "file", framework, "reason", Inputs.reason(e, text)));
            return ExitStatus.USAGE;
        } catch (Criteria.NotAFrameworkException e) {
            env.err().println(text.get("io.notFramework", "file", framework, "type",
                    e.type.map(DocumentType::getCode).orElse("?")));
            return ExitStatus.USAGE;
        } catch (InvalidValueException e) {
            env.err().println(text.get("io.badFramework", "file", framework));
            for (Violation v : e.getViolations()) {
                env.err().println("  " + text.severity(v.getSeverity()) + " " + v.getPath() + " " + v.getCode() + ": "
                        + v.getMessage(language.locale()));
            }
            if (framework.toLowerCase(Locale.ROOT).endsWith(".properties")) {
                env.err().println(text.get("io.frameworkPropertiesRetired"));
            }
            return ExitStatus.USAGE;
        }
        boolean summary = format == Format.SUMMARY;
        // The evaluation date is also the date the documents are judged on.
        LocalDate on = options.on != null ? options.on : LocalDate.now(ZoneId.of("Europe/Helsinki"));
        Problems problems = new Problems(text);
        // GH-18: the named-worker criterion reads the client records; files are read for them first, so
        // that they may come in any order. Standard input is read once: there, a client record counts for
        // the paths after it.
        Map<ClientId, Client> clients = new HashMap<>();
        if (!summary) {
            for (String file : files) {
                if (!"-".equals(file)) {
                    readClients(file, clients, problems, on);
                }
            }
        }
        QualityEvaluator base = QualityEvaluator.of(qualityFramework);
        ReportTally tally = new ReportTally(language, qualityFramework, base.withClients(clients.values()), on, summary);
        boolean allRead = Inputs.checkAll(env, checker.judgedOn(on), files, false, options.lenient, text, file -> {
            boolean stdin = "-".equals(file);
            int[] clientsBefore = {clients.size()};
            return outcome -> {
                String name = outcome.name();
                if (!outcome.report().isValid()) {
                    problems.invalid(name);
                    return;
                }
                Object value = outcome.value().orElse(null);
                if (value instanceof RehabilitationPath) {
                    if (stdin && clients.size() != clientsBefore[0]) {
                        tally.evaluateWith(base.withClients(clients.values()));
                        clientsBefore[0] = clients.size();
                    }
                    if (!tally.add((RehabilitationPath) value)) {
                        problems.duplicatePath(name);
                    }
                } else if (value instanceof AnonymousContactBatch) {
                    ((AnonymousContactBatch) value).getContacts().forEach(tally::add);
                } else if (stdin && value instanceof Client && !summary) {
                    addClient((Client) value, name, clients, problems);
                }
            };
        });
        if (!allRead) {
            return ExitStatus.USAGE;
        }
        if (tally.paths() == 0) {
            // GH-18: a report over no paths would show only zeros
            env.err().println(text.get("report.noPaths"));
            return ExitStatus.INVALID;
        }
        int status = problems.count > 0 ? ExitStatus.INVALID : ExitStatus.OK;
        if (summary) {
            // GH-6: the exchange document, which a receiver reads back with PolkuDocuments
            env.out().println(PolkuDocuments.strict().write(tally.summary()));
            env.out().flush();
            return status;
        }
        Cohort cohort = tally.cohort().withEvaluation(new Cohort.Evaluation(qualityFramework.getId(),
                qualityFramework.getVersion(), qualityFramework.getName().get(language.locale()), on));
        ReportPrinter printer = new ReportPrinter(env.out(), language);
        switch (format) {
            case JSON:
                printer.json(cohort, problems.invalid);
                break;
            case HTML:
                printer.html(cohort, problems.invalid);
                break;
            default:
                printer.text(cohort, problems.invalid);
        }
        return status;
    }

    /** Reads the valid client records of a file, quietly: the second reading reports its problems. */
    private void readClients(String file, Map<ClientId, Client> clients, Problems problems, LocalDate on) {
        try {
            Inputs.check(env, checker.judgedOn(on), file, false, options.lenient, outcome -> {
                if (outcome.report().isValid() && outcome.value().orElse(null) instanceof Client) {
                    addClient((Client) outcome.value().get(), outcome.name(), clients, problems);
                }
            });
        } catch (IOException e) {
            // reported when the file is read for its paths
        }
    }

    private static void addClient(Client client, String name, Map<ClientId, Client> clients, Problems problems) {
        if (clients.putIfAbsent(client.getClientId(), client) != null) {
            problems.duplicateClient(name);
        }
    }

    /** The documents left out of the report, each told on standard error as it is found. */
    private final class Problems {
        private final CliText text;
        long invalid;
        long count;

        Problems(CliText text) {
            this.text = text;
        }

        void invalid(String name) {
            invalid++;
            count++;
            env.err().println(name + ": " + text.get("status.invalid"));
        }

        void duplicatePath(String name) {
            count++;
            env.err().println(name + ": " + text.get("report.duplicatePath"));
        }

        void duplicateClient(String name) {
            count++;
            env.err().println(name + ": " + text.get("report.duplicateClient"));
        }
    }
}
