package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.serialization.jackson.PolkuJson;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;

/** Invariants of the JSON and text output over random reports. */
class OutputProperties {

    @Provide
    Arbitrary<Violation> violations() {
        Arbitrary<String> codes = Arbitraries.of("polku.value.missing", "polku.json.required", "polku.dateRange.order");
        Arbitrary<String> pointers = Arbitraries.strings().withChars("abz09~/\"\\ \u00e4").ofMaxLength(12)
                .map(s -> s.isEmpty() ? "" : "/" + s.replace("~", "~0"));
        Arbitrary<Severity> severities = Arbitraries.of(Severity.class);
        return Combinators.combine(codes, pointers, severities)
                .as((code, pointer, severity) -> Violation.of(code, severity, pointer, Map.of("attribute", "x")));
    }

    @Provide
    Arbitrary<List<ValidationReport>> reports() {
        return violations().list().ofMaxSize(5).map(ValidationReport::of).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 200)
    void jsonLinesReadBackToTheSameViolations(@ForAll("reports") List<ValidationReport> reports) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonPrinter printer = new JsonPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), Language.SV);
        for (int i = 0; i < reports.size(); i++) {
            printer.print(new Outcome("in \"x\".ndjson", i, true, reports.get(i)));
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines).hasSize(reports.size());
        for (int i = 0; i < lines.length; i++) {
            JsonNode line = PolkuJson.mapper().readTree(lines[i]);
            ValidationReport report = reports.get(i);
            assertThat(line.get("file").asString()).isEqualTo("in \"x\".ndjson");
            assertThat(line.get("index").asLong()).isEqualTo(i);
            assertThat(line.get("valid").asBoolean()).isEqualTo(report.isValid());
            List<String> read = new ArrayList<>();
            for (JsonNode v : line.get("violations")) {
                read.add(v.get("severity").asString() + " " + v.get("pointer").asString() + " " + v.get("code").asString());
            }
            List<String> expected = new ArrayList<>();
            for (Violation v : report.getViolations()) {
                expected.add(v.getSeverity().name() + " " + v.getPath() + " " + v.getCode());
            }
            assertThat(read).isEqualTo(expected);
        }
    }

    @Property(tries = 200)
    void textTotalsAddUp(@ForAll("reports") List<ValidationReport> reports) {
        Totals totals = new Totals();
        long errors = 0;
        long invalid = 0;
        for (ValidationReport report : reports) {
            totals.add(new Outcome("f.json", 0, false, report));
            errors += report.getViolations(Severity.ERROR).size();
            invalid += report.isValid() ? 0 : 1;
        }
        assertThat(totals.documents()).isEqualTo(reports.size());
        assertThat(totals.invalid()).isEqualTo(invalid);
        assertThat(totals.valid() + totals.invalid()).isEqualTo(reports.size());
        assertThat(totals.errors()).isEqualTo(errors);
        assertThat(totals.errors() + totals.warnings() + totals.infos())
                .isEqualTo(reports.stream().mapToLong(r -> r.getViolations().size()).sum());
    }
}
