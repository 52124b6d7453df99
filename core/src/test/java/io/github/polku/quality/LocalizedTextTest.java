package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTextTest {

    private static final LocalizedText NAME = LocalizedText.of("Omaty\u00f6ntekij\u00e4", "Egen kontaktperson", "Named worker");

    @ParameterizedTest
    @CsvSource(textBlock = """
            fi,    Omaty\u00f6ntekij\u00e4
            fi-FI, Omaty\u00f6ntekij\u00e4
            sv,    Egen kontaktperson
            sv-FI, Egen kontaktperson
            en,    Named worker
            de,    Named worker
            """)
    void getsTextByLanguageWithEnglishFallback(String tag, String expected) {
        assertThat(NAME.get(Locale.forLanguageTag(tag))).isEqualTo(expected);
    }

    @Test
    void rejectsEveryBlankLanguageAtOnce() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> LocalizedText.of(" ", "ok", ""))
                .satisfies(e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode, Violation::getPath)
                        .containsExactly(tuple("polku.value.missing", "/fi"), tuple("polku.value.missing", "/en")));
    }

    @Test
    void stripsSurroundingWhitespaceAndComparesByValue() {
        LocalizedText padded = LocalizedText.of(" Omaty\u00f6ntekij\u00e4 ", "Egen kontaktperson\t", "Named worker");
        assertThat(padded).isEqualTo(NAME).hasSameHashCodeAs(NAME);
        assertThat(padded).isNotEqualTo(LocalizedText.of("a", "b", "c"));
    }

    @Test
    void printsEnglish() {
        assertThat(NAME).hasToString("Named worker");
    }
}
