package io.github.polku.serialization.jackson;

import io.github.polku.client.ClientId;
import io.github.polku.client.ClientIdentity;
import io.github.polku.client.PersonalIdentityCode;
import io.github.polku.testing.CoDevelopmentSamples;
import io.github.polku.testing.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden documents: one obviously fictional value per document type and where its file is.
 * Run the tests with {@code -Dpolku.updateGolden=true} to rewrite the files after a deliberate
 * format change.
 */
final class Goldens {

    static final Path GOLDEN = Path.of("src/test/resources/golden/v1");
    static final boolean UPDATE = Boolean.getBoolean("polku.updateGolden");
    static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** A fictional temporary identity code (individual number 900-999). */
    static final String FICTIONAL_CODE = "010190-900P";

    private Goldens() {
    }

    static ClientIdentity identity() {
        return ClientIdentity.builder().clientId(ClientId.of("C-TEST-0001"))
                .identityCode(PersonalIdentityCode.parseAllowingTemporary(FICTIONAL_CODE))
                .name("Testi Testinen").build();
    }

    /** The built-in quality framework. */
    static io.github.polku.quality.QualityFramework framework() {
        return io.github.polku.quality.QualityFramework.builtIn();
    }

    /** A framework with the first criterion of the built-in one only, for small examples. */
    static io.github.polku.quality.QualityFramework smallFramework() {
        io.github.polku.quality.QualityFramework full = framework();
        return io.github.polku.quality.QualityFramework.builder().id(full.getId()).version(full.getVersion()).name(full.getName())
                .addAllSources(full.getSources()).addCriteria(full.getCriteria().get(0)).build();
    }

    static io.github.polku.quality.QualityEvaluation evaluation() {
        return io.github.polku.quality.QualityEvaluator.of(framework())
                .evaluate(Samples.hameenlinna2020Path(), java.time.LocalDate.of(2020, 12, 31));
    }

    /** Two closed sample paths and the Meidän Tupa mornings under the standard classification. */
    static io.github.polku.quality.CohortSummary cohortSummary() {
        return io.github.polku.quality.CohortSummary.of(List.of(Samples.hameenlinna2020Path(), Samples.meidanTupaVisitorPath()),
                Samples.meidanTupaContacts(), io.github.polku.path.OutcomeClassification.standard());
    }

    /** A report with an error and a warning, one with arguments and one without. */
    static io.github.polku.validation.ValidationReport validationReport() {
        return io.github.polku.validation.ValidationReport.of(List.of(
                io.github.polku.validation.Violation.error("polku.value.missing", "/clientId", Map.of("attribute", "clientId")),
                io.github.polku.validation.Violation.warning("polku.json.unknownProperty", "/services/0/colour", Map.of())));
    }

    static Map<DocumentType, Object> values() {
        return Map.of(
                DocumentType.COHORT_SUMMARY, cohortSummary(),
                DocumentType.VALIDATION_REPORT, validationReport(),
                DocumentType.QUALITY_FRAMEWORK, framework(),
                DocumentType.QUALITY_EVALUATION, evaluation(),
                DocumentType.REHABILITATION_PATH, Samples.hameenlinna2020Path(),
                DocumentType.CLIENT, Samples.client(),
                DocumentType.CLIENT_IDENTITY, identity(),
                DocumentType.ANONYMOUS_CONTACTS, AnonymousContactBatch.of(Samples.meidanTupaContacts()),
                DocumentType.CO_DEVELOPMENT_PROCESS, CoDevelopmentSamples.jyvaskyla());
    }

    static Path file(DocumentType type) {
        return GOLDEN.resolve(type.getFileName() + ".json");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The committed pretty text with the whitespace between tokens removed, character for character
     * otherwise: what the compact writer must produce, byte for byte.
     */
    static String compact(String pretty) {
        StringBuilder out = new StringBuilder(pretty.length());
        boolean inString = false;
        for (int i = 0; i < pretty.length(); i++) {
            char c = pretty.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(pretty.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String pretty(String json) {
        return PRETTY.writeValueAsString(PRETTY.readTree(json)).replace("\r\n", "\n") + "\n";
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
