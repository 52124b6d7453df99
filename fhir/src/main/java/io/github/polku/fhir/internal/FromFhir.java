package io.github.polku.fhir.internal;

import static io.github.polku.fhir.internal.Ext.url;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.Client;
import io.github.polku.client.ClientId;
import io.github.polku.client.ClientIdentity;
import io.github.polku.client.ClientLanguage;
import io.github.polku.client.NamedWorker;
import io.github.polku.client.OmissionReason;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.client.PersonalIdentityCode;
import io.github.polku.client.Profession;
import io.github.polku.client.SupportNeed;
import io.github.polku.client.WorkerId;
import io.github.polku.fhir.FhirContent;
import io.github.polku.fhir.FhirReadResult;
import io.github.polku.fhir.FhirUrls;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.validation.ValidationReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * FHIR R4 to Polku: reads what {@link ToFhir} writes, and reports what a bundle lacks with pointers
 * into it instead of throwing.
 */
public final class FromFhir {

    final Reading r = new Reading();
    final Bundle bundle;
    private final Map<String, Integer> byUrl = new HashMap<>();

    private FromFhir(Bundle bundle) {
        this.bundle = bundle;
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            if (entry.hasFullUrl()) {
                byUrl.putIfAbsent(entry.getFullUrl(), i);
            }
            Resource resource = entry.getResource();
            if (resource != null && resource.getIdElement().hasIdPart()) {
                byUrl.putIfAbsent(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), i);
            }
        }
    }

    /**
     * Reads a bundle.
     *
     * @param bundle  the bundle, not null
     * @return the values and the violations, not null
     */
    public static FhirReadResult read(Bundle bundle) {
        return new FromFhir(bundle).read();
    }

    static String at(int entry) {
        return "/entry/" + entry + "/resource";
    }

    Resource resource(int entry) {
        return bundle.getEntry().get(entry).getResource();
    }

    /** The entries holding resources of the type, in bundle order. */
    List<Integer> entries(String type) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource resource = resource(i);
            if (resource != null && type.equals(resource.fhirType())) {
                found.add(i);
            }
        }
        return found;
    }

    /** The one entry of the type: -1 if none, the first (and a violation on each other) if more. */
    int single(String type) {
        List<Integer> found = entries(type);
        for (int i = 1; i < found.size(); i++) {
            r.error(Reading.RESOURCE_DUPLICATE, at(found.get(i)), "resourceType", type);
        }
        return found.isEmpty() ? -1 : found.get(0);
    }

    /** The entry a reference points to, which must hold the type: -1 (reported) otherwise. */
    int resolve(Reference reference, String type, String pointer) {
        if (reference == null || !reference.hasReference()) {
            r.required(pointer + "/reference");
            return -1;
        }
        Integer i = byUrl.get(reference.getReference());
        if (i == null || resource(i) == null || !type.equals(resource(i).fhirType())) {
            r.error(Reading.REFERENCE_UNRESOLVED, pointer + "/reference", "resourceType", type);
            return -1;
        }
        return i;
    }

    String fullUrl(int entry) {
        return bundle.getEntry().get(entry).getFullUrl();
    }

    /** The value of the first identifier of the system, or of the first whose system starts with it. */
    Optional<String> identifier(List<Identifier> identifiers, String system, boolean prefix, String pointer) {
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier id = identifiers.get(i);
            if (id.hasSystem() && (prefix ? id.getSystem().startsWith(system) : id.getSystem().equals(system))) {
                if (!id.hasValue()) {
                    r.required(pointer + "/identifier/" + i + "/value");
                    return Optional.empty();
                }
                return Optional.of(id.getValue());
            }
        }
        r.required(pointer + "/identifier");
        return Optional.empty();
    }

    private FhirReadResult read() {
        if (bundle.getEntry().isEmpty()) {
            r.error(Reading.RESOURCE_MISSING, "/entry", "resourceType", "Patient");
            return FhirReadResult.of(Optional.empty(), ValidationReport.of(r.violations()));
        }
        int patient = single("Patient");
        int episode = single("EpisodeOfCare");
        Optional<RehabilitationPath> path = Optional.empty();
        if (episode >= 0) {
            path = new PathFromFhir(this).read(episode, (EpisodeOfCare) resource(episode));
        }
        Optional<Client> client = Optional.empty();
        Optional<ClientIdentity> identity = Optional.empty();
        if (patient >= 0) {
            Patient p = (Patient) resource(patient);
            if (Reading.index(p.getExtension(), url("client-language"), 0) >= 0) {
                client = client(patient, p);
            }
            identity = identity(patient, p);
        } else if (episode < 0) {
            r.error(Reading.RESOURCE_MISSING, "/entry", "resourceType", "Patient");
        }
        if (!r.violations().isEmpty()) {
            return FhirReadResult.of(Optional.empty(), ValidationReport.of(r.violations()));
        }
        if (path.isEmpty() && client.isEmpty() && identity.isEmpty()) {
            r.error(Reading.RESOURCE_MISSING, "/entry", "resourceType", "EpisodeOfCare");
            return FhirReadResult.of(Optional.empty(), ValidationReport.of(r.violations()));
        }
        Optional<RehabilitationPath> p = path;
        Optional<Client> c = client;
        Optional<ClientIdentity> i = identity;
        FhirContent content = r.build(() -> FhirContent.of(p, c, i), patient >= 0 ? at(patient) : "");
        return FhirReadResult.of(Optional.ofNullable(content), ValidationReport.of(r.violations()));
    }

    /** The pseudonymous client identifier of a patient. */
    Optional<ClientId> clientId(int entry, Patient patient) {
        String pointer = at(entry);
        return identifier(patient.getIdentifier(), FhirUrls.CLIENT_ID_PREFIX, true, pointer)
                .map(value -> r.build(() -> ClientId.of(value), pointer + "/identifier"));
    }

    Optional<YearMonth> birthMonth(int entry, Patient patient) {
        if (!patient.hasBirthDateElement()) {
            return Optional.empty();
        }
        if (patient.getBirthDateElement().getPrecision().ordinal() < TemporalPrecisionEnum.MONTH.ordinal()) {
            r.error(Reading.DATE, at(entry) + "/birthDate", "expected", "a year and month (YYYY-MM)");
            return Optional.empty();
        }
        return Optional.of(YearMonth.parse(patient.getBirthDateElement().getValueAsString().substring(0, 7)));
    }

    Optional<Organiser> organiser(Reference reference, String pointer) {
        int entry = resolve(reference, "Organization", pointer);
        if (entry < 0) {
            return Optional.empty();
        }
        Organization organization = (Organization) resource(entry);
        String at = at(entry);
        Optional<String> code = identifier(organization.getIdentifier(), FhirUrls.ORGANISER_CODE, false, at);
        Optional<OrganiserType> type = Optional.empty();
        boolean found = false;
        for (int i = 0; i < organization.getType().size() && !found; i++) {
            for (var coding : organization.getType().get(i).getCoding()) {
                if ((FhirUrls.CODE_SYSTEM + "organiser-type").equals(coding.getSystem())) {
                    found = true;
                    type = r.coding(organization.getType().get(i).getCoding(), coding.getSystem(), OrganiserType.class, at + "/type/" + i);
                    break;
                }
            }
        }
        if (!found) {
            r.required(at + "/type");
        }
        if (code.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        OrganiserType t = type.get();
        return Optional.ofNullable(r.build(() -> Organiser.of(t, code.get()), at + "/identifier"));
    }

    DateRange range(Period period, String pointer) {
        Optional<LocalDate> start = r.requiredDate(period.getStartElement(), pointer + "/start");
        Optional<LocalDate> end = r.date(period.getEndElement(), pointer + "/end");
        if (start.isEmpty()) {
            return null;
        }
        return r.build(() -> DateRange.of(start.get(), end), pointer);
    }

    private Optional<Client> client(int entry, Patient patient) {
        String at = at(entry);
        int before = r.errorCount();
        Client.Builder builder = Client.builder();
        clientId(entry, patient).ifPresent(builder::clientId);
        r.code(patient.getExtension(), url("client-language"), ClientLanguage.class, at).ifPresent(builder::language);
        if (!patient.hasManagingOrganization()) {
            r.required(at + "/managingOrganization");
        } else {
            organiser(patient.getManagingOrganization(), at + "/managingOrganization").ifPresent(builder::organiser);
        }
        builder.addAllSupportNeeds(r.codes(patient.getExtension(), url("support-need"), SupportNeed.class, at));
        r.bool(patient.getExtension(), url("special-support"), at).ifPresent(builder::specialSupport);
        r.code(patient.getExtension(), url("named-worker-omission"), OmissionReason.class, at).ifPresent(builder::namedWorkerOmission);
        if (patient.hasGeneralPractitioner()) {
            namedWorker(patient.getGeneralPractitionerFirstRep(), at + "/generalPractitioner/0").ifPresent(builder::namedWorker);
        }
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.ofNullable(r.build(builder::build, at));
    }

    private Optional<NamedWorker> namedWorker(Reference reference, String pointer) {
        int entry = resolve(reference, "Practitioner", pointer);
        if (entry < 0) {
            return Optional.empty();
        }
        Practitioner practitioner = (Practitioner) resource(entry);
        String at = at(entry);
        int before = r.errorCount();
        NamedWorker.Builder builder = NamedWorker.builder();
        identifier(practitioner.getIdentifier(), FhirUrls.WORKER_ID, false, at)
                .map(value -> r.build(() -> WorkerId.of(value), at + "/identifier"))
                .ifPresent(builder::workerId);
        if (!practitioner.hasQualification()) {
            r.required(at + "/qualification");
        } else {
            r.coding(practitioner.getQualificationFirstRep().getCode().getCoding(), FhirUrls.CODE_SYSTEM + "profession",
                    Profession.class, at + "/qualification/0/code").ifPresent(builder::profession);
        }
        r.value(practitioner.getExtension(), url("named-worker-assignment"), Period.class, at).ifPresent(period -> {
            int i = Reading.index(practitioner.getExtension(), url("named-worker-assignment"), 0);
            DateRange range = range(period, at + "/extension/" + i + "/valuePeriod");
            if (range != null) {
                builder.assignment(range);
            }
        });
        r.value(practitioner.getExtension(), url("named-worker-supervisor"), Identifier.class, at).ifPresent(id -> {
            int i = Reading.index(practitioner.getExtension(), url("named-worker-supervisor"), 0);
            WorkerId supervisor = r.build(() -> WorkerId.of(id.getValue()), at + "/extension/" + i + "/valueIdentifier/value");
            if (supervisor != null) {
                builder.supervisor(supervisor);
            }
        });
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.ofNullable(r.build(builder::build, at));
    }

    private Optional<ClientIdentity> identity(int entry, Patient patient) {
        String at = at(entry);
        List<Identifier> identifiers = patient.getIdentifier();
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier id = identifiers.get(i);
            boolean official = FhirUrls.PERSONAL_IDENTITY_CODE.equals(id.getSystem());
            boolean temporary = FhirUrls.TEMPORARY_IDENTITY_CODE.equals(id.getSystem());
            if (!official && !temporary) {
                continue;
            }
            String pointer = at + "/identifier/" + i + "/value";
            if (!id.hasValue()) {
                r.required(pointer);
                return Optional.empty();
            }
            int before = r.errorCount();
            PersonalIdentityCode code = r.build(() -> temporary ? PersonalIdentityCode.parseAllowingTemporary(id.getValue())
                    : PersonalIdentityCode.parse(id.getValue()), pointer);
            Optional<ClientId> clientId = clientId(entry, patient);
            if (code == null || clientId.isEmpty() || r.errorCount() > before) {
                return Optional.empty();
            }
            ClientIdentity.Builder builder = ClientIdentity.builder().clientId(clientId.get()).identityCode(code);
            if (patient.hasName()) {
                var name = patient.getNameFirstRep();
                String text = name.hasText() ? name.getText() : (name.getGivenAsSingleString() + " " + name.getFamily()).trim();
                if (!text.isEmpty()) {
                    builder.name(text);
                }
            }
            return Optional.ofNullable(r.build(builder::build, at));
        }
        return Optional.empty();
    }
}
