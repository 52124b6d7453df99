package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "option {0}, environment {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -  | fi-FI | FI
            -  | fi    | FI
            -  | sv-SE | SV
            -  | sv-FI | SV
            -  | en-GB | EN
            -  | de-DE | EN
            -  | und   | EN
            EN | fi-FI | EN
            SV | fi-FI | SV
            FI | en-US | FI
            """)
    void prefersTheOptionThenFinnishOrSwedishFromTheEnvironment(Language option, String environment,
            Language expected) {
        assertThat(Language.choose(option, Locale.forLanguageTag(environment))).isEqualTo(expected);
    }
}
