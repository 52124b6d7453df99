package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CliTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FI | polku: tiedostoa a.json ei voi lukea: tiedostoa ei ole
            SV | polku: kan inte l\u00e4sa a.json: filen finns inte
            EN | polku: cannot read a.json: no such file
            """)
    void rendersNamedParameters(Language language, String expected) {
        CliText text = CliText.of(language);
        assertThat(text.get("io.cannotRead", "file", "a.json", "reason", text.get("io.noSuchFile")))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void hasEveryKeyOfTheBaseBundle(Language language) throws IOException {
        Properties base = load("Messages.properties");
        Properties translated = load(language == Language.EN ? "Messages.properties"
                : "Messages_" + language.locale().getLanguage() + ".properties");
        assertThat(translated.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CliText.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }
}
