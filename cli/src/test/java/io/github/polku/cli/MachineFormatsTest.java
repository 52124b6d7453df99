package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GH-18: the pieces of the machine formats that the end-to-end tests do not reach. */
class MachineFormatsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a.json            | a.json
            dir/a b.json      | dir/a%20b.json
            /tmp/ä.json       | file:///tmp/%C3%A4.json
            c:x.json          | ./c:x.json
            -                 | stdin
            """)
    void locatesAFileByAUriReference(String file, String uri) {
        assertThat(SarifPrinter.uri(file)).isEqualTo(uri);
    }

    @Test
    void escapesXmlAndReplacesWhatXmlCannotHold() {
        assertThat(JunitPrinter.escape("<a href=\"x\">&</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
        assertThat(JunitPrinter.escape("bell\u0007 nul\u0000")).isEqualTo("bell\uFFFD nul\uFFFD");
        assertThat(JunitPrinter.escape("lone \uD800 pair \uD83D\uDE00")).isEqualTo("lone \uFFFD pair \uD83D\uDE00");
    }

    @Test
    void junitGroupsTheDocumentsOfAFileIntoOneSuite() throws IOException {
        Path file = dir.resolve("s.ndjson");
        Files.writeString(file, "ok bad warn");
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "validate", "--format", "junit", file.toString());
        assertThat(r.status).isEqualTo(1);
        assertThat(r.out).contains("<testsuite name=\"" + file + "\" tests=\"3\" failures=\"1\" errors=\"0\"");
        assertThat(r.out.split("<failure ", -1)).hasSize(3);
        assertThat(r.out).contains("<system-out>warning /plan polku.value.missing: ");
    }

    @Test
    void sarifMakesOneRuleOfACodeSeenTwice() throws IOException {
        Path file = dir.resolve("d.json");
        Files.writeString(file, "bad");
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "validate", "--format", "sarif", file.toString());
        assertThat(r.out.split("\"ruleId\":\"polku.value.missing\"", -1)).hasSize(3);
        assertThat(r.out.split("\"id\":\"polku.value.missing\"", -1)).hasSize(2);
    }

    @Test
    void jsonCarriesTheArguments() throws IOException {
        Path file = dir.resolve("d.json");
        Files.writeString(file, "bad");
        Runs r = Runs.run(PolkuTest.BY_CONTENT, Locale.ENGLISH, "", "validate", "--format", "json", file.toString());
        assertThat(r.out).contains("\"pointer\":\"/clientId\",\"arguments\":{\"attribute\":\"clientId\"},\"message\":");
    }
}
