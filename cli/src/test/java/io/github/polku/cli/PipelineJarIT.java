package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.serialization.jackson.PolkuJson;
import io.github.polku.serialization.jackson.ProblemDetails;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/** GH-18 and GH-21: the machine formats, the rough edges and failed writes, end to end through polku.jar. */
class PipelineJarIT {

    @TempDir
    static Path dir;

    /** Writes a file into this class's own temporary directory (not another test class's). */
    static Path write(String name, String content) throws java.io.IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    static String doc(String name) {
        return PolkuJarIT.doc(name);
    }

    static final String[] MIXED = {doc("valid/path.json"), doc("invalid/rules.json"), doc("invalid/structure.json"),
        doc("stream/mixed.ndjson")};

    static JsonNode tree(String json) {
        return PolkuJson.mapper().readTree(json);
    }

    static Process validate(String format, String... files) throws Exception {
        List<String> args = new ArrayList<>(List.of("validate", "--format", format));
        args.addAll(List.of(files));
        return Process.run(args.toArray(new String[0]));
    }

    /** Every violation of the inputs as "file|index|code|pointer", from the json format (an independent path). */
    static List<String> violations(String... files) throws Exception {
        List<String> found = new ArrayList<>();
        for (String line : validate("json", files).out.split("\\R")) {
            JsonNode document = tree(line);
            for (JsonNode v : document.get("violations")) {
                found.add(document.get("file").asString() + "|" + document.get("index").asLong() + "|"
                        + v.get("code").asString() + "|" + v.get("pointer").asString());
            }
        }
        return found;
    }

    @Nested
    class Json {

        @Test
        void carriesEachViolationsArguments() throws Exception {
            JsonNode document = tree(validate("json", doc("invalid/rules.json")).out);
            JsonNode first = document.get("violations").get(0);
            assertThat(first.get("code").asString()).isEqualTo("polku.path.dates.order");
            assertThat(first.get("arguments").get("reference").asString()).isEqualTo("/assessment/startedOn");
        }

        @Test
        void namesTheLineOfAnNdjsonDocumentButNotOfAnArrayElement() throws Exception {
            String[] ndjson = validate("json", doc("stream/mixed.ndjson")).out.split("\\R");
            for (int i = 0; i < ndjson.length; i++) {
                assertThat(tree(ndjson[i]).get("line").asLong()).isEqualTo(i + 1);
            }
            for (String line : validate("json", doc("stream/array.json")).out.split("\\R")) {
                assertThat(tree(line).has("line")).isFalse();
            }
        }

        @Test
        void namesTheLineInTheFileWhenBlankLinesAreSkipped() throws Exception {
            String valid = Files.readString(Paths.get(doc("valid/path.json"))).strip();
            Path file = write("blank-lines.ndjson", "\n" + valid + "\n\n\n" + valid + "\n");
            Process p = Process.run("validate", file.toString());
            assertThat(p.out).contains("blank-lines.ndjson [0] (line 2): valid", "blank-lines.ndjson [1] (line 5): valid");
        }
    }

    @Nested
    class Problem {

        @Test
        void writesRfc9457ProblemDetailsPerDocumentAndLine() throws Exception {
            Process p = validate("problem", MIXED);
            assertThat(p.status).isEqualTo(1);
            String[] lines = p.out.split("\\R");
            assertThat(lines).hasSize(7);
            List<String> fromProblems = new ArrayList<>();
            for (String line : lines) {
                JsonNode problem = tree(line);
                // RFC 9457 section 3.1: type is a URI reference, status the HTTP status code, title and detail strings
                assertThat(problem.get("type").asString()).isEqualTo(ProblemDetails.TYPE);
                assertThat(problem.get("status").intValue()).isIn(200, 422);
                assertThat(problem.get("title").isString()).isTrue();
                assertThat(problem.get("detail").isString()).isTrue();
                for (JsonNode v : problem.get("violations")) {
                    fromProblems.add(problem.get("file").asString() + "|" + problem.get("index").asLong() + "|"
                            + v.get("code").asString() + "|" + v.get("pointer").asString());
                }
                boolean hasError = false;
                for (JsonNode v : problem.get("violations")) {
                    hasError |= "ERROR".equals(v.get("severity").asString());
                }
                assertThat(problem.get("status").intValue()).isEqualTo(hasError ? 422 : 200);
            }
            assertThat(fromProblems).containsExactlyElementsOf(violations(MIXED));
        }
    }

