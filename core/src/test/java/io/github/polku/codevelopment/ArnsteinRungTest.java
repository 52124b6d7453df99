package io.github.polku.codevelopment;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArnsteinRungTest {

    @ParameterizedTest(name = "rung {0} is {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | MANIPULATION    | NON_PARTICIPATION
            2 | THERAPY         | NON_PARTICIPATION
            3 | INFORMING       | TOKENISM
            4 | CONSULTATION    | TOKENISM
            5 | PLACATION       | TOKENISM
            6 | PARTNERSHIP     | CITIZEN_POWER
            7 | DELEGATED_POWER | CITIZEN_POWER
            8 | CITIZEN_CONTROL | CITIZEN_POWER
            """)
    void derivesGroupFromNumber(int number, ArnsteinRung rung, ParticipationGroup group) {
        assertThat(ArnsteinRung.of(number)).isEqualTo(rung);
        assertThat(rung.getNumber()).isEqualTo(number);
        assertThat(rung.getGroup()).isEqualTo(group);
        assertThat(rung.isCitizenPower()).isEqualTo(group == ParticipationGroup.CITIZEN_POWER);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 9, 100})
    void rejectsNumberOutsideOneToEight(int number) {
        assertThatThrownBy(() -> ArnsteinRung.of(number))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> ViolationAssert.assertThat(e.getViolations())
                        .containsExactlyViolations(violation(ArnsteinRung.RANGE).withSeverity(Severity.ERROR).at("")));
    }
}
