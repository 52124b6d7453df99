package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;

/**
 * Invariants of the JSON and text output over random reports: 200 generated lists of reports each
 * (QuickTheories; a failure prints the seed, rerun with {@code -DQT_SEED=...}, docs/TESTING.md), and
 * the edge reports as rows.
 */
class OutputPropertiesTest {

    private static final String POINTER_CHARS = "abz09~/\"\\ \u00e4";

    private static Violation violation(String code, String pointer, Severity severity) {
        return Violation.of(code, severity, pointer, Map.of("attribute", "x"));
    }

    static Gen<Violation> violations() {
        Gen<String> codes = arbitrary().pick("polku.value.missing", "polku.json.required", "polku.dateRange.order");
        List<Character> chars = POINTER_CHARS.chars().mapToObj(c -> (char) c).toList();
        Gen<String> pointers = lists().of(arbitrary().pick(chars)).ofSizeBetween(0, 12).map(list -> {
            StringBuilder b = new StringBuilder();
            list.forEach(b::append);
            String s = b.toString();
            return s.isEmpty() ? "" : "/" + s.replace("~", "~0");
        });
        return codes.zip(pointers, arbitrary().enumValues(Severity.class), OutputPropertiesTest::violation);
    }

    static Gen<List<ValidationReport>> reports() {
        return lists().of(lists().of(violations()).ofSizeBetween(0, 5).map(ValidationReport::of)).ofSizeBetween(1, 6);
    }

    /** One empty report; one report per severity; six reports of five violations with every pointer character. */
    static Stream<List<ValidationReport>> edgeReports() {
        List<List<ValidationReport>> rows = new ArrayList<>();
        rows.add(List.of(ValidationReport.of(List.of())));
        for (Severity severity : Severity.values()) {
            rows.add(List.of(ValidationReport.of(List.of(violation("polku.value.missing", "", severity)))));
        }
        String longest = "/" + (POINTER_CHARS + POINTER_CHARS).substring(0, 12).replace("~", "~0");
        List<ValidationReport> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<Violation> five = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                five.add(violation("polku.dateRange.order", k % 2 == 0 ? longest : "/~0", Severity.values()[(i + k) % Severity.values().length]));
            }
            six.add(ValidationReport.of(five));
        }
        rows.add(six);
        return rows.stream();
    }

    @Test
    void jsonLinesReadBackToTheSameViolations() {
        qt().withExamples(200).forAll(reports()).checkAssert(OutputPropertiesTest::jsonLinesReadBack);
    }

    @ParameterizedTest
    @MethodSource("edgeReports")
    void jsonLinesReadBackToTheSameViolationsAtTheEdges(List<ValidationReport> reports) {
        jsonLinesReadBack(reports);
    }

    @Test
    void textTotalsAddUp() {
        qt().withExamples(200).forAll(reports()).checkAssert(OutputPropertiesTest::totalsAddUp);
    }

    @ParameterizedTest
    @MethodSource("edgeReports")
    void textTotalsAddUpAtTheEdges(List<ValidationReport> reports) {
        totalsAddUp(reports);
    }

    private static void jsonLinesReadBack(List<ValidationReport> reports) {
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

    private static void totalsAddUp(List<ValidationReport> reports) {
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
