package io.github.polku.serialization.jackson;

import static io.github.polku.serialization.jackson.StructuralViolationsTest.golden;
import static io.github.polku.serialization.jackson.StructuralViolationsTest.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.quality.CohortSummary;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GH-14: the decisions that make the schemas, the reader and docs/FORMAT.md one contract, each
 * with its accepted and its refused side. That the shipped schemas say the same is checked by
 * {@code SchemaReaderAgreementTest}.
 */
class ContractDecisionsTest {

    private static DocumentResult read(ObjectNode document) {
        return PolkuDocuments.strict().readAndValidate(document.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The document with a number written as given (a tree would rewrite {@code 1E+0}). */
    private static String withNumber(ObjectNode document, String pointer, String written) {
        set(document, pointer, "\"__NUMBER__\"");
        return document.toString().replace("\"__NUMBER__\"", written);
    }

    private static DocumentResult read(String document) {
        return PolkuDocuments.strict().readAndValidate(document.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Violation> errors(String document) {
        return read(document).getReport().getViolations().stream().filter(v -> v.getSeverity() == Severity.ERROR)
                .collect(Collectors.toList());
    }

    private static List<Violation> errors(ObjectNode document) {
        return read(document).getReport().getViolations().stream().filter(v -> v.getSeverity() == Severity.ERROR)
                .collect(Collectors.toList());
    }

    // ------------------------------------------------------------------ integers

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.000", "1E+0", "0.1E+1"})
    void readsAnIntegralNumberWithAFractionOrExponentAsAnInteger(String written) {
        ObjectNode summary = golden(DocumentType.COHORT_SUMMARY);
        DocumentResult result = read(withNumber(summary, "/remoteSessions/count", written));
        assertThat(result.getReport().getViolations()).isEmpty();
        assertThat(result.getValue(CohortSummary.class).orElseThrow().getRemoteSessions().getCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "15E-1", "1E-1"})
    void refusesANumberWithAFractionWhereAnIntegerBelongs(String written) {
        ObjectNode summary = golden(DocumentType.COHORT_SUMMARY);
        assertThat(errors(withNumber(summary, "/remoteSessions/count", written))).extracting(Violation::getCode, Violation::getPath, v -> v.getArguments().get("expected"))
                .containsExactly(tuple("polku.json.type", "/remoteSessions/count", "integer"));
    }

    @Test
    void refusesAnIntegralNumberBeyondIntegersWithoutExpandingIt() {
        ObjectNode summary = golden(DocumentType.COHORT_SUMMARY);
        assertThat(errors(withNumber(summary, "/remoteSessions/count", "1E+999999999"))).extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("polku.json.number", "/remoteSessions/count"));
    }

    // ------------------------------------------------------------------ sets

    @Test
    void refusesADuplicateInASetAtItsSecondOccurrenceNamingTheFirst() {
        ObjectNode path = golden(DocumentType.REHABILITATION_PATH);
        ((ArrayNode) path.at("/services/1/methods")).add("NATURE_BASED").add("EVERYDAY_LIFE_COACHING");
        assertThat(errors(path)).extracting(Violation::getCode, Violation::getPath, v -> v.getArguments().get("first"))
                .containsExactly(tuple("polku.json.duplicateItem", "/services/1/methods/2", "/services/1/methods/0"));
    }

    @Test
    void explainsADuplicateInEveryLanguageWithAnAbsolutePointer() {
        Violation v = Violation.error("polku.json.duplicateItem", "/services/1/methods/2", Map.of("first", "/services/1/methods/0"));
        assertThat(v.getMessage(Locale.ENGLISH)).isEqualTo("The item is already in the set at /services/1/methods/0");
        assertThat(v.getMessage(Locale.forLanguageTag("fi"))).contains("/services/1/methods/0").doesNotContain("{first}");
        assertThat(v.getMessage(Locale.forLanguageTag("sv"))).contains("/services/1/methods/0").doesNotContain("{first}");
    }

    // ------------------------------------------------------------------ references to declared themes

    private static ObjectNode processWithNatureTheme() {
        ObjectNode process = golden(DocumentType.CO_DEVELOPMENT_PROCESS);
        ((ArrayNode) process.get("themes")).addObject().put("code", "NATURE_BASED_WORK").put("fi", "Luontolähtöinen työ")
                .put("sv", "Naturbaserat arbete").put("en", "Nature-based work");
        ((ObjectNode) process.at("/sessions/0")).putObject("theme").put("code", "NATURE_BASED_WORK");
        return process;
    }

    @Test
    void resolvesAThemeReferredToByCodeToTheThemeTheProcessDeclares() {
        DocumentResult result = read(processWithNatureTheme());
        assertThat(result.getReport().getViolations()).isEmpty();
        CoDevelopmentProcess process = result.getValue(CoDevelopmentProcess.class).orElseThrow();
        assertThat(process.getSessions().get(0).getTheme().orElseThrow().getLabel(Locale.forLanguageTag("sv")))
                .isEqualTo("Naturbaserat arbete");
        assertThat(PolkuDocuments.strict().write(process)).contains("Naturbaserat arbete");
    }

    @Test
    void refusesAThemeReferenceThatIsNeitherBuiltInNorDeclared() {
        ObjectNode process = processWithNatureTheme();
        ((ObjectNode) process.at("/sessions/0/theme")).put("code", "NATURE_WORK");
        assertThat(errors(process)).extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("polku.codevelopment.theme.undeclared", "/sessions/0/theme/code"));
    }

    @Test
    void refusesAThemeWithSomeLabelsButNotAll() {
        ObjectNode process = processWithNatureTheme();
        ((ObjectNode) process.at("/themes/4")).remove("sv");
        assertThat(errors(process)).extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("polku.json.required", "/themes/4/sv"));
    }

    @Test
    void refusesAThemeCodeThatIsNotUpperSnakeCaseWithTheThemeCode() {
        ObjectNode process = processWithNatureTheme();
        ((ObjectNode) process.at("/themes/4")).put("code", "nature");
        assertThat(errors(process)).extracting(Violation::getCode).contains("polku.codevelopment.theme.code")
                .doesNotContain("polku.json.invalid");
    }

    // ------------------------------------------------------------------ quality frameworks

    @Test
    void refusesAnUnknownEvaluatorAtItsPointer() {
        ObjectNode framework = golden(DocumentType.QUALITY_FRAMEWORK);
        assertThat(errors(framework)).isEmpty();
        ((ObjectNode) framework.at("/criteria/1/assessment")).put("evaluatorId", "path.needsAssessment");
        assertThat(errors(framework)).extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("polku.quality.criterion.unknownEvaluator", "/criteria/1/assessment/evaluatorId"));
    }