    @Nested
    class Outcome {

        /** FHIR R4 value set issue-severity and (the codes Polku uses of) issue-type. */
        private final Set<String> severities = Set.of("fatal", "error", "warning", "information");
        private final Set<String> types = Set.of("invalid", "structure", "required", "value", "invariant", "security",
                "login", "unknown", "expired", "forbidden", "suppressed", "processing", "not-supported", "duplicate",
                "multiple-matches", "not-found", "deleted", "too-long", "code-invalid", "extension", "too-costly",
                "business-rule", "conflict", "transient", "lock-error", "no-store", "exception", "timeout",
                "incomplete", "throttled", "informational");

        @Test
        void writesAFhirR4OperationOutcomePerDocumentAndLine() throws Exception {
            Process p = validate("outcome", MIXED);
            assertThat(p.status).isEqualTo(1);
            String[] lines = p.out.split("\\R");
            assertThat(lines).hasSize(7);
            List<String> fromOutcomes = new ArrayList<>();
            for (String line : lines) {
                JsonNode resource = tree(line);
                assertThat(resource.get("resourceType").asString()).isEqualTo("OperationOutcome");
                String file = null;
                long index = -1;
                for (JsonNode extension : resource.get("extension")) {
                    // FHIR: every extension has an absolute url and exactly one value[x]
                    assertThat(extension.get("url").asString()).startsWith("https://");
                    assertThat(extension.size()).isEqualTo(2);
                    if (extension.get("url").asString().equals(OutcomePrinter.FILE)) {
                        file = extension.get("valueString").asString();
                    }
                    if (extension.get("url").asString().equals(OutcomePrinter.INDEX)) {
                        index = extension.get("valueInteger").asLong();
                    }
                }
                assertThat(resource.get("issue").size()).isPositive();
                for (JsonNode issue : resource.get("issue")) {
                    assertThat(issue.get("severity").asString()).isIn(severities);
                    assertThat(issue.get("code").asString()).isIn(types);
                    if (issue.has("details")) {
                        fromOutcomes.add(file + "|" + index + "|" + issue.get("details").get("coding").get(0).get("code")
                                .asString() + "|" + issue.get("location").get(0).asString());
                    }
                }
            }
            assertThat(fromOutcomes).containsExactlyElementsOf(violations(MIXED));
        }
    }

    @Nested
    class Sarif {

