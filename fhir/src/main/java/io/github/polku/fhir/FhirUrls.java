package io.github.polku.fhir;

/**
 * The URLs of the Polku FHIR mapping: the one base URL under which Polku's extensions, code systems
 * and identifier systems live, and the Finnish Base Profiles the resources declare.
 * <p>
 * Every extension is {@link #EXTENSION} followed by its name, for example
 * {@code https://polku.github.io/fhir/StructureDefinition/closure-reason}. {@code docs/FHIR.md} lists them.
 *
 * @since 0.1.0
 */
public final class FhirUrls {

    /** The base URL of everything Polku defines for FHIR. */
    public static final String BASE = "https://polku.github.io/fhir/";
    /** The prefix of Polku's extension URLs. */
    public static final String EXTENSION = BASE + "StructureDefinition/";
    /** The prefix of Polku's code systems, one per Polku code set. */
    public static final String CODE_SYSTEM = BASE + "CodeSystem/";
    /** The prefix of Polku's identifier systems. */
    public static final String IDENTIFIER = BASE + "sid/";
    /** The prefix of the canonical URLs of Polku's instruments as Questionnaires. */
    public static final String QUESTIONNAIRE = BASE + "Questionnaire/";

    /** The identifier system of rehabilitation path identifiers. */
    public static final String PATH_ID = IDENTIFIER + "path-id";
    /** The identifier system of goal identifiers. */
    public static final String GOAL_ID = IDENTIFIER + "goal-id";
    /** The identifier system of service identifiers. */
    public static final String SERVICE_ID = IDENTIFIER + "service-id";
    /** The identifier system of worker identifiers. */
    public static final String WORKER_ID = IDENTIFIER + "worker-id";
    /** The identifier system of instrument identifiers. */
    public static final String INSTRUMENT_ID = IDENTIFIER + "instrument-id";
    /** The identifier system of organiser codes; the organiser's type is a separate coding. */
    public static final String ORGANISER_CODE = IDENTIFIER + "organiser-code";
    /**
     * The prefix of the organiser's client identifier system: followed by the organiser's type and
     * code, for example {@code https://polku.github.io/fhir/sid/client-id/WELLBEING_SERVICES_COUNTY/KESKI_SUOMI}.
     */
    public static final String CLIENT_ID_PREFIX = IDENTIFIER + "client-id/";
    /** The identifier system of a temporary identity code, which has no national OID of its own. */
    public static final String TEMPORARY_IDENTITY_CODE = IDENTIFIER + "temporary-identity-code";

    /** The system of the official Finnish personal identity code (henkilötunnus). */
    public static final String PERSONAL_IDENTITY_CODE = "urn:oid:1.2.246.21";
    /** The system of BCP 47 language tags. */
    public static final String LANGUAGE = "urn:ietf:bcp:47";

    /** The prefix of the Finnish Base Profiles' canonical URLs (HL7 Finland). */
    public static final String FI_BASE = "https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/";
    /** FI Base Patient. */
    public static final String FI_BASE_PATIENT = FI_BASE + "fi-base-patient";
    /** FI Base Organization. */
    public static final String FI_BASE_ORGANIZATION = FI_BASE + "fi-base-organization";
    /** FI Base Practitioner. */
    public static final String FI_BASE_PRACTITIONER = FI_BASE + "fi-base-practitioner";
    /** FI Base EpisodeOfCare. */
    public static final String FI_BASE_EPISODE_OF_CARE = FI_BASE + "fi-base-episode-of-care";
    /** FI Base Encounter. */
    public static final String FI_BASE_ENCOUNTER = FI_BASE + "fi-base-encounter";

    private FhirUrls() {
    }
}
