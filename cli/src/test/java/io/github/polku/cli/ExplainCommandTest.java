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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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

    @Test
    void recordsSourcesAndExamplesOfDocumentedCodesOnly() throws IOException {
        Properties explain = CodesCommand.labels("explain.properties");
        for (String key : explain.stringPropertyNames()) {
            assertThat(key).matches(".*\\.(source|example)$");
            assertThat(documented()).containsKey(key.substring(0, key.lastIndexOf('.')));
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
            // the example triggers its code, and nothing else distracts from it
            assertThat(codes).as(code).containsExactly(code);
            checked.add(code);
        }
        assertThat(checked).contains("polku.json.empty", "polku.json.malformed", "polku.client.namedWorker.missing");
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

    @Test
    void saysSoWhenNoExampleIsRecorded() {
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "explain", "polku.cohort.duplicatePath");
        assertThat(r.status).isZero();
        assertThat(r.out).contains("  example that triggers it: none recorded yet\n");
    }

    @Test
    void rejectsAnUnknownCodeWithStatusTwo() {
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "explain", "polku.no.such.code");
        assertThat(r.status).isEqualTo(2);
        assertThat(r.err).startsWith("polku: unknown violation code;");
        assertThat(r.out).isEmpty();
    }
}
