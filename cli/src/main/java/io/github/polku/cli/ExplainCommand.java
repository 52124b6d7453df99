package io.github.polku.cli;

import io.github.polku.serialization.jackson.OperationOutcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * GH-18: {@code polku explain CODE}: what a violation code means (its text in Finnish, Swedish and
 * English), its severity, its FHIR issue type, the legal or practice source where recorded, and a
 * minimal document that triggers it (the bundle {@code io/github/polku/cli/explain.properties}; a test
 * checks that every example triggers its code), or, for a code that no document given to
 * {@code polku validate} can trigger, a sentence saying why.
 * The severities are those of the table in docs/VIOLATION-CODES.md, which the build packs into the jar.
 */
@Command(name = "explain",
        description = {
            "Explains a violation code: its meaning in Finnish, Swedish and English, its severity, its legal or "
                    + "practice source, and a minimal document that triggers it.",
            "The codes are listed in docs/VIOLATION-CODES.md."},
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
        String severity = severities().get(code);
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
        // a finding is no violation; other codes without an example say why no document triggers them
        String why = "finding".equals(severity) ? "finding" : explain.getProperty(code + ".noExample");
        if (example == null) {
            env.out().println("  " + text.get("explain.example") + ": "
                    + text.get(why == null ? "explain.noExample" : "explain.noExample." + why));
        } else {
            env.out().println("  " + text.get("explain.example") + ":");
            env.out().println("    " + (example.isEmpty() ? text.get("explain.emptyFile") : example));
        }
        env.out().flush();
        return ExitStatus.OK;
    }

    /** A row of the table of docs/VIOLATION-CODES.md: code, severity, English text. */
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (ERROR|WARNING|INFO|varies|finding) \\| .* \\|$");

    /**
     * Every documented code with its severity, from docs/VIOLATION-CODES.md as packed into the jar (a test
     * of polku-core keeps that table equal to the message bundles).
     */
    static Map<String, String> severities() {
        Map<String, String> severities = new LinkedHashMap<>();
        try (InputStream in = ExplainCommand.class.getResourceAsStream("VIOLATION-CODES.md")) {
            if (in == null) {
                throw new IllegalStateException("missing resource VIOLATION-CODES.md");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    severities.put(m.group(1), m.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return severities;
    }
}
