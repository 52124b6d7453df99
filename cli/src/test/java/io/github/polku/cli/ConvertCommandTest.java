package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.serialization.jackson.PolkuDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polku convert}: a path to a FHIR bundle and back gives the same document; bad input gives violations, not a trace. */
class ConvertCommandTest {

    private static final Path GOLDEN_PATH = Path.of("../serialization/src/test/resources/golden/v1/rehabilitation-path.json");
    private static final DocumentChecker UNUSED = (source, in, ndjson, lenient, sink) -> {
        throw new AssertionError("convert does not use the validate checker");
    };

    @TempDir
    Path dir;

    private static Runs run(String... args) {
        return Runs.run(UNUSED, Locale.ENGLISH, "", args);
    }

    @Test
    void aPathGoesToFhirAndComesBackTheSame() throws IOException {
        Path bundle = dir.resolve("bundle.json");
        Runs to = run("convert", "--to", "fhir", "--bundle", "transaction", "--out", bundle.toString(), GOLDEN_PATH.toString());
        assertThat(to.status).isZero();
        assertThat(to.err).isEmpty();
        assertThat(Files.readString(bundle)).contains("\"resourceType\": \"Bundle\"", "\"type\": \"transaction\"", "EpisodeOfCare");
        Runs from = run("convert", "--from", "fhir", bundle.toString());
        assertThat(from.status).isZero();
        PolkuDocuments documents = PolkuDocuments.strict();
        Object original = documents.read(Files.readAllBytes(GOLDEN_PATH), RehabilitationPath.class);
        Object back = documents.read(from.out.trim().getBytes(StandardCharsets.UTF_8), RehabilitationPath.class);
        assertThat(back).isEqualTo(original);
    }

    @Test
    void aBundleLackingTheEpisodeStartIsReportedWithItsPointer() throws IOException {
        Path bundle = dir.resolve("bundle.json");
        assertThat(run("convert", "--to", "fhir", "--out", bundle.toString(), GOLDEN_PATH.toString()).status).isZero();
        String json = Files.readString(bundle);
        // The episode's own period follows its managing organisation (the status history has periods too).
        int period = json.indexOf("\"period\"", json.indexOf("\"managingOrganization\"", json.indexOf("\"EpisodeOfCare\"")));
        int start = json.indexOf("\"start\"", period);
        Files.writeString(bundle, json.substring(0, start) + "\"startX\"" + json.substring(start + "\"start\"".length()));
        Runs from = run("convert", "--from", "fhir", bundle.toString());
        assertThat(from.status).isEqualTo(1);
        assertThat(from.out).isEmpty();
        assertThat(from.err).contains("/entry/2/resource/period/start", "polku.json.required").doesNotContain("Exception");
    }

    @Test
    void notJsonAndAMissingFileAreOneLineEach() throws IOException {
        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "this is not a bundle");
        Runs from = run("convert", "--from", "fhir", junk.toString(), dir.resolve("absent.json").toString());
        assertThat(from.status).isEqualTo(2);
        assertThat(from.err.lines()).hasSize(2).anySatisfy(line -> assertThat(line).contains("polku.json.invalid"))
                .anySatisfy(line -> assertThat(line).contains("cannot read"));
    }

    @Test
    void exactlyOneDirectionIsRequired() {
        Runs both = run("convert", "--to", "fhir", "--from", "fhir", GOLDEN_PATH.toString());
        assertThat(both.status).isEqualTo(2);
        assertThat(both.err).contains("exactly one of --to fhir and --from fhir");
    }

    @Test
    void aDocumentTypeWithoutMappingIsRefusedInTheChosenLanguage() {
        Path framework = Path.of("../serialization/src/test/resources/golden/v1/quality-framework.json");
        Runs to = Runs.run(UNUSED, Locale.forLanguageTag("fi"), "", "convert", "--to", "fhir", framework.toString());
        assertThat(to.status).isEqualTo(1);
        assertThat(to.err).contains("ei ole FHIR-muunnosta");
    }
}
