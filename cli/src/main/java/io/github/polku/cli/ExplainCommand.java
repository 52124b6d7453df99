package io.github.polku.cli;

import io.github.polku.serialization.jackson.OperationOutcome;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * GH-18: {@code polku explain CODE}: what a violation code means (its text in Finnish, Swedish and
 * English), its severity, its FHIR issue type, the legal or practice source where recorded, and a
 * minimal document that triggers it where one is recorded (the bundle
 * {@code io/github/polku/cli/explain.properties}; a test checks that every example triggers its code).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {
            "Explains a violation code: its meaning in Finnish, Swedish and English, its severity, its legal or "
                    + "practice source, and a minimal document that triggers it.",
            "The codes are listed in docs/VIOLATION-CODES.md."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "2:unknown code or usage problem", "3:internal error"})
final class ExplainCommand implements Callable<Integer> {

    private static final Locale FI = Locale.forLanguageTag("fi");
    private static final Locale SV = Locale.forLanguageTag("sv");

    @Parameters(paramLabel = "CODE", description = "The violation code, such as polku.json.required.")
    String code;

    private final Environment env;

    ExplainCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Properties explain = CodesCommand.labels("explain.properties");
        String severity = explain.getProperty(code + ".severity");
        if (severity == null) {
            env.err().println("polku: unknown violation code; the codes are listed in docs/VIOLATION-CODES.md");
            return ExitStatus.USAGE;
        }
        CliText text = CliText.of(Language.choose(null, env));
        env.out().println(code);
        env.out().println("  " + text.get("explain.severity") + ": " + severity);
        env.out().println("  fi: " + SarifPrinter.template(code, FI));
        env.out().println("  sv: " + SarifPrinter.template(code, SV));
        env.out().println("  en: " + SarifPrinter.template(code, Locale.ENGLISH));
        if (!"finding".equals(severity)) {
            env.out().println("  " + text.get("explain.fhir") + ": " + OperationOutcome.issueType(code));
        }
        env.out().println("  " + text.get("explain.source") + ": "
                + explain.getProperty(code + ".source", text.get("explain.noSource")));
        String example = explain.getProperty(code + ".example");
        if (example == null) {
            env.out().println("  " + text.get("explain.example") + ": " + text.get("explain.noExample"));
        } else {
            env.out().println("  " + text.get("explain.example") + ":");
            env.out().println("    " + (example.isEmpty() ? text.get("explain.emptyFile") : example));
        }
        env.out().flush();
        return ExitStatus.OK;
    }

    /** The example of a code, if one is recorded; an empty example stands for an empty file. */
    static String example(String code) {
        return CodesCommand.labels("explain.properties").getProperty(code + ".example");
    }
}
