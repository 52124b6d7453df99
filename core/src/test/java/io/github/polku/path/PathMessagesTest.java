package io.github.polku.path;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathMessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PathMessagesTest.class.getResourceAsStream("/ContributorValidationMessages" + suffix + ".properties")) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> pathSectionKeys() throws IOException {
        return bundle("").stringPropertyNames().stream()
                .filter(k -> k.startsWith("polku.path.") || k.startsWith("polku.client.") || k.startsWith("polku.contact.")
                        || k.startsWith("polku.organiser.notYet") || k.startsWith("polku.organiser.noLonger"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"_fi", "_sv"})
    void hasEveryCodeInEveryLanguage(String suffix) throws IOException {
        Set<String> keys = pathSectionKeys();
        assertThat(keys).isNotEmpty();
        assertThat(bundle(suffix).stringPropertyNames()).containsAll(keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fi | M\u00e4\u00e4r\u00e4aikaryhm\u00e4ss\u00e4 OVER_75 arvioinnin olisi pit\u00e4nyt alkaa viimeist\u00e4\u00e4n 7. arkip\u00e4iv\u00e4n\u00e4 2025-04-29
            sv | F\u00f6r tidsfristgruppen OVER_75 skulle bed\u00f6mningen ha b\u00f6rjat senast den 7:e arbetsdagen, 2025-04-29
            en | For deadline group OVER_75 the assessment had to start by the 7th working day, 2025-04-29
            """)
    void rendersTheStartDeadlineInThreeLanguages(String language, String expected) {
        Violation v = Violation.warning("polku.path.assessment.startLate", "/assessment/startedOn",
                Map.of("group", "OVER_75", "workingDays", 7, "deadline", "2025-04-29"));
        assertThat(v.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fi | Polku ei voi siirty\u00e4 vaiheesta FOLLOW_UP vaiheeseen CONTACT
            sv | Stigen kan inte g\u00e5 fr\u00e5n skedet FOLLOW_UP till skedet CONTACT
            en | A path cannot move from stage FOLLOW_UP to stage CONTACT
            """)
    void rendersAnIllegalTransitionInThreeLanguages(String language, String expected) {
        Violation v = Violation.error("polku.path.stage.illegalTransition", "/stageChanges/1/stage",
                Map.of("from", "FOLLOW_UP", "to", "CONTACT"));
        assertThat(v.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
    }
}
