package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.serialization.jackson.DocumentType;
import io.github.polku.serialization.jackson.JsonSchemas;
import io.github.polku.serialization.jackson.PolkuJson;
import io.github.polku.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** GH-18: {@code polku init TYPE} prints a skeleton that validates, with every required property. */
class InitCommandTest {

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everySkeletonValidatesWithoutAnError(DocumentType type) throws IOException {
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "init", type.getFileName());
        assertThat(r.status).isZero();
        List<Outcome> outcomes = new ArrayList<>();
        new FacadeChecker().check("skeleton", new ByteArrayInputStream(r.out.getBytes(StandardCharsets.UTF_8)), false,
                false, outcomes::add);
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).report().getViolations(Severity.ERROR)).as(type.getCode()).isEmpty();
        assertThat(outcomes.get(0).value()).containsInstanceOf(type.getJavaType());
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everySkeletonHasTheRequiredPropertiesOfItsSchema(DocumentType type) {
        JsonNode schema = PolkuJson.mapper().readTree(JsonSchemas.of(type));
        JsonNode skeleton = PolkuJson.mapper().readTree(InitCommand.skeleton(type));
        for (JsonNode required : schema.get("required")) {
            assertThat(skeleton.has(required.asString())).as(type + " " + required).isTrue();
        }
        assertThat(skeleton.get("documentType").asString()).isEqualTo(type.getCode());
    }

    @Test
    void acceptsTheCodeInAnyCase() {
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "init", "client_identity");
        assertThat(r.out).contains("\"documentType\": \"CLIENT_IDENTITY\"")
                // an artificial identity code: individual number 900-999 is never given to a person
                .containsPattern("\"identityCode\": \"\\d{6}-9\\d\\d\\w\"");
    }

    @Test
    void rejectsAnUnknownTypeWithStatusTwo() {
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "init", "no-such-type");
        assertThat(r.status).isEqualTo(2);
        assertThat(r.err).startsWith("polku: unknown document type; one of: REHABILITATION_PATH, ");
        assertThat(r.out).isEmpty();
    }
}
