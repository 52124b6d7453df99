package io.github.polku.serialization.jackson.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.serialization.jackson.DocumentReadException;
import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.OperationOutcome;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.PolkuJson;
import io.github.polku.serialization.jackson.ProblemDetails;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GH-21: a received VALIDATION_REPORT is checked like any other document. Its violations'
 * arguments and pointers hold no identity code and only argument names that Polku's messages
 * know; nothing of a refused report reaches a message, ProblemDetails or OperationOutcome.
 */
class ReceivedReportTest {

    private static String report(String pointer, String arguments) {
        return "{\"documentType\":\"VALIDATION_REPORT\",\"formatVersion\":\"1.0\",\"violations\":[{\"code\":\"polku.json.required\","
                + "\"severity\":\"ERROR\",\"pointer\":\"" + pointer + "\",\"arguments\":" + arguments + "}]}";
    }

    private static List<Violation> read(String json) {
        return PolkuDocuments.strict().validate(json.getBytes(StandardCharsets.UTF_8)).getViolations();
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "131052a308t", "Mandatory 131052-308T"})
    void refusesAnArgumentHoldingAnIdentityCode(String value) {
        String json = report("/clientId", "{\"attribute\":\"" + value + "\"}");
        assertThat(read(json)).extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("polku.id.identityCode", "/violations/0/arguments/attribute"));
        DocumentResult result = PolkuDocuments.strict().readAndValidate(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getValue()).isEmpty();
        assertThatThrownBy(() -> PolkuJson.read(json, ValidationReport.class)).hasMessageNotContaining("131052");
        // nothing printed from what was read says the code
        String printed = result.getReport().toString() + ProblemDetails.write(result.getReport())
                + OperationOutcome.write(result.getReport()) + result.getReport().getViolations().get(0).getMessage(Locale.ENGLISH);
        assertThat(printed).doesNotContainIgnoringCase("131052");
    }

    @Test
    void refusesAPointerHoldingAnIdentityCode() {
        assertThat(read(report("/clients/131052-308T", "{}"))).extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("polku.id.identityCode", "/violations/0/pointer"));
    }

    @Test
    void refusesArgumentNamesThatNoMessageKnows() {
        assertThat(read(report("/clientId", "{\"attribute\":\"clientId\",\"secret\":\"x\"}")))
                .extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
                .containsExactly(tuple("polku.json.unknownProperty", Severity.ERROR, "/violations/0/arguments/secret"));
        // a name that is not plausible is not repeated in the pointer
        assertThat(read(report("/clientId", "{\"Matti Meikäläinen\":\"x\"}")))
                .extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("polku.json.unknownProperty", "/violations/0/arguments"));
    }

    @Test
    void acceptsAReportWithKnownArguments() throws DocumentReadException {
        String json = report("/clientId", "{\"attribute\":\"clientId\"}");
        assertThat(read(json)).isEmpty();
        ValidationReport back = PolkuDocuments.strict().read(json, ValidationReport.class);
        assertThat(back.getViolations()).extracting(Violation::getArguments).containsExactly(Map.of("attribute", "clientId"));
    }

    @Test
    void aViolationBuiltWithAnIdentityCodeIsPrintedMasked() {
        ValidationReport report = ValidationReport.of(List.of(Violation.error("polku.value.missing", "/x",
                Map.of("attribute", "131052-308T"))));
        String printed = report.toString() + ProblemDetails.write(report) + OperationOutcome.write(report) + PolkuJson.write(report);
        assertThat(printed).doesNotContain("131052").contains("****");
    }
}
