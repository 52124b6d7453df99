package io.github.polku.measurement;

import static io.github.polku.testing.ViolationAssert.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IcfChapterTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            d1, D1
            d5, D5
            D7, D7
            d9, D9
            """)
    void parsesChapterCode(String code, IcfChapter expected) {
        assertThat(IcfChapter.parse(code)).isEqualTo(expected);
        assertThat(expected.getCode()).isEqualTo(code.toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "d", "d0", "d10", "b1", "e5", "d 1", "7"})
    void rejectsTextThatIsNotAChapter(String code) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> IcfChapter.parse(code))
                .satisfies(e -> ViolationAssert.assertThat(e.getViolations())
                        .containsExactlyViolations(violation(IcfChapter.UNKNOWN).withSeverity(Severity.ERROR).at("")));
    }

    @Test
    void hasNineChapters() {
        assertThat(IcfChapter.values()).hasSize(9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fi | Henkilöiden välinen vuorovaikutus ja ihmissuhteet
            sv | Mellanmänskliga interaktioner och relationer
            en | Interpersonal interactions and relationships
            de | Interpersonal interactions and relationships
            """)
    void namesChapterInThreeLanguages(String language, String expected) {
        assertThat(IcfChapter.D7.getName(Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @Test
    void namesMajorLifeAreasInSwedishAsIbicDoes() {
        assertThat(IcfChapter.D8.getName(Locale.forLanguageTag("sv")))
                .isEqualTo("Utbildning, arbete, sysselsättning och ekonomiskt liv");
    }
}
