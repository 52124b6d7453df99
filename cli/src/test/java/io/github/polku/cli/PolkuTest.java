package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolkuTest {

    /** A checker whose verdict is the file's content: "ok", "warn", "bad" or "boom". */
    static final DocumentChecker BY_CONTENT = (source, in, ndjson, lenient, sink) -> {
        String content = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        long index = 0;
        for (String word : content.split("\\s+")) {
            sink.accept(new Outcome(source, index++, ndjson, report(word, lenient)));
        }
    };

    static ValidationReport report(String word, boolean lenient) {
        switch (word) {
            case "ok":
                return ValidationReport.empty();
            case "warn":
                return ValidationReport.of(List.of(
                        Violation.warning("polku.value.missing", "/plan", Map.of("attribute", "plan"))));
            case "bad":
                return ValidationReport.of(List.of(
                        Violation.error("polku.value.missing", "/clientId", Map.of("attribute", "clientId")),
                        Violation.error("polku.value.missing", "", Map.of("attribute", "documentType"))));
            default:
                throw new IllegalStateException("secret input " + word);
        }
    }

    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path.toString();
    }

    private static Runs run(String... args) {
        return Runs.run(BY_CONTENT, Locale.ENGLISH, "", args);
    }

    @Nested
    class ExitStatus {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                ok            | 0
                warn          | 0
                ok warn       | 0
                bad           | 1
                ok bad warn   | 1
                """)
        void isOneIfAnyDocumentHasAnError(String documents, int expected) throws IOException {
            assertThat(run("validate", file("d.json", documents)).status).isEqualTo(expected);
        }

        @Test
        void isTwoForAMissingFileEvenIfOthersAreInvalid() throws IOException {
            Runs r = run("validate", file("bad.json", "bad"), dir.resolve("missing.json").toString());
            assertThat(r.status).isEqualTo(2);
            assertThat(r.err).isEqualTo("polku: cannot read " + dir.resolve("missing.json") + ": no such file"
                    + System.lineSeparator());
            assertThat(r.out).contains("bad.json: invalid");
        }

        @Test
        void isTwoForADirectory() {
            Runs r = run("validate", dir.toString());
            assertThat(r.status).isEqualTo(2);
            assertThat(r.err).contains(": is a directory");
        }

        @ParameterizedTest(name = "[{0}]")
        @CsvSource(delimiter = '|', textBlock = """
                validate --bogus x.json
                validate
                validate --format xml x.json
                validate --lang de x.json
                frobnicate
                ''
                """)
        void isTwoForAUsageProblem(String args) {
            Runs r = run(args.isEmpty() ? new String[0] : args.split(" "));
            assertThat(r.status).isEqualTo(2);
            assertThat(r.err).startsWith("polku: ").contains("--help");
            assertThat(r.out).isEmpty();
        }

        @Test
        void isThreeWithOneLineAndNoStackTraceForAnInternalError() throws IOException {
            Runs r = run("validate", file("boom.json", "boom"));
            assertThat(r.status).isEqualTo(3);
            assertThat(r.err).isEqualTo("polku: internal error (java.lang.IllegalStateException); please report it"
                    + System.lineSeparator());
            assertThat(r.err).doesNotContain("secret", "\tat ");
        }
    }

    @Nested
    class TextOutput {

        @Test
        void printsStatusViolationsAndTotals() throws IOException {
            String bad = file("bad.json", "bad");
            String good = file("good.json", "warn");
            Runs r = run("validate", bad, good);
            assertThat(r.out).isEqualTo(String.join(System.lineSeparator(),
                    bad + ": invalid",
                    "  error /clientId polku.value.missing: Mandatory value clientId is missing",
                    "  error (root) polku.value.missing: Mandatory value documentType is missing",
                    good + ": valid",
                    "  warning /plan polku.value.missing: Mandatory value plan is missing",
                    "Documents: 2, valid: 1, invalid: 1; errors: 2, warnings: 1, notices: 0",
                    ""));
        }

        @Test
        void numbersTheDocumentsOfAStream() throws IOException {
            Runs r = run("validate", file("s.ndjson", "ok\nbad\nok"));
            assertThat(r.out).contains("s.ndjson [0]: valid", "s.ndjson [1]: invalid", "s.ndjson [2]: valid")
                    .contains("Documents: 3, valid: 2, invalid: 1;");
        }

        @Test
        void printsEveryProblemInFinnish() throws IOException {
            Runs r = run("validate", "--lang", "fi", file("bad.json", "bad"));
            assertThat(r.out).contains(": virheellinen",
                    "  virhe /clientId polku.value.missing: Pakollinen tieto clientId puuttuu",
                    "  virhe (root) polku.value.missing: Pakollinen tieto documentType puuttuu",
                    "Asiakirjoja: 1, kelvollisia: 0, virheellisi\u00e4: 1; virheit\u00e4: 2, varoituksia: 0, "
                            + "huomautuksia: 0");
        }

        @Test
        void printsInSwedish() throws IOException {
            Runs r = run("validate", "--lang", "SV", file("bad.json", "bad"));
            assertThat(r.out).contains(": ogiltigt",
                    "  fel /clientId polku.value.missing: Obligatoriskt v\u00e4rde clientId saknas");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                fi-FI | Pakollinen tieto
                sv-FI | Obligatoriskt v\u00e4rde
                de-DE | Mandatory value
                en-US | Mandatory value
                """)
        void takesTheLanguageFromTheEnvironment(String locale, String expected) throws IOException {
            Runs r = Runs.run(BY_CONTENT, Locale.forLanguageTag(locale), "", "validate", file("b.json", "bad"));
            assertThat(r.out).contains(expected);
        }

        @Test
        void readsStandardInput() {
            Runs r = Runs.run(BY_CONTENT, Locale.ENGLISH, "ok ok", "validate", "-");
            assertThat(r.out).contains("-: valid").contains("Documents: 2,");
            assertThat(r.status).isZero();
        }
    }

    @Nested
    class JsonOutput {

        @Test
        void printsOneObjectPerDocumentAndLine() throws IOException {
            String name = file("s.ndjson", "ok\nbad");
            Runs r = run("validate", "--format", "json", "--lang", "fi", name);
            String escaped = name.replace("\\", "\\\\");
            assertThat(r.out.split("\\R")).containsExactly(
                    "{\"file\":\"" + escaped + "\",\"index\":0,\"valid\":true,\"violations\":[]}",
                    "{\"file\":\"" + escaped + "\",\"index\":1,\"valid\":false,\"violations\":["
                            + "{\"code\":\"polku.value.missing\",\"severity\":\"ERROR\",\"pointer\":\"/clientId\","
                            + "\"arguments\":{\"attribute\":\"clientId\"},"
                            + "\"message\":\"Pakollinen tieto clientId puuttuu\"},"
                            + "{\"code\":\"polku.value.missing\",\"severity\":\"ERROR\",\"pointer\":\"\","
                            + "\"arguments\":{\"attribute\":\"documentType\"},"
                            + "\"message\":\"Pakollinen tieto documentType puuttuu\"}]}");
            assertThat(r.status).isEqualTo(1);
        }
    }

    @Nested
    class ClosedOutput {

        @Test
        void stopsSoonAfterTheReaderGoesAway() throws IOException {
            String many = file("many.ndjson", "ok\n".repeat(5000));
            long[] checked = new long[1];
            DocumentChecker counting = (source, in, ndjson, lenient, sink) ->
                    BY_CONTENT.check(source, in, ndjson, lenient, outcome -> {
                        checked[0]++;
                        sink.accept(outcome);
                    });
            java.io.OutputStream closed = new java.io.OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("Broken pipe");
                }
            };
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            Environment env = new Environment(new java.io.ByteArrayInputStream(new byte[0]), new PrintStream(closed),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, false);
            int status = Polku.execute(env, counting, "validate", many);
            assertThat(status).isEqualTo(2);
            assertThat(checked[0]).isEqualTo(256);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        }
    }

    @Nested
    class Version {

        @Test
        void printsTheBuildVersion() {
            Runs r = run("--version");
            assertThat(r.status).isZero();
            assertThat(r.out).startsWith("polku 0.1.0");
        }

        @Test
        void isAvailableOnEveryCommand() {
            assertThat(run("validate", "--version").out).startsWith("polku 0.1.0");
            assertThat(run("schema", "--version").out).startsWith("polku 0.1.0");
        }
    }

    @Nested
    class Progress {

        @Test
        void countsEveryThousandDocumentsWhenAsked() throws IOException {
            String many = file("many.ndjson", "ok\n".repeat(2500));
            Runs r = run("validate", "--progress", "--format", "json", many);
            assertThat(r.err.split("\\R")).containsExactly(
                    "polku: 1000 documents checked", "polku: 2000 documents checked");
            assertThat(r.out.split("\\R")).hasSize(2500);
        }

        @Test
        void isOffWhenStderrIsNotATerminalOrQuiet() throws IOException {
            String many = file("many.ndjson", "ok\n".repeat(1500));
            assertThat(run("validate", many).err).isEmpty();
            assertThat(run("validate", "--progress", "--quiet", many).err).isEmpty();
        }
    }

    /** GH-18, start-up: only the command named is built; help and a misspelt command still see them all. */
    @Nested
    class CommandsBuilt {

        private final Environment env = new Environment(System.in, System.out, System.err, Locale.ENGLISH, false);

        @ParameterizedTest(name = "[{0}]")
        @CsvSource(delimiter = '|', textBlock = """
                validate x.json       | validate
                report --help         | report
                explain polku.x       | explain
                --help                | validate schema report codes init explain convert
                ''                    | validate schema report codes init explain convert
                frobnicate            | validate schema report codes init explain convert
                --lang                | validate schema report codes init explain convert
                """)
        void buildsOnlyTheNamedCommand(String args, String built) {
            String[] arguments = args.isEmpty() ? new String[0] : args.split(" ");
            assertThat(Polku.commandLine(env, BY_CONTENT, arguments).getSubcommands().keySet())
                    .containsExactly(built.split(" "));
        }

        @Test
        void listsEveryCommandInTheHelp() {
            Runs r = run("--help");
            assertThat(r.status).isZero();
            assertThat(r.out).contains("validate", "schema", "report", "codes", "init", "explain", "convert");
        }
    }
}
