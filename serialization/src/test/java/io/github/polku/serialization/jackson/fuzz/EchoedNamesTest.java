package io.github.polku.serialization.jackson.fuzz;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GH-10: property names from the input are repeated in a JSON Pointer only when they look like
 * property names. The fuzz run found that a lost quote turns {@code "identityCode" : "010190-900P"}
 * into a property named {@code identityCod010190-900P}, which the pointer of its
 * {@code polku.json.unknownProperty} used to repeat; such a violation now points at the nearest
 * plausible ancestor.
 */
class EchoedNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            colour                              | /organiser/colour
            client_note.v2:x-1                  | /organiser/client_note.v2:x-1
            a/b~c                               | /organiser/a~1b~0c
            identityCod010190-900P              | /organiser
            Testi Testinen                      | /organiser
            010190a900p                         | /organiser
            FICTIONAL-CLIENT-VIEW I would like  | /organiser
            a1234567890123456789012345678901234567890123456789012345678901234 | /organiser
            ${1+1}                              | /organiser/${1+1}
            Jyväskylä                           | /organiser
            """)
    void repeatsOnlyPlausiblePropertyNames(String name, String pointer) {
        String json = "{\"documentType\":\"CLIENT\",\"formatVersion\":\"1.0\",\"clientId\":\"C-1\",\"language\":\"FINNISH\","
                + "\"organiser\":{\"type\":\"WELLBEING_SERVICES_COUNTY\",\"code\":\"KESKI_SUOMI\",\"" + name + "\":1},"
                + "\"namedWorkerOmission\":\"NOT_YET_APPOINTED\"}";
        ValidationReport report = PolkuDocuments.strict().validate(json.getBytes(StandardCharsets.UTF_8));
        ViolationAssert.assertThat(report)
                .containsViolations(violation("polku.json.unknownProperty").withSeverity(Severity.ERROR).at(pointer));
        assertThat(report.getViolations()).extracting(Violation::getPath).allSatisfy(path -> assertThat(path)
                .doesNotContain("900", "Testi", "FICTIONAL"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            010190-900P
            Testi Testinen
            """)
    void doesNotRepeatDuplicatedImplausibleName(String name) {
        String json = "{\"documentType\":\"CLIENT\",\"formatVersion\":\"1.0\",\"" + name + "\":1,\"" + name + "\":2}";
        assertThat(PolkuDocuments.lenient().validate(json.getBytes(StandardCharsets.UTF_8)).getViolations())
                .extracting(Violation::getPath).allMatch(p -> !p.contains(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"documentType":"CLIENT_IDENTITY","formatVersion":"1.0","namTestinen"}        | ''
            {"documentType":"CLIENT","organiser":{"type":"MUNICIPALITY","codeVirtanen"}}  | /organiser
            {"documentType":"CLIENT","organiser":{"type":"MUNICIPALITY","code":"109"      | /organiser
            """)
    void pointsAtTheEnclosingValueOfMalformedJson(String json, String pointer) {
        // GH-10: found by the fuzz run; a lost colon made "namTestinen" a property name
        assertThat(PolkuDocuments.strict().validate(json.getBytes(StandardCharsets.UTF_8)).getViolations())
                .extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("polku.json.malformed", pointer));
    }
}
