package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.maps;

import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

class ValidationReportJsonTest {

    private static ValidationReport sample() {
        return Goldens.validationReport();
    }

    @Test
    void writesTheSameDocumentAsPolkuDocuments() {
        // one shape: the Jackson module and the facade write a report through the same descriptor
        assertThat(PolkuJson.write(sample())).isEqualTo(PolkuDocuments.strict().write(sample()));
        assertThat(PolkuDocuments.strict().read(PolkuJson.write(sample()), ValidationReport.class)).isEqualTo(sample());
    }

    @Test
    void reportsDerivedValuesThatContradictTheViolationsAtTheirPointers() {
        String json = PolkuDocuments.strict().write(sample()).replace("\"valid\":false", "\"valid\":true")
                .replace("\"WARNING\":1", "\"WARNING\":7");
        List<Violation> found = PolkuDocuments.strict().validate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .getViolations();
        assertThat(found).extracting(Violation::getCode, Violation::getPath, Violation::getArguments).containsExactly(
                org.assertj.core.api.Assertions.tuple("polku.json.contradiction", "/valid", Map.of("expected", "false")),
                org.assertj.core.api.Assertions.tuple("polku.json.contradiction", "/counts/WARNING", Map.of("expected", "1")));
        // absent derived values are derived again, not required
        String bare = PolkuDocuments.strict().write(sample()).replaceFirst(",\"valid\":false,\"counts\":\\{[^}]*\\}", "");
        assertThat(bare).doesNotContain("\"valid\"").doesNotContain("\"counts\"");
        assertThat(PolkuDocuments.strict().read(bare, ValidationReport.class)).isEqualTo(sample());
    }

    @Test
    void writesAViolationOnItsOwnInTheShapeItHasInAReport() {
        Violation v = sample().getViolations().get(0);
        JsonNode alone = PolkuJson.mapper().readTree(PolkuJson.write(v));
        assertThat(alone).isEqualTo(PolkuJson.mapper().readTree(PolkuJson.write(sample())).get("violations").get(0));
        assertThat(alone.get("message").get("fi").stringValue()).isEqualTo(v.getMessage(java.util.Locale.forLanguageTag("fi")));
        assertThat(PolkuJson.read(PolkuJson.write(v), Violation.class)).isEqualTo(v);
    }

    @Test
    void writesTheCommittedGoldenBytes() {
        // the golden file was written by another JVM: equal bytes here show the output does not
        // depend on anything that changes between runs
        String committed = Goldens.compact(Goldens.read(Goldens.file(DocumentType.VALIDATION_REPORT)));
        assertThat(PolkuJson.write(sample())).isEqualTo(committed);
        assertThat(PolkuDocuments.lenient().write(sample())).isEqualTo(committed);
    }

    @Test
    void writesTheSameBytesWhateverOrderTheArgumentsWereGivenIn() {
        // Map.of iterates in an order that changes from JVM to JVM; arguments built in every order
        // must still give one text
        List<String> names = List.of("min", "max", "attribute");
        List<String> written = new ArrayList<>();
        for (List<String> order : List.of(names, List.of("max", "attribute", "min"), List.of("attribute", "min", "max"),
                List.of("attribute", "max", "min"))) {
            Map<String, String> arguments = new java.util.LinkedHashMap<>();
            order.forEach(name -> arguments.put(name, name.toUpperCase(java.util.Locale.ROOT)));
            written.add(PolkuJson.write(ValidationReport.of(List.of(Violation.error("polku.value.missing", "/a", arguments)))));
        }
        assertThat(written).containsOnly(written.get(0));
        assertThat(written.get(0)).contains("\"arguments\":{\"attribute\":\"ATTRIBUTE\",\"max\":\"MAX\",\"min\":\"MIN\"}");
    }

