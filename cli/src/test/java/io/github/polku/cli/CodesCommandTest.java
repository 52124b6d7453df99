package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GH-18: {@code polku codes} lists every code set of docs/FORMAT.md, every code labelled in three languages. */
class CodesCommandTest {


    /** The code sets as the generated table of docs/FORMAT.md lists them (FormatDocumentTest keeps it true). */
    static Map<String, List<String>> documented() throws IOException {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        boolean inSection = false;
        List<String> codes = null;
        Pattern row = Pattern.compile("^\\| `(\\w+)` \\|.*\\|$");
        for (String line : Files.readAllLines(Paths.get("../docs/FORMAT.md"))) {
            if (line.equals("## Code sets")) {
                inSection = true;
                continue;
            }
            if (inSection && (line.startsWith("## ") || line.startsWith("<!-- END GENERATED"))) {
                break;
            }
            if (inSection && line.startsWith("### ")) {
                codes = new ArrayList<>();
                sets.put(line.substring(4).trim(), codes);
                continue;
            }
            Matcher m = row.matcher(line);
            if (inSection && codes != null && m.matches()) {
                codes.add(m.group(1));
            }
        }
        return sets;
    }

    @Test
    void listsExactlyTheCodeSetsOfTheFormat() throws IOException {
        Map<String, List<String>> listed = new LinkedHashMap<>();
        CodesCommand.table(CodesCommand.SETS).forEach((set, codes) -> {
            List<String> names = new ArrayList<>();
            codes.forEach(c -> names.add(c.get("code")));
            listed.put(set, names);
        });
        assertThat(documented()).isNotEmpty();
        assertThat(listed).isEqualTo(documented());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Codes.properties", "Codes_fi.properties", "Codes_sv.properties"})
    void labelsEveryCodeAndNothingElse(String file) throws IOException {
        Properties labels = CodesCommand.labels(file);
        List<String> expected = new ArrayList<>();
        documented().forEach((set, codes) -> codes.forEach(code -> expected.add(set + "." + code)));
        assertThat(labels.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(expected);
        labels.forEach((key, label) -> assertThat((String) label).as(file + " " + key).isNotBlank()
                .doesNotContain("fi:", "sv:", "{@"));
    }

    @Test
    void printsOneSetWithItsLabels() {
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "codes", "contactchannel");
        assertThat(r.status).isZero();
        assertThat(r.out).startsWith("ContactChannel\n  SELF  fi: oma yhteydenotto | sv: egen kontakt | en: ");
        assertThat(r.out.split("\n")).hasSize(1 + 9);
    }

    @Test
    void printsEverySetAsJson() {
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "codes", "--format", "json");
        assertThat(r.status).isZero();
        assertThat(r.out).startsWith("{\"ActivityBasis\":[{\"code\":\"ACTIVATION_PLAN\",\"fi\":\"aktivointisuunnitelma\"")
                .contains("\"Severity\":[{\"code\":\"ERROR\",\"fi\":\"virhe\",\"sv\":\"fel\"");
    }

    @Test
    void rejectsAnUnknownSetWithStatusTwo() {
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "codes", "NoSuchSet");
        assertThat(r.status).isEqualTo(2);
        assertThat(r.err).startsWith("polku: unknown code set; one of: ActivityBasis, ");
        assertThat(r.out).isEmpty();
    }
}
