package io.github.polku.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip over generated paths (with a client and an identity now and then): seeded, so a
 * failure names the seed that reproduces it ({@code new Generated(seed).content()}).
 */
class GeneratedRoundTripTest {

    private static final PolkuFhir FHIR = PolkuFhir.create();

    static LongStream seeds() {
        return LongStream.range(0, 150);
    }

    static LongStream conformanceSeeds() {
        return LongStream.range(1000, 1020);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedContentSurvivesTheJsonBundle(long seed) {
        FhirContent content = new Generated(seed).content();
        FhirReadResult back = FHIR.fromJson(FHIR.toJson(content, BundleKind.COLLECTION));
        assertThat(back.getReport().getViolations()).as("seed %d", seed).isEmpty();
        assertThat(back.getContent()).as("seed %d", seed).contains(content);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("conformanceSeeds")
    void generatedContentGivesAConformingBundle(long seed) {
        Bundle bundle = FHIR.toBundle(new Generated(seed).content(), BundleKind.TRANSACTION);
        assertThat(Conformance.errors(bundle)).as("seed %d", seed).isEmpty();
        assertThat(FHIR.fromBundle(bundle).isValid()).as("seed %d", seed).isTrue();
    }
}
