package io.github.polku.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import io.github.polku.fhir.internal.FromFhir;
import io.github.polku.fhir.internal.ToFhir;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Polku and HL7 FHIR R4: a client's rehabilitation path (fi: kuntoutuspolku, sv:
 * rehabiliteringsstig), the client and the client's identity as one FHIR {@link Bundle}, and back.
 * <pre>{@code
 * PolkuFhir fhir = PolkuFhir.create();
 * Bundle bundle = fhir.toBundle(FhirContent.of(path).withClient(client), BundleKind.TRANSACTION);
 * FhirReadResult back = fhir.fromBundle(bundle);   // back.getContent() equals the content
 * }</pre>
 * The mapping is in {@code docs/FHIR.md}: the path is an {@code EpisodeOfCare}, the client a
 * {@code Patient}, the plan a {@code CarePlan} with {@code Goal}s, the services
 * {@code ServiceRequest}s with an {@code Encounter} per attendance, the measurements
 * {@code QuestionnaireResponse}s; what R4 has no element for travels in extensions under
 * {@link FhirUrls#EXTENSION}. Reading never throws for a bad bundle: it reports violations with
 * JSON Pointers into the bundle.
 * <p>
 * Creating the first instance initialises HAPI FHIR's R4 context, which takes a few seconds; every
 * instance shares it. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PolkuFhir {

    private static final String INVALID = "polku.json.invalid";
    private static final String UNEXPECTED = "polku.json.documentType.unexpected";

    private final FhirContext context;

    private PolkuFhir(FhirContext context) {
        this.context = context;
    }

    /**
     * Obtains an instance on HAPI FHIR's shared R4 context.
     *
     * @return the instance, not null
     */
    public static PolkuFhir create() {
        return new PolkuFhir(FhirContext.forR4Cached());
    }

    /**
     * Gets the HAPI FHIR context the instance parses and serialises with.
     *
     * @return the R4 context, not null
     */
    public FhirContext getContext() {
        return context;
    }

    /**
     * Maps Polku values to a bundle.
     *
     * @param content  the values, not null
     * @param kind  the kind of bundle, not null
     * @return a new bundle, not null
     */
    public Bundle toBundle(FhirContent content, BundleKind kind) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        return ToFhir.map(content, kind);
    }

    /**
     * Maps Polku values to a bundle in FHIR JSON, pretty-printed.
     *
     * @param content  the values, not null
     * @param kind  the kind of bundle, not null
     * @return the JSON, not null
     */
    public String toJson(FhirContent content, BundleKind kind) {
        return context.newJsonParser().setPrettyPrint(true).encodeResourceToString(toBundle(content, kind));
    }

    /**
     * Maps a bundle to Polku values. A bundle that lacks what Polku requires, or holds a code
     * Polku does not know, gives violations with pointers into the bundle, not an exception.
     *
     * @param bundle  the bundle, not null
     * @return the values and the violations, not null
     */
    public FhirReadResult fromBundle(Bundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        return FromFhir.read(bundle);
    }

    /**
     * Parses a FHIR JSON bundle and maps it to Polku values. Text that is not a FHIR R4 resource
     * gives the violation {@code polku.json.invalid} at the root, another resource type than
     * {@code Bundle} gives {@code polku.json.documentType.unexpected}.
     *
     * @param json  the JSON text, not null
     * @return the values and the violations, not null
     */
    public FhirReadResult fromJson(String json) {
        Objects.requireNonNull(json, "json");
        IParser parser = context.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
        IBaseResource resource;
        try {
            resource = parser.parseResource(json);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException | IllegalStateException e) {
            // HAPI's message may quote the input, which may be personal data: it is not passed on.
            return failure(Violation.error(INVALID, "", Map.of()));
        }
        if (!(resource instanceof Bundle)) {
            return failure(Violation.error(UNEXPECTED, "/resourceType", Map.of("expected", "Bundle")));
        }
        return fromBundle((Bundle) resource);
    }

    /**
     * Parses a FHIR JSON bundle in UTF-8 and maps it to Polku values, as {@link #fromJson(String)}.
     *
     * @param json  the JSON bytes, not null
     * @return the values and the violations, not null
     */
    public FhirReadResult fromJson(byte[] json) {
        return fromJson(new String(Objects.requireNonNull(json, "json"), StandardCharsets.UTF_8));
    }

    private static FhirReadResult failure(Violation violation) {
        return FhirReadResult.of(Optional.empty(), ValidationReport.of(List.of(violation)));
    }
}
