package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End-to-end tests of the packaged {@code polku.jar}, run as a process after {@code package}. */
class PolkuJarIT {

    @TempDir
    static Path dir;

    @BeforeAll
    static void jarIsPackaged() {
        assertThat(Process.jar()).isRegularFile();
    }

    static String doc(String name) {
        return Paths.get("src/test/resources/documents", name).toAbsolutePath().toString();
    }

    static Path write(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path;
    }

    @Nested
    class Basics {

        @Test
        void printsTheVersion() throws Exception {
            Process p = Process.run("--version");
            assertThat(p.status).isZero();
            assertThat(p.out).startsWith("polku 0.1.0");
            assertThat(p.err).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "validate", "schema", "report", "codes", "explain", "init"})
        void printsHelpForEveryCommand(String command) throws Exception {
            Process p = command.isEmpty() ? Process.run("--help") : Process.run(command, "--help");
            assertThat(p.status).isZero();
            assertThat(p.out).startsWith("Usage: polku").contains("Exit status:");
        }

        @Test
        void runsThroughTheLauncherScript() throws Exception {
            Process p = Process.start("", List.of("bash", Process.root().resolve("polku").toString(), "--version"));
            assertThat(p.status).isZero();
            assertThat(p.out).startsWith("polku 0.1.0");
        }

        @Test
        void rejectsAnUnknownOptionWithStatusTwo() throws Exception {
            Process p = Process.run("validate", "--no-such-option", "x.json");
            assertThat(p.status).isEqualTo(2);
            assertThat(p.err).startsWith("polku: Unknown option: '--no-such-option'");
            assertThat(p.out).isEmpty();
        }

