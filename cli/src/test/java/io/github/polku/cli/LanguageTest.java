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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fi_FI.UTF-8     | FI
            fi              | FI
            FI_fi           | FI
            sv_FI           | SV
            sv_SE.UTF-8@euro | SV
            sv-FI           | SV
            en_US.UTF-8     | EN
            C               | EN
            POSIX           | EN
            de_DE.UTF-8     | EN
            finnish         | EN
            """)
    void readsAPosixLocaleNameAsText(String value, Language expected) {
        assertThat(Language.ofVariable(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "LC_ALL={0} LC_MESSAGES={1} LANG={2}, JVM {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -           | -           | fi_FI.UTF-8 | en-US | FI
            sv_FI.UTF-8 | -           | fi_FI.UTF-8 | en-US | SV
            -           | sv_FI       | fi_FI.UTF-8 | en-US | SV
            ''          | ''          | sv_FI       | fi-FI | SV
            -           | -           | C.UTF-8     | fi-FI | EN
            -           | -           | -           | fi-FI | FI
            -           | -           | -           | en-US | EN
            """)
    void takesTheFirstLocaleVariableThenTheJvmLocale(String lcAll, String lcMessages, String lang, String jvm,
            Language expected) {
        java.util.Map<String, String> variables = new java.util.HashMap<>();
        if (lcAll != null) {
            variables.put("LC_ALL", lcAll);
        }
        if (lcMessages != null) {
            variables.put("LC_MESSAGES", lcMessages);
        }
        if (lang != null) {
            variables.put("LANG", lang);
        }
        Environment env = new Environment(java.io.InputStream.nullInputStream(), System.out, System.err,
                Locale.forLanguageTag(jvm), false, variables);
        assertThat(Language.choose(null, env)).isEqualTo(expected);
        assertThat(Language.choose(Language.EN, env)).isEqualTo(Language.EN);
    }
}