    @Test
    void refusesAnEvaluatorOnAnAssessmentByAPerson() {
        ObjectNode framework = golden(DocumentType.QUALITY_FRAMEWORK);
        ((ObjectNode) framework.at("/criteria/0/assessment")).put("kind", "BY_PERSON");
        assertThat(errors(framework)).extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("polku.json.invalid", "/criteria/0/assessment/evaluatorId"));
        ((ObjectNode) framework.at("/criteria/0/assessment")).remove("evaluatorId");
        assertThat(errors(framework)).noneMatch(v -> v.getPath().startsWith("/criteria/0/assessment"));
    }

    // ------------------------------------------------------------------ reports

    @Test
    void ignoresTheMessageOfAViolationWhenReadWhateverItsLanguages() {
        ObjectNode report = golden(DocumentType.VALIDATION_REPORT);
        ObjectNode message = (ObjectNode) report.at("/violations/0/message");
        message.remove("fi");
        message.remove("sv");
        message.put("en", "Something else entirely").put("de", "Etwas anderes");
        DocumentResult result = read(report);
        assertThat(result.getReport().getViolations()).isEmpty();
        Violation first = result.getValue(ValidationReport.class).orElseThrow().getViolations().get(0);
        assertThat(first.getMessage(Locale.ENGLISH)).isEqualTo("Mandatory value clientId is missing");
    }

    @Test
    void stillRefusesAMessageThatIsNotAnObjectOfTexts() {
        ObjectNode report = golden(DocumentType.VALIDATION_REPORT);
        ((ObjectNode) report.at("/violations/0/message")).put("en", 5);
        assertThat(errors(report)).extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("polku.json.type", "/violations/0/message/en"));
    }

    // ------------------------------------------------------------------ absolute pointers

    @Test
    void pointsEveryPointerOfARuleFromTheRootOfTheDocument() {
        ObjectNode path = golden(DocumentType.REHABILITATION_PATH);
        ((ObjectNode) path.get("assessment")).put("startedOn", "2020-01-07");
        assertThat(errors(path)).extracting(Violation::getCode, Violation::getPath, v -> v.getArguments().get("reference"))
                .contains(tuple("polku.path.dates.order", "/assessment/startedOn", "/assessment/pendingOn"));
    }

    @Test
    void relocatesPointerArgumentsWithTheViolation() {
        Violation v = Violation.error("polku.path.dates.order", "/startedOn", Map.of("reference", "/pendingOn"));
        assertThat(v.atLocation("/assessment").getArguments()).containsEntry("reference", "/assessment/pendingOn");
        Violation other = Violation.error("polku.json.type", "/x", Map.of("expected", "/not/a/pointer/argument"));
        assertThat(other.atLocation("/a").getArguments()).containsEntry("expected", "/not/a/pointer/argument");
    }

    // ------------------------------------------------------------------ identifiers

    @ParameterizedTest
    @ValueSource(strings = {"P 1", "-P1", "P/1", "PÄ1", ""})
    void refusesAnIdentifierOutsideItsSyntax(String id) {
        ObjectNode path = golden(DocumentType.REHABILITATION_PATH);
        path.put("id", id);
        assertThat(errors(path)).extracting(Violation::getCode, Violation::getPath).containsExactly(tuple("polku.id.format", "/id"));
        assertThat(JsonSchemas.of(DocumentType.REHABILITATION_PATH)).contains("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$");
    }

    @Test
    void acceptsAnIdentifierOfSixtyFourCharactersAndNotSixtyFive() {
        ObjectNode path = golden(DocumentType.REHABILITATION_PATH);
        path.put("id", "P:1." + "x_-".repeat(20));
        assertThat(errors(path)).isEmpty();
        path.put("id", "P:1.x" + "x_-".repeat(20));
        assertThat(errors(path)).extracting(Violation::getCode).containsExactly("polku.id.format");
    }
}
