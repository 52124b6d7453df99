package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The report as RFC 9457 problem details and as a FHIR OperationOutcome. */
class ReportFormatsTest {

    private static final ValidationReport REPORT = ValidationReport.of(List.of(
            Violation.error("polku.json.required", "/firstContact/date", Map.of()),
            Violation.warning("polku.json.unknownProperty", "/colour", Map.of())));

    private static JsonNode tree(String json) {
        return Goldens.PRETTY.readTree(json);
    }

    @Nested
    class Problem {

        @Test
        void writesTheRfc9457Members() {
            JsonNode node = tree(ProblemDetails.write(REPORT));
            assertThat(node.get("type").asString()).isEqualTo("https://polku.github.io/problems/validation");
            assertThat(node.get("status").intValue()).isEqualTo(422);
            assertThat(node.get("title").asString()).isEqualTo("The document is not valid");
            assertThat(node.get("detail").asString()).isEqualTo("1 error(s), 1 warning(s), 0 note(s)");
            JsonNode first = node.get("violations").get(0);
            assertThat(first.get("code").asString()).isEqualTo("polku.json.required");
            assertThat(first.get("severity").asString()).isEqualTo("ERROR");
            assertThat(first.get("pointer").asString()).isEqualTo("/firstContact/date");
            assertThat(first.get("detail").asString()).isEqualTo("A required property is missing");
        }

        @Test
        void writesStatus200ForAValidReport() {
            assertThat(tree(ProblemDetails.write(ValidationReport.empty())).get("status").intValue()).isEqualTo(200);
        }
    }

    @Nested
    class Outcome {

        @Test
        void writesOneIssuePerViolation() {
            JsonNode node = tree(OperationOutcome.write(REPORT));
            assertThat(node.get("resourceType").asString()).isEqualTo("OperationOutcome");
            JsonNode issue = node.get("issue").get(0);
            assertThat(issue.get("severity").asString()).isEqualTo("error");
            assertThat(issue.get("code").asString()).isEqualTo("required");
            assertThat(issue.at("/details/coding/0/system").asString()).isEqualTo("https://polku.github.io/codes");
            assertThat(issue.at("/details/coding/0/code").asString()).isEqualTo("polku.json.required");
            assertThat(issue.get("diagnostics").asString()).isEqualTo("A required property is missing");
            assertThat(issue.at("/location/0").asString()).isEqualTo("/firstContact/date");
            assertThat(node.at("/issue/1/severity").asString()).isEqualTo("warning");
        }

        @Test
        void writesAnInformationalIssueForAnEmptyReport() {
            JsonNode node = tree(OperationOutcome.write(ValidationReport.empty()));
            assertThat(node.at("/issue/0/severity").asString()).isEqualTo("information");
            assertThat(node.at("/issue/0/code").asString()).isEqualTo("informational");
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                polku.json.malformed,                 structure
                polku.json.type,                      structure
                polku.json.unknownProperty,           structure
                polku.json.duplicateProperty,         structure
                polku.json.trailingContent,           structure
                polku.json.required,                  required
                polku.json.code.unknown,              code-invalid
                polku.json.date,                      value
                polku.json.number,                    value
                polku.json.invalid,                   value
                polku.identityCode.checksum,          value
                polku.json.documentType.unknown,      not-supported
                polku.json.formatVersion.newer,       not-supported
                polku.json.limit.depth,               too-long
                polku.json.limit.documentSize,        too-long
                polku.service.workActivity.daysPerWeek.range, business-rule
                """)
        void mapsCodesToFhirIssueTypes(String code, String type) {
            assertThat(OperationOutcome.issueType(code)).isEqualTo(type);
        }
    }
}