        @Test
        void writesOneSarif210RunWithAResultPerViolation() throws Exception {
            Process p = validate("sarif", MIXED);
            assertThat(p.status).isEqualTo(1);
            JsonNode log = tree(p.out);
            // SARIF 2.1.0 sections 3.13 (sarifLog), 3.14 (run), 3.18/3.19 (tool, toolComponent), 3.27 (result)
            assertThat(log.get("version").asString()).isEqualTo("2.1.0");
            assertThat(log.get("$schema").asString()).endsWith("sarif-schema-2.1.0.json");
            assertThat(log.get("runs").size()).isEqualTo(1);
            JsonNode run = log.get("runs").get(0);
            JsonNode driver = run.get("tool").get("driver");
            assertThat(driver.get("name").asString()).isEqualTo("polku");
            JsonNode rules = driver.get("rules");
            Set<String> ids = new HashSet<>();
            for (JsonNode rule : rules) {
                assertThat(ids.add(rule.get("id").asString())).as("rule ids are unique").isTrue();
                JsonNode messages = rule.get("properties").get("messages");
                assertThat(Set.of(messages.get("fi").asString(), messages.get("sv").asString(),
                        messages.get("en").asString())).as("three languages").hasSize(3);
                assertThat(rule.get("shortDescription").get("text").asString()).isEqualTo(messages.get("en").asString());
            }
            List<String> fromResults = new ArrayList<>();
            for (JsonNode result : run.get("results")) {
                String code = result.get("ruleId").asString();
                assertThat(rules.get(result.get("ruleIndex").intValue()).get("id").asString()).isEqualTo(code);
                assertThat(result.get("level").asString()).isIn("error", "warning", "note");
                assertThat(result.get("message").get("text").asString()).isNotBlank();
                JsonNode location = result.get("locations").get(0);
                String uri = location.get("physicalLocation").get("artifactLocation").get("uri").asString();
                String file = result.get("properties").get("file").asString();
                assertThat(uri).isEqualTo(new File(file).toURI().toASCIIString().replace("file:/", "file:///"));
                String pointer = location.get("logicalLocations").get(0).get("fullyQualifiedName").asString();
                assertThat(location.get("logicalLocations").get(0).get("kind").asString())
                        .isEqualTo(pointer.isEmpty() ? "object" : "property");
                fromResults.add(file + "|" + result.get("properties").get("documentIndex").asLong() + "|" + code + "|"
                        + pointer);
            }
            assertThat(fromResults).containsExactlyElementsOf(violations(MIXED)).isNotEmpty();
        }

        @Test
        void writesAnEmptyRunForValidDocuments() throws Exception {
            Process p = validate("sarif", doc("valid/path.json"));
            assertThat(p.status).isZero();
            JsonNode run = tree(p.out).get("runs").get(0);
            assertThat(run.get("results").size()).isZero();
            assertThat(run.get("tool").get("driver").get("rules").size()).isZero();
        }
    }

    @Nested
    class Junit {

