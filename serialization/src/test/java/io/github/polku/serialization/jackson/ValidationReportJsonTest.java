package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
    void writesSameBytesTwice() {
        assertThat(PolkuJson.write(sample())).isEqualTo(PolkuJson.write(sample()));
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

    @Property(tries = 300)
    void readsBackWhatItWrites(@ForAll("reports") ValidationReport report) {
        assertThat(PolkuJson.read(PolkuJson.write(report), ValidationReport.class)).isEqualTo(report);
    }

    @Provide
    Arbitrary<ValidationReport> reports() {
        Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').withChars('/', '~', '0', '9').ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> pointer = segment.list().ofMaxSize(4).map(s -> {
            StringBuilder b = new StringBuilder();
            s.forEach(t -> b.append('/').append(t.replace("~", "~0").replace("/", "~1")));
            return b.toString();
        });
        Arbitrary<String> code = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(s -> "polku." + s);
        Arbitrary<Map<String, String>> args = Arbitraries.maps(
                // GH-21: a received report may only carry argument names that Polku's messages know
                Arbitraries.of("max", "min", "attribute", "expected", "codeSet", "kind"),
                Arbitraries.strings().ofMaxLength(12)).ofMaxSize(3);
        Arbitrary<Violation> violation = Combinators.combine(code, Arbitraries.of(Severity.class), pointer, args)
                .as((c, s, p, a) -> Violation.of(c, s, p, a));
        return violation.list().ofMaxSize(5).map(l -> ValidationReport.of(new ArrayList<>(l)));
    }
}
