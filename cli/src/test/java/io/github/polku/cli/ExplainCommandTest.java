package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GH-18: {@code polku explain CODE}: severities as documented, and every example triggers its code. */
class ExplainCommandTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (ERROR|WARNING|INFO|varies|finding) \\| .* \\|$");

    static Map<String, String> documented() throws IOException {
        Map<String, String> severities = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Paths.get("../docs/VIOLATION-CODES.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                severities.put(m.group(1), m.group(2));
            }
        }
        return severities;
    }

    @Test
    void knowsEveryDocumentedCodeWithItsSeverity() throws IOException {
        assertThat(documented()).hasSizeGreaterThan(200);
        assertThat(ExplainCommand.severities()).containsExactlyEntriesOf(documented());
    }

    /**
     * The codes that no document given to {@code polku validate} can trigger, each with the reason (the key of
     * the sentence explain prints instead of an example). Quality findings (severity {@code finding}) are not
     * violations and are left out by their severity.
     */
    static final Map<String, String> NO_EXAMPLE = Map.ofEntries(
            // Jakarta built-in constraints documented for applications; no Polku type carries them
            Map.entry("jakarta.validation.constraints.Max", "unused"),
            Map.entry("jakarta.validation.constraints.Min", "unused"),
            Map.entry("jakarta.validation.constraints.NotEmpty", "unused"),
            Map.entry("jakarta.validation.constraints.NotNull", "unused"),
            Map.entry("jakarta.validation.constraints.Positive", "unused"),
            // thrown by factories of values the format does not carry (an Arnstein rung is a name in JSON,
            // a period is an object, goal attainment scales, stage tables and ICF chapter codes are Java only)
            Map.entry("polku.codevelopment.rung.range", "api"),
            Map.entry("polku.dateRange.format", "api"),
            Map.entry("polku.measurement.gas.level.missing", "api"),
            Map.entry("polku.measurement.gas.level.range", "api"),
            Map.entry("polku.measurement.gas.weight.notPositive", "api"),
            Map.entry("polku.measurement.icfChapter.unknown", "api"),
            Map.entry("polku.measurement.instrument.mismatch", "api"),
            Map.entry("polku.measurement.stages.names", "api"),
            Map.entry("polku.measurement.stages.order", "api"),
            // IllegalTransitionException: moving a path or a goal on through the API
            Map.entry("polku.path.goal.status.datedBefore", "transition"),
            Map.entry("polku.path.transition.alreadyPaused", "transition"),
            Map.entry("polku.path.transition.assessmentMissing", "transition"),
            Map.entry("polku.path.transition.closed", "transition"),
            Map.entry("polku.path.transition.datedBefore", "transition"),
            Map.entry("polku.path.transition.notPaused", "transition"),
            Map.entry("polku.path.transition.pauseOverlap", "transition"),
            Map.entry("polku.path.transition.paused", "transition"),
            Map.entry("polku.path.transition.planMissing", "transition"),
            // reading a FHIR bundle (polku convert --from fhir)
            Map.entry("polku.fhir.reference.unresolved", "fhir"),
            Map.entry("polku.fhir.resource.duplicate", "fhir"),
            Map.entry("polku.fhir.resource.missing", "fhir"),
            // only where a caller expects one type; validate takes any type
            Map.entry("polku.json.documentType.unexpected", "expectedType"),
            // the document must pass 16 MiB, a 65,536-character string or 1,000 violations
            Map.entry("polku.json.limit.documentSize", "tooLarge"),
            Map.entry("polku.json.limit.stringLength", "tooLarge"),
            Map.entry("polku.json.limit.violations", "tooLarge"));

    /**
     * Codes that never come alone, with the one code their example may bring along: a process is tokenistic
     * only when each of its client-side roles is, and each such role gets its own warning.
     */
    static final Map<String, String> COMPANION = Map.of(
            "polku.codevelopment.process.tokenism", "polku.codevelopment.role.tokenism.notHeard");

    @Test
    void recordsSourcesExamplesAndReasonsOfDocumentedCodesOnly() throws IOException {
        Properties explain = CodesCommand.labels("explain.properties");
        for (String key : explain.stringPropertyNames()) {
            assertThat(key).matches(".*\\.(source|example|noExample)$");
            assertThat(documented()).containsKey(key.substring(0, key.lastIndexOf('.')));
        }
    }

    @Test
    void everyCodeThatADocumentCanTriggerHasASourceAndAnExample() throws IOException {
        Properties explain = CodesCommand.labels("explain.properties");
        List<String> withoutExample = new ArrayList<>();
        List<String> withoutSource = new ArrayList<>();
        for (Map.Entry<String, String> code : documented().entrySet()) {
            if ("finding".equals(code.getValue())) {
                continue;
            }
            if (!NO_EXAMPLE.containsKey(code.getKey()) && explain.getProperty(code.getKey() + ".example") == null) {
                withoutExample.add(code.getKey());
            }
            if (explain.getProperty(code.getKey() + ".source") == null) {
                withoutSource.add(code.getKey());
            }
        }
        assertThat(withoutExample).as("codes without an example in explain.properties").isEmpty();
        assertThat(withoutSource).as("codes without a source in explain.properties").isEmpty();
    }

    @Test
    void codesWithoutAnExampleAreExactlyTheListedOnesWithTheirReasons() throws IOException {
        Properties explain = CodesCommand.labels("explain.properties");
        Map<String, String> recorded = new TreeMap<>();
        for (String key : explain.stringPropertyNames()) {
            if (key.endsWith(".noExample")) {
                recorded.put(key.substring(0, key.length() - ".noExample".length()), explain.getProperty(key));
            }
        }
        assertThat(recorded).containsExactlyInAnyOrderEntriesOf(NO_EXAMPLE);
        for (String code : NO_EXAMPLE.keySet()) {
            assertThat(documented()).containsKey(code);
            assertThat(explain.getProperty(code + ".example")).as(code).isNull();
        }
    }

    @Test
    void everyExampleTriggersItsCode() throws IOException {
        Properties explain = CodesCommand.labels("explain.properties");
        List<String> checked = new ArrayList<>();
        for (String key : explain.stringPropertyNames()) {
            if (!key.endsWith(".example")) {
                continue;
            }
            String code = key.substring(0, key.length() - ".example".length());
            List<Outcome> outcomes = new ArrayList<>();
            new FacadeChecker().check("example", new ByteArrayInputStream(explain.getProperty(key)
                    .getBytes(StandardCharsets.UTF_8)), false, false, outcomes::add);
            assertThat(outcomes).hasSize(1);
            List<String> codes = new ArrayList<>();
            for (Violation v : outcomes.get(0).report().getViolations()) {
                codes.add(v.getCode());
            }
            // the example triggers its code once, and nothing else distracts from it but a listed companion
            if (COMPANION.containsKey(code)) {
                assertThat(codes).as(code).containsExactlyInAnyOrder(code, COMPANION.get(code));
            } else {
                assertThat(codes).as(code).containsExactly(code);
            }
            checked.add(code);
        }
        assertThat(checked).contains("polku.json.empty", "polku.json.malformed", "polku.client.namedWorker.missing")
                .hasSizeGreaterThan(150);
    }

    @Test
    void explainsACodeWithItsTextsSourceAndExample() {
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "explain", "polku.client.namedWorker.missing");
        assertThat(r.status).isZero();
        assertThat(r.out).startsWith("polku.client.namedWorker.missing\n  severity: ERROR\n  fi: ")
                .contains("\n  en: The client has no named worker and no coded reason for having none\n")
                .contains("  FHIR issue type: business-rule\n")
                .contains("  source: Social Welfare Act 1301/2014, section 42")
                .contains("  example that triggers it:\n    {\"documentType\":\"CLIENT\",");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            polku.path.transition.closed       | none: only the Java API reports this code, when a program changes the stage
            polku.fhir.resource.missing        | none: polku convert --from fhir reports this code for a FHIR bundle;
            polku.json.limit.violations        | none that fits on one line: the document has to exceed a read limit
            jakarta.validation.constraints.Max | none: no Polku type carries this constraint;
            polku.quality.namedWorker.named    | none: this is a quality finding, not a violation;
            """)
    void saysWhyACodeHasNoExample(String code, String sentence) {
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "explain", code);
        assertThat(r.status).isZero();
        assertThat(r.out).contains("  example that triggers it: " + sentence);
    }

    @Test
    void saysWhyInFinnishAndSwedishToo() {
        Runs fi = Runs.run(PolkuTest.BY_CONTENT, Locale.forLanguageTag("fi"), "", "explain", "polku.path.transition.closed");
        assertThat(fi.out).contains("  esimerkki, joka laukaisee sen: ei esimerkki\u00e4: vain Java-rajapinta ilmoittaa");
        Runs sv = Runs.run(PolkuTest.BY_CONTENT, Locale.forLanguageTag("sv"), "", "explain", "polku.quality.namedWorker.named");
        assertThat(sv.out).contains("  exempel som utl\u00f6ser den: inget exempel: detta \u00e4r en kvalitetsobservation");
    }

    @Test
    void rejectsAnUnknownCodeWithStatusTwo() {
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "explain", "polku.no.such.code");
        assertThat(r.status).isEqualTo(2);
        assertThat(r.err).startsWith("polku: unknown violation code;");
        assertThat(r.out).isEmpty();
    }
}
