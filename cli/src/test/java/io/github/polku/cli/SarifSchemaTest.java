package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GH-18: {@code polku validate --format sarif} writes logs that the official SARIF 2.1.0 JSON schema accepts.
 *
 * <p>The schema is the OASIS SARIF TC's JSON Schema of SARIF 2.1.0 (OASIS Standard, JSON Schema draft-07,
 * {@code $id} {@code https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json}),
 * read from the class path of the test dependency {@code io.github.detekt.sarif4j:sarif4j} (Apache-2.0, Maven
 * Central), which ships it unchanged as {@code json/sarif-schema-2.1.0.json}: nothing third-party is committed.
 * The validator is networknt's json-schema-validator, independent of the printer, with format assertions on
 * (so {@code uri} and {@code uri-reference} values are checked too).
 */
class SarifSchemaTest {

    private static final JsonSchema SARIF = schema();

    @TempDir
    Path dir;

    private static JsonSchema schema() {
        try (InputStream in = SarifSchemaTest.class.getClassLoader().getResourceAsStream("json/sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> check(String sarif) {
        return SARIF.validate(sarif, InputFormat.JSON);
    }

    static String doc(String name) {
        return Paths.get("src/test/resources/documents", name).toString();
    }

    /**
     * A run over valid, invalid (errors, and warnings: lenient), malformed, NDJSON, JSON-array and unreadable
     * inputs, relative and absolute paths.
     */
    @Test
    void aMixedRunValidates() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("a directory"));
        Path strange = Files.writeString(dir.resolve("ä b:c.json"), "{\"documentType\":");
        Runs r = Runs.run(new FacadeChecker(), Locale.forLanguageTag("fi"), "", "validate", "--format", "sarif",
                "--lenient", doc("valid/path.json"), doc("invalid/rules.json"), doc("invalid/structure.json"),
                doc("invalid/malformed.json"), doc("stream/mixed.ndjson"), doc("stream/array.json"),
                Paths.get(doc("valid/client.json")).toAbsolutePath().toString(), strange.toString(),
                directory.toString(), dir.resolve("missing.json").toString());

        assertThat(r.status).as(r.err).isEqualTo(2);
        assertThat(r.out).contains("\"ruleId\":\"polku.path.dates.order\"", "\"level\":\"warning\"", "\"line\":3");
        assertThat(check(r.out)).isEmpty();
    }

    @Test
    void aRunOverStandardInputValidates() {
        Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "{}\n[", "validate", "--format", "sarif", "-");
        assertThat(r.out).contains("\"uri\":\"stdin\"");
        assertThat(check(r.out)).isEmpty();
    }

    @Test
    void aCleanRunValidates() {
        Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "validate", "--format", "sarif", doc("valid/path.json"));
        assertThat(r.status).isZero();
        assertThat(r.out).contains("\"results\":[]");
        assertThat(check(r.out)).isEmpty();
    }

    /** The validator does refuse logs that break the schema: each row breaks one rule of SARIF 2.1.0. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong version              | "version":"2.1.0"       | "version":"2.2.0"
            unknown level              | "level":"error"         | "level":"fatal"
            negative rule index        | "ruleIndex":0           | "ruleIndex":-2
            unknown top-level property | "runs":[                | "polku":1,"runs":[
            no tool                    | "tool":{"driver":       | "toolz":{"driver":
            message without text       | "message":{"text":      | "message":{"txt":
            """)
    void aBrokenLogIsRefused(String broken, String from, String to) {
        Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "validate", "--format", "sarif", doc("invalid/rules.json"));
        assertThat(r.out).contains(from);
        assertThat(check(r.out.replace(from, to))).as(broken).isNotEmpty();
    }
}