    @Test
    void writesEmptyReportAsValid() {
        JsonNode node = PolkuJson.mapper().readTree(PolkuJson.write(ValidationReport.empty()));
        assertThat(node.get("valid").booleanValue()).isTrue();
        assertThat(node.get("violations").size()).isZero();
        assertThat(node.get("counts").get("ERROR").intValue()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[]",
        "{\"documentType\":\"PATH\",\"formatVersion\":\"1.0\",\"violations\":[]}",
        "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"9.0\",\"violations\":[]}",
        "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"1.0\"}",
        "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"1.0\",\"violations\":[],\"extra\":1}",
        "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"1.0\",\"valid\":false,\"violations\":[]}",
        "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"1.0\",\"counts\":{\"ERROR\":1},\"violations\":[]}",
        "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"1.0\",\"violations\":[{\"code\":\"polku.x.y\",\"severity\":\"FATAL\",\"pointer\":\"\"}]}",
        "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"1.0\",\"violations\":[{\"code\":\"bad code\",\"severity\":\"ERROR\",\"pointer\":\"\"}]}",
        "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"1.0\",\"violations\":[{\"code\":\"polku.x.y\",\"severity\":\"ERROR\",\"pointer\":\"no-slash\"}]}",
        "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"1.0\",\"violations\":[{\"code\":\"polku.x.y\",\"severity\":\"ERROR\",\"pointer\":\"\",\"arguments\":{\"a\":1}}]}",
        "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"1.0\",\"violations\":[{\"code\":\"polku.x.y\",\"severity\":\"ERROR\"}]}",
        "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"1.0\",\"violations\":[]} {}",
    })
    void rejectsMalformedReportsWithJacksonException(String json) {
        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> PolkuJson.read(json, ValidationReport.class));
    }

    @Test
    void readsBackWhatItWrites() {
        // 300 generated reports (QuickTheories; a failure prints the seed, rerun with -DQT_SEED=..., docs/TESTING.md)
        qt().withExamples(300).forAll(reports()).checkAssert(ValidationReportJsonTest::readsBack);
    }

    /** The empty report, one violation of each severity at the root, and escapes, empty arguments and odd text. */
    static Stream<ValidationReport> edgeReports() {
        List<ValidationReport> reports = new ArrayList<>();
        reports.add(ValidationReport.of(List.of()));
        for (Severity severity : Severity.values()) {
            reports.add(ValidationReport.of(List.of(Violation.of("polku.a", severity, "", Map.of()))));
        }
        reports.add(ValidationReport.of(List.of(
                Violation.of("polku.zzzzzzzz", Severity.ERROR, "/~0~1/~1~0/a/9", Map.of("max", "", "min", "\"\\\u0000\uD800 {x}")),
                Violation.of("polku.a", Severity.WARNING, "/~0", Map.of("attribute", "x".repeat(12))),
                Violation.of("polku.a", Severity.WARNING, "/~0", Map.of("attribute", "x".repeat(12))),
                Violation.of("polku.b", Severity.INFO, "/0/0/0/0", Map.of()),
                Violation.of("polku.c", Severity.ERROR, "/~1", Map.of("kind", "\n\t")))));
        return reports.stream();
    }

    @ParameterizedTest
    @MethodSource("edgeReports")
    void readsBackWhatItWritesAtTheEdges(ValidationReport report) {
        readsBack(report);
    }

    private static void readsBack(ValidationReport report) {
        assertThat(PolkuJson.read(PolkuJson.write(report), ValidationReport.class)).isEqualTo(report);
    }

    private static Gen<ValidationReport> reports() {
        Gen<String> segment = io.github.polku.testing.Generators.textOf("abcdefghijklmnopqrstuvwxyz/~09", 1, 6);
        Gen<String> pointer = lists().of(segment).ofSizeBetween(0, 4).map(s -> {
            StringBuilder b = new StringBuilder();
            s.forEach(t -> b.append('/').append(t.replace("~", "~0").replace("/", "~1")));
            return b.toString();
        });
        Gen<String> code = io.github.polku.testing.Generators.textOf("abcdefghijklmnopqrstuvwxyz", 1, 8).map(s -> "polku." + s);
        Gen<Map<String, String>> args = maps().of(
                // GH-21: a received report may only carry argument names that Polku's messages know
                arbitrary().pick("max", "min", "attribute", "expected", "codeSet", "kind"),
                io.github.polku.testing.Generators.anyText(0, 12)).ofSizeBetween(0, 3);
        Gen<Violation> violation = code.zip(arbitrary().enumValues(Severity.class), pointer, args, Violation::of);
        return lists().of(violation).ofSizeBetween(0, 5).map(l -> ValidationReport.of(new ArrayList<>(l)));
    }
}
