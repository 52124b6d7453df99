package io.github.polku.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.rules.RuleSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void summarisesFirstViolationAndCount() {
        InvalidValueException e = InvalidValueException.of(
                Violation.error("polku.test.a", "/x", Map.of()), Violation.error("polku.test.b", "/y", Map.of()));
        assertThat(e).hasMessage("Invalid value: polku.test.a at /x (and 1 more)");
        assertThat(e.getViolations()).hasSize(2);
    }

    @Test
    void locatesRootAsSlash() {
        assertThat(InvalidValueException.of(Violation.error("polku.test.a", "", Map.of())))
                .hasMessage("Invalid value: polku.test.a at /");
    }

    @Test
    void rejectsEmptyViolationList() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new InvalidValueException(List.of()));
    }

    @Test
    void relocatesViolationsKeepingCodes() {
        InvalidValueException e = InvalidValueException.of(Violation.error("polku.test.a", "/end", Map.of()));
        InvalidValueException moved = e.atLocation("/services/0/period");
        assertThat(moved.getViolations()).extracting(Violation::getCode, Violation::getPath)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("polku.test.a", "/services/0/period/end"));
        assertThat(moved).hasMessage("Invalid value: polku.test.a at /services/0/period/end");
    }

    @Test
    void builderReportsEachMissingAttributeAsItsOwnViolation() {
        assertThatExceptionOfType(IncompleteValueException.class)
                .isThrownBy(() -> RuleSet.builder().build())
                .satisfies(e -> {
                    assertThat(e.getViolations()).extracting(Violation::getCode).containsOnly(IncompleteValueException.CODE);
                    assertThat(e.getViolations()).extracting(Violation::getPath)
                            .containsExactlyInAnyOrder("/effectiveFrom", "/source");
                    assertThat(e.getViolations()).extracting(v -> v.getArguments().get("attribute"))
                            .containsExactlyInAnyOrder("effectiveFrom", "source");
                });
    }

    @Test
    void parsesNamesFromGeneratedMessage() {
        IncompleteValueException e = new IncompleteValueException(
                "Cannot build Goal, some of required attributes are not set [id, words]");
        assertThat(e.getViolations()).extracting(Violation::getPath).containsExactly("/id", "/words");
    }

    @Test
    void isAnIllegalArgumentException() {
        assertThat(new IncompleteValueException("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
