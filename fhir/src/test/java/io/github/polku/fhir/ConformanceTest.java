package io.github.polku.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.client.Client;
import io.github.polku.client.ClientLanguage;
import io.github.polku.testing.Samples;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.junit.jupiter.api.Test;

/** The conformance check that stands in for FhirInstanceValidator accepts a mapped bundle and rejects broken ones. */
class ConformanceTest {

    private static final PolkuFhir FHIR = PolkuFhir.create();

    private static Bundle hameenlinna() {
        Client client = Client.builder().clientId(Samples.hameenlinna2020Path().getClientId()).language(ClientLanguage.FINNISH)
                .organiser(Samples.hameenlinna()).namedWorker(Samples.socialWorker()).build();
        return FHIR.toBundle(FhirContent.of(Samples.hameenlinna2020Path()).withClient(client), BundleKind.TRANSACTION);
    }

    @Test
    void aMappedBundleConformsAndTheInvariantsWereEvaluated() {
        assertThat(Conformance.errors(hameenlinna())).isEmpty();
        assertThat(Conformance.EVALUATED).contains("ele-1", "ext-1", "per-1", "bdl-7", "qrs-1");
    }

    @Test
    void anEncounterWithoutItsClassFailsTheSchema() {
        Bundle bundle = hameenlinna();
        bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Encounter.class::isInstance)
                .map(Encounter.class::cast).findFirst().get().setClass_(null);
        assertThat(Conformance.errors(bundle)).anySatisfy(error -> assertThat(error).startsWith("schema:").contains("class"));
    }

    @Test
    void aPeriodEndingBeforeItStartsFailsAnInvariant() {
        Bundle bundle = hameenlinna();
        EpisodeOfCare episode = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(EpisodeOfCare.class::isInstance).map(EpisodeOfCare.class::cast).findFirst().get();
        episode.getPeriod().setEndElement(new DateTimeType("2019-01-01"));
        assertThat(Conformance.errors(bundle)).anySatisfy(error -> assertThat(error).startsWith("invariant per-1"));
    }
}
