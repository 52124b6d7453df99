package io.github.polku.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.client.ClientId;
import io.github.polku.client.WorkerId;
import io.github.polku.codevelopment.IdeaId;
import io.github.polku.codevelopment.ParticipantId;
import io.github.polku.codevelopment.ProcessId;
import io.github.polku.codevelopment.SessionId;
import io.github.polku.internal.validation.Identifiers;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.path.GoalId;
import io.github.polku.path.PathId;
import io.github.polku.quality.Subject;
import io.github.polku.quality.SubjectKind;
import io.github.polku.service.ServiceId;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No identifier holds a value shaped like a personal identity code: identifiers are shown in
 * reports, evidence and cohort summaries, so they must stay pseudonymous. Client and participant
 * identifiers keep their own, older codes.
 */
class PseudonymousIdentifiersTest {

    static Stream<Arguments> identifiers() {
        Map<String, Function<String, Object>> factories = new java.util.LinkedHashMap<>();
        factories.put("PathId", PathId::of);
        factories.put("GoalId", GoalId::of);
        factories.put("ServiceId", ServiceId::of);
        factories.put("WorkerId", WorkerId::of);
        factories.put("InstrumentId", InstrumentId::of);
        factories.put("ProcessId", ProcessId::of);
        factories.put("IdeaId", IdeaId::of);
        factories.put("SessionId", SessionId::of);
        factories.put("Subject", v -> Subject.of(SubjectKind.PATH, v));
        return factories.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifiers")
    void rejectsValuesShapedLikeIdentityCodes(String kind, Function<String, Object> factory) {
        for (String value : new String[] {"131052-308T", "131052A308T", "010594Y9032", "131052-308t", "010190-900P"}) {
            assertThatExceptionOfType(InvalidValueException.class).as(value).isThrownBy(() -> factory.apply(value))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getArguments)
                            .containsExactly(org.assertj.core.api.Assertions.tuple(Identifiers.IDENTITY_CODE, Map.of("kind", kind))))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value.substring(0, 6)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifiers")
    void acceptsIdentifiersThatOnlyLookSimilar(String kind, Function<String, Object> factory) {
        // one character too many or too few, or a separator no identity code has
        for (String value : new String[] {"P-131052-308T", "131052-308", "131052-308TT", "131052_308T", "131052G308T"}) {
            Object id = factory.apply(value);
            assertThat(id instanceof Identifier ? ((Identifier) id).getValue() : ((Subject) id).getId()).as(value).isEqualTo(value);
        }
    }

    @org.junit.jupiter.api.Test
    void clientAndParticipantIdentifiersKeepTheirOwnCodes() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ClientId.of("131052-308T"))
                .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode).containsExactly(ClientId.LOOKS_LIKE_IDENTITY_CODE));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ParticipantId.of("131052-308T"))
                .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode)
                        .containsExactly(ParticipantId.LOOKS_LIKE_IDENTITY_CODE));
    }
}
