package io.github.polku.measurement;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DimensionTest {

    private static final Scale SCALE = Scale.ofIntegers(1, 5, Direction.HIGHER_IS_BETTER);

    @Nested
    class Build {
        @ParameterizedTest
        @ValueSource(strings = {"d7", "WORK_ABILITY", "socialInclusion", "A"})
        void acceptsWellFormedCode(String code) {
            assertThat(Dimension.builder().code(code).scale(SCALE).build().getCode()).isEqualTo(code);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "7d", "_x", "with space", "a-b", "a/b",
                "A12345678901234567890123456789012345678901234567890123456789012345"})
        void rejectsMalformedCode(String code) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Dimension.builder().code(code).scale(SCALE).build())
                    .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(violation(Dimension.CODE_FORMAT).withSeverity(Severity.ERROR).at("/code")));
        }

        @Test
        void rejectsMissingScale() {
            assertThatExceptionOfType(IncompleteValueException.class)
                    .isThrownBy(() -> Dimension.builder().code("X").build())
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getPath).containsExactly("/scale"));
        }
    }

    @Nested
    class GetName {
        @Test
        void returnsNameInRequestedLanguageThenEnglishThenCode() {
            Dimension named = Dimension.builder().code("X").putName("fi", "Suomeksi").putName("en", "In English")
                    .scale(SCALE).build();
            Dimension unnamed = Dimension.builder().code("X").scale(SCALE).build();
            assertThat(named.getName(Locale.forLanguageTag("fi-FI"))).isEqualTo("Suomeksi");
            assertThat(named.getName(Locale.forLanguageTag("sv"))).isEqualTo("In English");
            assertThat(unnamed.getName(Locale.forLanguageTag("sv"))).isEqualTo("X");
        }
    }
}