        @Test
        void reportsAMissingFileWithStatusTwo() throws Exception {
            Process p = Process.run("validate", dir.resolve("missing.json").toString());
            assertThat(p.status).isEqualTo(2);
            assertThat(p.err).contains("cannot read").contains("no such file").doesNotContain("\tat ");
        }
    }

    @Nested
    class BrokenInput {

        @Test
        void reportsHostileInputAsInvalidWithoutAStackTrace() throws Exception {
            List<String> contents = List.of("{\"documentType\":", "\u0000\u0001garbage", "[1, 2", "{\"a\":1}{",
                    "[[[[[[[[[[[[", "\"" + "x".repeat(100_000), "{\"documentType\":\"REHABILITATION_PATH\","
                            + "\"formatVersion\":\"1.0\",\"id\":\"P-1\",\"id\":\"P-2\"}");
            String[] args = new String[contents.size() + 1];
            args[0] = "validate";
            for (int i = 0; i < contents.size(); i++) {
                args[i + 1] = write("broken-" + i + ".json", contents.get(i)).toString();
            }
            Process p = Process.run(args);
            assertThat(p.status).isEqualTo(1);
            for (int i = 0; i < contents.size(); i++) {
                assertThat(p.out).containsPattern("broken-" + i + "\\.json( \\[\\d+])?: invalid");
            }
            assertThat(p.out).contains("polku.json.malformed");
            assertThat(p.err).doesNotContain("Exception", "\tat ");
        }

        @Test
        void doesNotShowLibraryLogging() throws Exception {
            // A valid path reaches the rule validator, which starts Hibernate Validator.
            Process p = Process.run("validate", doc("valid/hameenlinna-2020.json"));
            assertThat(p.status).isZero();
            assertThat(p.err).isEmpty();
        }

        @Test
        void printsEveryProblemInFinnishWithLangFi() throws Exception {
            Path file = write("broken.json", "{");
            Process p = Process.run("", List.of(), "validate", "--lang", "fi", file.toString());
            assertThat(p.out).contains(": virheellinen", "  virhe ", "Asiakirjoja: 1,");
        }
    }

    @Nested
    class Validate {

        @Test
        void acceptsValidDocumentsWithStatusZero() throws Exception {
            Process p = Process.run("validate", doc("valid/path.json"), doc("valid/hameenlinna-2020.json"),
                    doc("valid/client.json"));
            assertThat(p.status).isZero();
            assertThat(p.out).contains("path.json: valid", "hameenlinna-2020.json: valid", "client.json: valid")
                    .endsWith("Documents: 3, valid: 3, invalid: 0; errors: 0, warnings: 0, notices: 0"
                            + System.lineSeparator());
            assertThat(p.err).isEmpty();
        }

        @Test
        void reportsEveryStructuralProblemOfABrokenDocument() throws Exception {
            Process p = Process.run("validate", doc("invalid/structure.json"));
            assertThat(p.status).isEqualTo(1);
            assertThat(p.out).contains(
                    "  error /firstContact/date polku.json.date: ",
                    "  error /firstContact/channel polku.json.code.unknown: ",
                    "  error /nickname polku.json.unknownProperty: ",
                    "  error /clientId polku.json.required: ");
        }

        @Test
        void printsEveryProblemInFinnish() throws Exception {
            Process p = Process.run("", List.of(), "validate", "--lang", "fi", doc("invalid/structure.json"),
                    doc("invalid/rules.json"));
            assertThat(p.status).isEqualTo(1);
            assertThat(p.out).contains(
                    "structure.json: virheellinen",
                    "  virhe /firstContact/date polku.json.date: P\u00e4iv\u00e4m\u00e4\u00e4r\u00e4 ei kelpaa",
                    "  virhe /nickname polku.json.unknownProperty: Ominaisuus ei kuulu tiedonsiirtomuotoon",
                    "  virhe /clientId polku.json.required: Pakollinen ominaisuus puuttuu",
                    "rules.json: virheellinen",
                    "  virhe /assessment/completedOn polku.path.dates.order: ",
                    "Asiakirjoja: 2, kelvollisia: 0, virheellisi\u00e4: 2; virheit\u00e4: 6,");
        }

        @Test
        void takesFinnishFromTheEnvironmentLocale() throws Exception {
            Process p = Process.run("", List.of("-Duser.language=fi", "-Duser.country=FI"), "validate",
                    doc("invalid/structure.json"));
            assertThat(p.out).contains("structure.json: virheellinen");
        }

        @Test
        void turnsUnknownPropertiesIntoWarningsWhenLenient() throws Exception {
            Process p = Process.run("validate", "--lenient", doc("invalid/structure.json"));
            assertThat(p.out).contains("  warning /nickname polku.json.unknownProperty: ");
        }

        @Test
        void reportsMixedFilesWithStatusOne() throws Exception {
            Process p = Process.run("validate", doc("valid/path.json"), doc("invalid/malformed.json"));
            assertThat(p.status).isEqualTo(1);
            assertThat(p.out).contains("path.json: valid", "malformed.json: invalid")
                    .containsPattern("  error \\S+ polku\\.json\\.malformed: The document is not well-formed JSON "
                            + "at line 1, column \\d+");
        }

        @Test
        void streamsNdjsonAndCarriesOnPastAMalformedLine() throws Exception {
            Process p = Process.run("validate", "--format", "json", doc("stream/mixed.ndjson"));
            assertThat(p.status).isEqualTo(1);
            String[] lines = p.out.split("\\R");
            assertThat(lines).hasSize(4);
            assertThat(lines[0]).matches("\\{\"file\":\".*mixed.ndjson\",\"index\":0,\"line\":1,\"valid\":true,\"violations\":\\[]}");
            assertThat(lines[1]).contains("\"index\":1,\"line\":2,\"valid\":false,")
                    .contains("{\"code\":\"polku.json.required\",\"severity\":\"ERROR\",\"pointer\":\"/clientId\","
                            + "\"arguments\":{},\"message\":\"A required property is missing\"}");
            assertThat(lines[2]).contains("\"index\":2,\"line\":3,\"valid\":false,").contains("polku.json.malformed");
            assertThat(lines[3]).contains("\"index\":3,\"line\":4,\"valid\":true,");
        }

        @Test
        void streamsATopLevelArray() throws Exception {
            Process p = Process.run("validate", doc("stream/array.json"));
            assertThat(p.status).isEqualTo(1);
            assertThat(p.out).contains("array.json [0]: valid", "array.json [1]: invalid", "array.json [2]: valid",
                    "Documents: 3, valid: 2, invalid: 1;");
        }

        @Test
        void readsStandardInput() throws Exception {
            String ndjson = Files.readString(Paths.get(doc("stream/mixed.ndjson")));
            Process p = Process.run(ndjson, List.of(), "validate", "--ndjson", "--lang", "en", "-");
            assertThat(p.out).contains("- [0] (line 1): valid", "- [3] (line 4): valid", "Documents: 4, valid: 2, invalid: 2;");
        }

        @Test
        void showsProgressWhenAsked() throws Exception {
            String line = Files.readString(Paths.get(doc("valid/path.json"))).strip() + "\n";
            Path many = write("many.ndjson", line.repeat(2100));
            Process shown = Process.run("validate", "--progress", "--format", "json", many.toString());
            assertThat(shown.err).isEqualTo("polku: 1000 documents checked" + System.lineSeparator()
                    + "polku: 2000 documents checked" + System.lineSeparator());
            assertThat(shown.out.split("\\R")).hasSize(2100);
        }
    }

    @Nested
    class Schema {

        @Test
        void listsTheDocumentTypes() throws Exception {
            Process p = Process.run("schema");
            assertThat(p.status).isZero();
            assertThat(p.out.split("\\R")).contains("REHABILITATION_PATH", "CLIENT", "CO_DEVELOPMENT_PROCESS");
        }

        @Test
        void printsTheShippedSchema() throws Exception {
            Process p = Process.run("schema", "rehabilitation-path");
            assertThat(p.status).isZero();
            assertThat(p.out).startsWith("{").contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"",
                    "\"$id\" : \"https://polku.github.io/schemas/v1/rehabilitation-path.schema.json\"");
        }

        @Test
        void rejectsAnUnknownTypeWithStatusTwo() throws Exception {
            Process p = Process.run("schema", "NO_SUCH_TYPE");
            assertThat(p.status).isEqualTo(2);
            assertThat(p.err).startsWith("polku: unknown document type; one of: REHABILITATION_PATH");
        }
    }

    @Nested
    class Report {

        @Test
        void writesAWellFormedHtmlPageWithEveryChart() throws Exception {
            Process p = Process.run("report", "--format", "html", doc("valid/path.json"),
                    doc("valid/hameenlinna-2020.json"));
            assertThat(p.status).isZero();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document html = factory.newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(p.out.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(html.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(4);
            for (String id : ReportPrinter.CHARTS) {
                assertThat(p.out).contains("<section id=\"" + id + "\">");
            }
            assertThat(p.out).doesNotContain("<script", "FICTIONAL", "C-TEST").contains("Paths: 2, closed: 1, open: 1.");
        }

        @Test
        void evaluatesTheQualityCriteriaOfAGivenFramework() throws Exception {
            Process p = Process.run("report", "--format", "json", "--on", "2026-11-23", "--framework",
                    doc("organiser-framework.json"), doc("valid/path.json"), doc("valid/hameenlinna-2020.json"));
            assertThat(p.status).isZero();
            assertThat(p.out).contains("\"framework\" : {", "\"id\" : \"FICTIONAL_COUNTY_2025\"",
                    "\"evaluatedOn\" : \"2026-11-23\"", "\"code\" : \"NEED_ASSESSED\",\n    \"assessedBy\" : \"RECORDS\",\n    \"met\" : 2,");
        }

        @Test
        void leavesInvalidDocumentsOutWithStatusOne() throws Exception {
            Process p = Process.run("report", doc("stream/array.json"));
            assertThat(p.status).isEqualTo(1);
            assertThat(p.err).contains("array.json [1]: invalid");
            assertThat(p.out).contains("Paths: 2, closed: 1, open: 1. Documents with errors: 1 (not counted).");
        }
    }

    /** The README's main job: validate the example documents shipped in examples/data. */
    @Nested
    class MainJob {

        @Test
        void validatesTheExampleDocumentsInFinnish() throws Exception {
            Path data = Process.root().resolve("examples/data");
            List<String> args = new java.util.ArrayList<>(List.of("validate", "--lang", "fi"));
            for (String dir : List.of("invalid", "valid")) {
                try (java.util.stream.Stream<Path> files = Files.list(data.resolve(dir))) {
                    files.filter(f -> f.toString().endsWith(".json")).sorted()
                            .forEach(f -> args.add(Process.root().relativize(f).toString()));
                }
            }
            Process p = Process.run(args.toArray(new String[0]));
            assertThat(p.status).isEqualTo(1);
            assertThat(p.out).contains(
                    "examples/data/invalid/path-five-mistakes.json: virheellinen",
                    "  virhe /id polku.json.type: ",
                    "  virhe /firstContact/channel polku.json.code.unknown: ",
                    "  virhe /services/0/colour polku.json.unknownProperty: ",
                    "  virhe /measurements/1/respondent polku.json.required: ",
                    "  virhe /closure/date polku.json.date: ",
                    "examples/data/valid/path-hameenlinna-2020.json: kelvollinen",
                    "virheellisi\u00e4: 1; virheit\u00e4: 5,");
            assertThat(p.err).isEmpty();
        }
    }
}
