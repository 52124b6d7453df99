package io.github.polku.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.client.Client;
import io.github.polku.client.ClientLanguage;
import io.github.polku.testing.Samples;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.junit.jupiter.api.Test;

/** The conformance checks (HL7's instance validator and three more) accept a mapped bundle and reject broken ones. */
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

    private static Encounter encounter(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Encounter.class::isInstance)
                .map(Encounter.class::cast).findFirst().get();
    }

    @Test
    void aMappedBundleHasNoInstanceValidatorErrorsAndTheFinnishProfilesAreOnlyWarnedAbout() {
        String json = Conformance.CONTEXT.newJsonParser().encodeResourceToString(hameenlinna());
        assertThat(json).contains("fi-base-patient");
        var messages = InstanceValidation.validate(json);
        assertThat(messages).noneMatch(InstanceValidation::isError);
        // Base R4 definitions only: the FI Base profile named in meta.profile is unknown, a warning.
        assertThat(messages).anySatisfy(message -> {
            assertThat(message.getLevel()).isEqualTo(ValidationMessage.IssueSeverity.WARNING);
            assertThat(message.getMessageId()).isEqualTo("Validation_VAL_Profile_Unknown");
            assertThat(message.getMessage()).contains("fi-base-patient");
        });
    }

    @Test
    void anEncounterWithoutItsStatusFailsTheInstanceValidator() {
        Bundle bundle = hameenlinna();
        encounter(bundle).setStatus(null);
        assertThat(Conformance.errors(bundle)).anySatisfy(error -> assertThat(error).startsWith("instance: ERROR")
                .contains("Encounter.status: minimum required = 1"));
    }

    @Test
    void aGenderOutsideItsRequiredValueSetFailsTheInstanceValidator() {
        // HAPI's model cannot hold an unknown code, so the JSON is edited: the wire is what gets validated.
        String json = Conformance.CONTEXT.newJsonParser().encodeResourceToString(hameenlinna())
                .replace("\"resourceType\":\"Patient\",", "\"resourceType\":\"Patient\",\"gender\":\"woman\",");
        assertThat(json).contains("\"gender\":\"woman\"");
        assertThat(InstanceValidation.errors(json)).anySatisfy(error -> assertThat(error).startsWith("instance: ERROR")
                .contains(".gender").contains("http://hl7.org/fhir/ValueSet/administrative-gender"));
    }

    @Test
    void anAnswerToAnItemItsQuestionnaireLacksFailsTheInstanceValidator() {
        // Shows the bundle's Questionnaires reach the validator: without them it only warns "not found".
        Bundle bundle = hameenlinna();
        QuestionnaireResponse response = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(QuestionnaireResponse.class::isInstance).map(QuestionnaireResponse.class::cast).findFirst().get();
        response.getItemFirstRep().setLinkId("no-such-item");
        assertThat(Conformance.errors(bundle)).anySatisfy(error -> assertThat(error).startsWith("instance: ERROR")
                .contains("QuestionnaireResponse").contains("no-such-item"));
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