        @Test
        void writesATestCasePerDocumentAndAFailurePerError() throws Exception {
            Process p = validate("junit", MIXED);
            assertThat(p.status).isEqualTo(1);
            org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(p.out.getBytes(StandardCharsets.UTF_8)));
            Element root = xml.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("testsuites");
            NodeList suites = root.getElementsByTagName("testsuite");
            assertThat(suites.getLength()).isEqualTo(4);
            long errorsFromJson = violations(MIXED).size();
            int failures = 0;
            int cases = 0;
            for (int i = 0; i < suites.getLength(); i++) {
                Element suite = (Element) suites.item(i);
                NodeList testcases = suite.getElementsByTagName("testcase");
                assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(testcases.getLength());
                int failed = 0;
                for (int j = 0; j < testcases.getLength(); j++) {
                    int f = ((Element) testcases.item(j)).getElementsByTagName("failure").getLength();
                    failed += f > 0 ? 1 : 0;
                    failures += f;
                }
                assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(failed);
                cases += testcases.getLength();
            }
            assertThat(cases).isEqualTo(7);
            // every violation of these inputs is an error
            assertThat((long) failures).isEqualTo(errorsFromJson);
            Element failure = (Element) xml.getElementsByTagName("failure").item(0);
            assertThat(failure.getAttribute("type")).isEqualTo("polku.path.dates.order");
            assertThat(failure.getAttribute("message")).startsWith("/assessment/completedOn polku.path.dates.order: ");
        }
    }

    @Nested
    class RoughEdges {

        @Test
        void givesAnEmptyFileItsOwnViolation() throws Exception {
            Path empty = write("empty.json", "");
            Path blank = write("blank.json", " \n\t\n");
            Process p = Process.run("validate", empty.toString(), blank.toString(), doc("valid/path.json"));
            assertThat(p.status).isEqualTo(1);
            assertThat(p.out).contains("empty.json: invalid\n  error (root) polku.json.empty: The input is empty")
                    .contains("blank.json: invalid\n  error (root) polku.json.empty: ")
                    .doesNotContain("polku.json.malformed");
            assertThat(Process.run("validate", doc("invalid/malformed.json")).out).contains("polku.json.malformed")
                    .doesNotContain("polku.json.empty");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                LANG=fi_FI.UTF-8                      | virheellinen
                LANG=sv_FI                            | ogiltigt
                LANG=en_US.UTF-8                      | invalid
                LANG=C.UTF-8                          | invalid
                LANG=fi_FI.UTF-8,LC_ALL=sv_SE.UTF-8   | ogiltigt
                LANG=sv_FI,LC_MESSAGES=fi_FI          | virheellinen
                LANG=fi_FI.UTF-8,LC_ALL=              | virheellinen
                """)
        void takesTheLanguageFromTheLocaleVariablesEvenIfTheLocaleIsNotInstalled(String variables, String word)
                throws Exception {
            Map<String, String> environment = new java.util.HashMap<>();
            for (String pair : variables.split(",")) {
                environment.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            // the JVM's own locale is English: the variables, read as text, decide
            Process p = Process.start("", Process.command(List.of("-Duser.language=en", "-Duser.country=US"),
                    "validate", doc("invalid/structure.json")), environment);
            assertThat(p.out).contains("structure.json: " + word + "\n");
        }

        @Test
        void rejectsAnImpossibleDateWithAPlainMessage() throws Exception {
            Process p = Process.run("report", "--on", "2025-13-01", doc("valid/path.json"));
            assertThat(p.status).isEqualTo(2);
            assertThat(p.err).contains("'2025-13-01' is not a valid date; expected YYYY-MM-DD")
                    .doesNotContain("Exception").doesNotContain("java.");
            assertThat(Process.run("report", "--on", "2030-01-31", doc("valid/path.json")).status).isZero();
        }
    }

    @Nested
    class SchemaAll {

        @Test
        void writesEverySchemaIntoADirectory() throws Exception {
            Path out = dir.resolve("schemas/nested");
            Process p = Process.run("schema", "--all", "--out", out.toString());
            assertThat(p.status).isZero();
            String[] types = Process.run("schema").out.split("\\R");
            assertThat(out.toFile().list()).hasSize(types.length);
            for (String type : types) {
                String fileName = type.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".schema.json";
                assertThat(Files.readString(out.resolve(fileName))).isEqualTo(Process.run("schema", type).out);
            }
        }

        @Test
        void needsBothAllAndOut() throws Exception {
            assertThat(Process.run("schema", "--all").status).isEqualTo(2);
            assertThat(Process.run("schema", "--out", dir.toString()).status).isEqualTo(2);
        }
    }

    @Nested
    class FailedWrites {

        /** Runs the jar with standard output sent to /dev/full, where every write fails with ENOSPC. */
        Process toFullDevice(String... args) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(Process.command(List.of("-Duser.language=en"), args))
                    .redirectOutput(new File("/dev/full"));
            builder.environment().keySet().removeAll(Language.VARIABLES);
            java.lang.Process process = builder.start();
            process.getOutputStream().close();
            String err;
            try (InputStream in = process.getErrorStream()) {
                err = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return Process.of(process.exitValue(), "", err);
        }

        @ParameterizedTest
        @ValueSource(strings = {"validate", "schema", "report", "help"})
        void exitsWithStatusTwoWhenStandardOutputCannotBeWritten(String command) throws Exception {
            String[] args;
            switch (command) {
                case "schema":
                    args = new String[] {"schema", "CLIENT"};
                    break;
                case "help":
                    args = new String[] {"--help"};
                    break;
                default:
                    args = new String[] {command, doc("valid/path.json")};
            }
            Process p = toFullDevice(args);
            assertThat(p.status).isEqualTo(2);
            assertThat(p.err).isEqualTo("polku: cannot write to standard output" + System.lineSeparator());
        }

        @Test
        void stillExitsZeroWhenTheWriteSucceeds() throws Exception {
            assertThat(Process.run("validate", doc("valid/path.json")).status).isZero();
        }
    }
}
