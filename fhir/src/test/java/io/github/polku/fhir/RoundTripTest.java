package io.github.polku.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.client.Client;
import io.github.polku.client.ClientIdentity;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.testing.Samples;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Polku to FHIR and back gives the same value, for every valid example and golden document of the mapped types. */
class RoundTripTest {

    private static final PolkuFhir FHIR = PolkuFhir.create();

    static List<Documents.Named> documents() {
        return Documents.all();
    }

    static FhirContent content(Object value) {
        if (value instanceof RehabilitationPath) {
            return FhirContent.of((RehabilitationPath) value);
        }
        if (value instanceof Client) {
            return FhirContent.of((Client) value);
        }
        return FhirContent.of((ClientIdentity) value);
    }

    @Test
    void everyMappedExampleAndGoldenDocumentIsFound() {
        assertThat(documents()).extracting(Documents.Named::name).contains(
                "serialization/src/test/resources/golden/v1/rehabilitation-path.json",
                "serialization/src/test/resources/golden/v1/client.json",
                "serialization/src/test/resources/golden/v1/client-identity.json",
                "examples/data/valid/path-hameenlinna-2020.json",
                "examples/data/valid/client.json",
                "examples/data/paths.ndjson:12");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void documentSurvivesTheBundleAndItsJson(Documents.Named document) {
        FhirContent content = content(document.value());
        for (BundleKind kind : BundleKind.values()) {
            Bundle bundle = FHIR.toBundle(content, kind);
            FhirReadResult back = FHIR.fromBundle(bundle);
            assertThat(back.getReport().getViolations()).isEmpty();
            assertThat(back.getContent()).contains(content);
            FhirReadResult parsed = FHIR.fromJson(FHIR.toJson(content, kind));
            assertThat(parsed.getReport().getViolations()).isEmpty();
            assertThat(parsed.getContent()).contains(content);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void documentGivesAConformingBundle(Documents.Named document) {
        // A transaction is a collection plus a request per entry: checking it checks both.
        assertThat(Conformance.errors(FHIR.toBundle(content(document.value()), BundleKind.TRANSACTION))).isEmpty();
    }

    @Test
    void pathClientAndIdentityTravelTogether() {
        ClientIdentity identity = new Generated(7).identity(Samples.client().getClientId());
        FhirContent content = FhirContent.of(Samples.pathInRehabilitation()).withClient(Samples.client()).withIdentity(identity);
        Bundle bundle = FHIR.toBundle(content, BundleKind.TRANSACTION);
        assertThat(FHIR.fromBundle(bundle).getContent()).contains(content);
        assertThat(Conformance.errors(bundle)).isEmpty();
        // One patient for all three, and the named worker is the episode's care manager.
        assertThat(bundle.getEntry()).filteredOn(e -> e.getResource().fhirType().equals("Patient")).hasSize(1);
        org.hl7.fhir.r4.model.EpisodeOfCare episode = (org.hl7.fhir.r4.model.EpisodeOfCare) bundle.getEntry().stream()
                .filter(e -> e.getResource().fhirType().equals("EpisodeOfCare")).findFirst().get().getResource();
        assertThat(episode.getCareManager().getReference()).startsWith("urn:uuid:");
        assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST));
    }

    @Test
    void theSameContentGivesTheSameBundle() {
        FhirContent content = FhirContent.of(Samples.pathInRehabilitation());
        assertThat(FHIR.toJson(content, BundleKind.COLLECTION)).isEqualTo(FHIR.toJson(content, BundleKind.COLLECTION));
    }
}
