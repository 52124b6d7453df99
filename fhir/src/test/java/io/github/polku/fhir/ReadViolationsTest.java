package io.github.polku.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.client.ClientIdentity;
import io.github.polku.fhir.FhirUrls;
import io.github.polku.testing.Samples;
import io.github.polku.validation.Violation;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * A bundle that lacks what Polku requires gives violations with JSON Pointers into the bundle, every
 * problem at once, never an exception. The entries of the sample path's bundle are, in order:
 * 0 Patient, 1 Organization, 2 EpisodeOfCare, 3 ClinicalImpression, 4 CareTeam, 5 Goal, 6 CarePlan.
 */
class ReadViolationsTest {

    private static final PolkuFhir FHIR = PolkuFhir.create();

    private static Bundle sample() {
        return FHIR.toBundle(FhirContent.of(Samples.path()), BundleKind.COLLECTION);
    }

    private static EpisodeOfCare episode(Bundle bundle) {
        return (EpisodeOfCare) bundle.getEntry().get(2).getResource();
    }

    private static List<String> problems(FhirReadResult result) {
        return result.getReport().getViolations().stream().map(v -> v.getPath() + " " + v.getCode()).toList();
    }

    @Test
    void theSampleBundleReadsWithoutViolations() {
        FhirReadResult result = FHIR.fromBundle(sample());
        assertThat(result.isValid()).isTrue();
        assertThat(result.getContent().get().getPath()).contains(Samples.path());
    }

    @Test
    void missingStartOfTheEpisodeIsReportedWhereItBelongs() {
        Bundle bundle = sample();
        episode(bundle).getPeriod().setStartElement(null);
        FhirReadResult result = FHIR.fromBundle(bundle);
        assertThat(result.isValid()).isFalse();
        assertThat(result.getContent()).isEmpty();
        assertThat(problems(result)).containsExactly("/entry/2/resource/period/start polku.json.required");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Bundle bundle = sample();
        episode(bundle).getPeriod().setStartElement(null);
        episode(bundle).getExtension().get(0).setValue(new CodeType("CARRIER_PIGEON"));
        ((Goal) bundle.getEntry().get(5).getResource()).getDescription().setText(null);
        episode(bundle).getPatient().setReference("urn:uuid:00000000-0000-0000-0000-000000000000");
        FhirReadResult result = FHIR.fromBundle(bundle);
        assertThat(problems(result)).containsExactlyInAnyOrder(
                "/entry/2/resource/patient/reference polku.fhir.reference.unresolved",
                "/entry/2/resource/period/start polku.json.required",
                "/entry/2/resource/extension/0/valueCode polku.json.code.unknown",
                "/entry/5/resource/description/text polku.json.required");
        Violation unknown = result.getReport().getViolations().stream()
                .filter(v -> v.getCode().equals("polku.json.code.unknown")).findFirst().get();
        assertThat(unknown.getArguments()).containsEntry("codeSet", "ContactChannel");
        assertThat(unknown.getMessage(Locale.forLanguageTag("fi"))).contains("ContactChannel");
    }

    @Test
    void anEmptyBundleHasNoPatient() {
        FhirReadResult result = FHIR.fromBundle(new Bundle());
        assertThat(problems(result)).containsExactly("/entry polku.fhir.resource.missing");
        assertThat(result.getReport().getViolations().get(0).getMessage(Locale.ENGLISH))
                .isEqualTo("The bundle holds no Patient resource");
    }

    @Test
    void aSecondEpisodeIsReportedNotGuessed() {
        Bundle bundle = sample();
        bundle.addEntry().setFullUrl("urn:uuid:11111111-1111-1111-1111-111111111111").setResource(episode(bundle).copy());
        int last = bundle.getEntry().size() - 1;
        assertThat(problems(FHIR.fromBundle(bundle))).containsExactly("/entry/" + last + "/resource polku.fhir.resource.duplicate");
    }

    @Test
    void aClosureWithoutItsDateIsReported() {
        Bundle bundle = FHIR.toBundle(FhirContent.of(Samples.hameenlinna2020Path()), BundleKind.COLLECTION);
        EpisodeOfCare episode = (EpisodeOfCare) bundle.getEntry().get(2).getResource();
        assertThat(FHIR.fromBundle(bundle).isValid()).isTrue();
        episode.getPeriod().setEndElement(null);
        assertThat(problems(FHIR.fromBundle(bundle))).containsExactly("/entry/2/resource/period/end polku.json.required");
    }

    @Test
    void aBadIdentityCodeIsReportedWithoutTheCode() {
        ClientIdentity identity = new Generated(3).identity(Samples.client().getClientId());
        Bundle bundle = FHIR.toBundle(FhirContent.of(identity), BundleKind.COLLECTION);
        assertThat(FHIR.fromBundle(bundle).getContent().flatMap(FhirContent::getIdentity)).contains(identity);
        Patient patient = (Patient) bundle.getEntry().get(0).getResource();
        String code = patient.getIdentifier().get(1).getValue();
        String broken = code.substring(0, 10) + (code.charAt(10) == 'X' ? 'Y' : 'X');
        patient.getIdentifier().get(1).setValue(broken);
        FhirReadResult result = FHIR.fromBundle(bundle);
        assertThat(result.isValid()).isFalse();
        assertThat(result.getReport().getViolations()).allSatisfy(v -> assertThat(v.getPath()).isEqualTo("/entry/0/resource/identifier/1/value"));
        assertThat(result.toString()).doesNotContain(broken).doesNotContain(code.substring(0, 6));
        assertThat(result.getReport().getViolations().toString()).doesNotContain(code.substring(0, 6));
    }

    @Test
    void textThatIsNotABundleIsAViolation() {
        assertThat(problems(FHIR.fromJson("{\"resourceType\":\"Patient\"}"))).containsExactly("/resourceType polku.json.documentType.unexpected");
        assertThat(problems(FHIR.fromJson("not json at all"))).containsExactly(" polku.json.invalid");
        assertThat(problems(FHIR.fromJson("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[]}")))
                .containsExactly("/entry polku.fhir.resource.missing");
    }

    @Test
    void anExtensionOfTheWrongTypeIsReported() {
        Bundle bundle = sample();
        episode(bundle).getExtension().get(1).setValue(new CodeType("true"));
        assertThat(episode(bundle).getExtension().get(1).getUrl()).isEqualTo(FhirUrls.EXTENSION + "first-contact-urgent");
        assertThat(problems(FHIR.fromBundle(bundle))).containsExactly("/entry/2/resource/extension/1/valueBoolean polku.json.type");
    }

    @Test
    void contentDescriptionsHoldNoPersonalData() {
        ClientIdentity identity = new Generated(5).identity(Samples.client().getClientId());
        FhirContent content = FhirContent.of(Samples.path()).withIdentity(identity);
        assertThat(content.toString()).doesNotContain(identity.getIdentityCode().toUnmaskedString())
                .doesNotContain(Samples.CLIENT_VIEW).isEqualTo("FhirContent{path=true, client=false, identity=true}");
    }
}
