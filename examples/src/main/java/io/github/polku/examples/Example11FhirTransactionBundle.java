package io.github.polku.examples;

import io.github.polku.fhir.BundleKind;
import io.github.polku.fhir.FhirContent;
import io.github.polku.fhir.FhirReadResult;
import io.github.polku.fhir.PolkuFhir;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.serialization.jackson.PolkuDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;

/**
 * A rehabilitation path sent to a FHIR server as one transaction bundle, and read back.
 * <p>
 * <b>What this shows.</b> A county's social-care record holds the Hämeenlinna 2020 path (a Polku
 * document). Its integration platform speaks HL7 FHIR R4, so the program turns the path into a
 * {@code transaction} bundle - what a FHIR endpoint accepts in one {@code POST} - lists what it holds,
 * and reads the bundle back into a path equal to the one it started from.
 * <p>
 * <b>Things to notice.</b>
 * <ul>
 *   <li>The path becomes an EpisodeOfCare; its stages are the episode's status history, its services
 *       ServiceRequests with an Encounter per attendance, its measurements QuestionnaireResponses.</li>
 *   <li>Every entry has a {@code request} (POST) and a {@code urn:uuid:} full URL, which the server
 *       replaces with its own ids; the references between the entries follow.</li>
 *   <li>Nothing is lost: what FHIR R4 has no element for (the closure's destination, the voucher)
 *       travels in extensions under https://polku.github.io/fhir/, listed in docs/FHIR.md.</li>
 *   <li>No identity goes to FHIR unless a ClientIdentity is added: the patient is known by the
 *       pseudonymous client id only.</li>
 * </ul>
 */
public final class Example11FhirTransactionBundle {

    private Example11FhirTransactionBundle() {
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --lang fi|sv|en} for the language of the lessons
     */
    public static void main(String[] args) {
        ExampleData.quietLogs();
        Lessons lessons = Lessons.of(11, args);
        // 1. Read the path from the social-care record's export.
        lessons.step(1);
        RehabilitationPath path;
        try {
            path = PolkuDocuments.strict().read(Files.readAllBytes(ExampleData.file("valid/path-hameenlinna-2020.json")),
                    RehabilitationPath.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // 2. Map it to a transaction bundle (the first call starts HAPI FHIR, a few seconds).

        lessons.step(2);
        PolkuFhir fhir = PolkuFhir.create();
        Bundle bundle = fhir.toBundle(FhirContent.of(path), BundleKind.TRANSACTION);

        // 3. List what the server would receive.

        lessons.step(3);
        System.out.println("Bundle type: " + bundle.getType().toCode() + ", entries: " + bundle.getEntry().size());
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            System.out.println("  " + entry.getRequest().getMethod().toCode() + " " + entry.getRequest().getUrl()
                    + "  " + entry.getFullUrl());
        }
        EpisodeOfCare episode = (EpisodeOfCare) bundle.getEntry().stream()
                .filter(e -> e.getResource() instanceof EpisodeOfCare).findFirst().get().getResource();
        System.out.println("Episode " + episode.getIdentifierFirstRep().getValue() + ": " + episode.getStatus().toCode()
                + ", " + episode.getStatusHistory().size() + " status history entries");

        // 4. The JSON the server receives, and its size.

        lessons.step(4);
        String json = fhir.getContext().newJsonParser().encodeResourceToString(bundle);
        System.out.println("JSON: " + json.length() + " characters");

        // 5. Read it back, as the receiving side would, and compare.

        lessons.step(5);
        FhirReadResult back = fhir.fromJson(json);
        System.out.println("Read back: " + (back.isValid() ? "valid" : back.getReport()));
        System.out.println("Same path: " + back.getContent().flatMap(FhirContent::getPath).map(path::equals).orElse(false));
        lessons.notices();
    }
}
