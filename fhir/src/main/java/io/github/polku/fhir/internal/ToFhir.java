package io.github.polku.fhir.internal;

import static io.github.polku.fhir.internal.Ext.add;
import static io.github.polku.fhir.internal.Ext.addCodes;
import static io.github.polku.fhir.internal.Ext.code;
import static io.github.polku.fhir.internal.Ext.coding;
import static io.github.polku.fhir.internal.Ext.date;
import static io.github.polku.fhir.internal.Ext.dateTime;
import static io.github.polku.fhir.internal.Ext.ext;
import static io.github.polku.fhir.internal.Ext.string;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.Client;
import io.github.polku.client.ClientIdentity;
import io.github.polku.client.ClientLanguage;
import io.github.polku.client.NamedWorker;
import io.github.polku.client.Organiser;
import io.github.polku.fhir.BundleKind;
import io.github.polku.fhir.FhirContent;
import io.github.polku.fhir.FhirUrls;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Instruments;
import io.github.polku.measurement.Measurement;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalStatus;
import io.github.polku.path.GoalStatusChange;
import io.github.polku.path.Pause;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.Stage;
import io.github.polku.path.StageChange;
import io.github.polku.service.Attendance;
import io.github.polku.service.AttendanceStatus;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Service;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.ClinicalImpression;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Polku to FHIR R4: one bundle per {@link FhirContent}. The entries are in a fixed order (patient,
 * organisations, practitioner, episode, assessment, care team, goals, plan, service requests,
 * encounters, questionnaires, responses), and their ids are name-based UUIDs of the client and path
 * identifiers, so the same content always gives the same bundle.
 */
public final class ToFhir {

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    static final String UCUM = "http://unitsofmeasure.org";

    private final Bundle bundle = new Bundle();
    private final BundleKind kind;
    private final String seed;
    private final Map<Organiser, String> organisations = new HashMap<>();

    private ToFhir(FhirContent content, BundleKind kind) {
        this.kind = kind;
        this.seed = content.getClientId().getValue() + "/" + content.getPath().map(p -> p.getId().getValue()).orElse("");
    }

    /**
     * Maps the content to a bundle.
     *
     * @param content  the values, not null
     * @param kind  the kind of bundle, not null
     * @return the bundle, not null
     */
    public static Bundle map(FhirContent content, BundleKind kind) {
        ToFhir mapper = new ToFhir(content, kind);
        mapper.bundle.setType(kind == BundleKind.TRANSACTION ? Bundle.BundleType.TRANSACTION : Bundle.BundleType.COLLECTION);
        mapper.content(content);
        return mapper.bundle;
    }

    private String entry(Resource resource, String key) {
        String uuid = UUID.nameUUIDFromBytes((seed + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
        resource.setId(uuid);
        Bundle.BundleEntryComponent entry = bundle.addEntry().setFullUrl("urn:uuid:" + uuid).setResource(resource);
        if (kind == BundleKind.TRANSACTION) {
            entry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(resource.fhirType());
        }
        return "urn:uuid:" + uuid;
    }

    private void content(FhirContent content) {
        Optional<RehabilitationPath> path = content.getPath();
        Optional<Client> client = content.getClient();
        Patient patient = new Patient();
        patient.getMeta().addProfile(FhirUrls.FI_BASE_PATIENT);
        String patientRef = entry(patient, "Patient");
        Organiser clientOrganiser = client.map(Client::getOrganiser).or(() -> path.map(RehabilitationPath::getOrganiser)).orElse(null);
        patient.addIdentifier()
                .setUse(Identifier.IdentifierUse.USUAL)
                .setSystem(clientIdSystem(clientOrganiser))
                .setValue(content.getClientId().getValue());
        content.getIdentity().ifPresent(identity -> identity(patient, identity));
        path.flatMap(RehabilitationPath::getClientBirthMonth).ifPresent(month ->
                patient.setBirthDateElement(new DateType(month.toString())));
        String practitionerRef = null;
        if (client.isPresent()) {
            practitionerRef = client(patient, client.get());
        }
        if (path.isPresent()) {
            new PathToFhir(path.get(), patientRef, practitionerRef).map();
        }
    }

    private static String clientIdSystem(Organiser organiser) {
        return organiser == null ? FhirUrls.CLIENT_ID_PREFIX + "unknown"
                : FhirUrls.CLIENT_ID_PREFIX + organiser.getType().name() + "/" + organiser.getCode();
    }

    private static void identity(Patient patient, ClientIdentity identity) {
        boolean temporary = identity.getIdentityCode().isTemporary();
        patient.addIdentifier()
                .setUse(temporary ? Identifier.IdentifierUse.TEMP : Identifier.IdentifierUse.OFFICIAL)
                .setSystem(temporary ? FhirUrls.TEMPORARY_IDENTITY_CODE : FhirUrls.PERSONAL_IDENTITY_CODE)
                .setValue(identity.getIdentityCode().toUnmaskedString());
        identity.getName().ifPresent(name -> patient.addName().setText(name));
    }

    private String organisation(Organiser organiser) {
        String known = organisations.get(organiser);
        if (known != null) {
            return known;
        }
        Organization organization = new Organization();
        organization.getMeta().addProfile(FhirUrls.FI_BASE_ORGANIZATION);
        String ref = entry(organization, "Organization/" + organiser.getType() + "/" + organiser.getCode());
        organization.addIdentifier().setSystem(FhirUrls.ORGANISER_CODE).setValue(organiser.getCode());
        organization.addType().addCoding(coding("organiser-type", organiser.getType()));
        organization.setName(organiser.getName(java.util.Locale.forLanguageTag("fi")));
        organisations.put(organiser, ref);
        return ref;
    }

    private String client(Patient patient, Client client) {
        patient.setManagingOrganization(new Reference(organisation(client.getOrganiser())));
        add(patient, "client-language", code(client.getLanguage()));
        if (client.getLanguage() != ClientLanguage.OTHER) {
            String tag = client.getLanguage() == ClientLanguage.FINNISH ? "fi" : "sv";
            patient.addCommunication().setPreferred(true).setLanguage(new CodeableConcept(new Coding(FhirUrls.LANGUAGE, tag, null)));
        }
        addCodes(patient, "support-need", client.getSupportNeeds());
        add(patient, "special-support", new BooleanType(client.isSpecialSupport()));
        client.getNamedWorkerOmission().ifPresent(reason -> add(patient, "named-worker-omission", code(reason)));
        if (client.getNamedWorker().isEmpty()) {
            return null;
        }
        NamedWorker worker = client.getNamedWorker().get();
        Practitioner practitioner = new Practitioner();
        practitioner.getMeta().addProfile(FhirUrls.FI_BASE_PRACTITIONER);
        String ref = entry(practitioner, "Practitioner");
        practitioner.addIdentifier().setSystem(FhirUrls.WORKER_ID).setValue(worker.getWorkerId().getValue());
        practitioner.addQualification().setCode(new CodeableConcept(coding("profession", worker.getProfession())));
        worker.getAssignment().ifPresent(period -> add(practitioner, "named-worker-assignment", period(period)));
        worker.getSupervisor().ifPresent(supervisor -> add(practitioner, "named-worker-supervisor",
                new Identifier().setSystem(FhirUrls.WORKER_ID).setValue(supervisor.getValue())));
        patient.addGeneralPractitioner(new Reference(ref));
        return ref;
    }

    static Period period(DateRange range) {
        Period period = new Period().setStartElement(dateTime(range.getStart()));
        range.getEnd().ifPresent(end -> period.setEndElement(dateTime(end)));
        return period;
    }

    static String questionnaireUrl(InstrumentId id) {
        return FhirUrls.QUESTIONNAIRE + URLEncoder.encode(id.getValue(), StandardCharsets.UTF_8);
    }

    /** The path's resources. */
    private final class PathToFhir {

        private final RehabilitationPath path;
        private final String patientRef;
        private final String practitionerRef;
        private final Reference patient;
        private String episodeRef;

        PathToFhir(RehabilitationPath path, String patientRef, String practitionerRef) {
            this.path = path;
            this.patientRef = patientRef;
            this.practitionerRef = practitionerRef;
            this.patient = new Reference(patientRef);
        }

        void map() {
            episode();
            path.getAssessment().ifPresent(this::assessment);
            List<String> serviceRefs = new ArrayList<>();
            List<ServiceRequest> requests = new ArrayList<>();
            // The plan refers to the service requests, so their full URLs are made first.
            CarePlan plan = path.getPlan().isPresent() ? plan(path.getPlan().get()) : null;
            for (Service service : path.getServices()) {
                ServiceRequest request = ServiceToFhir.request(service, path.getClosure().isPresent());
                request.setSubject(patient.copy());
                serviceRefs.add(entry(request, "ServiceRequest/" + service.getId().getValue()));
                requests.add(request);
            }
            if (plan != null) {
                for (String ref : serviceRefs) {
                    plan.addActivity().setReference(new Reference(ref));
                }
            }
            for (int i = 0; i < requests.size(); i++) {
                Service service = path.getServices().get(i);
                List<Attendance> attendances = service.getAttendances();
                for (int j = 0; j < attendances.size(); j++) {
                    encounter(service, attendances.get(j), serviceRefs.get(i), "Encounter/" + service.getId().getValue() + "/" + j);
                }
            }
            measurements();
        }

        private void episode() {
            String organisationRef = organisation(path.getOrganiser());
            EpisodeOfCare episode = new EpisodeOfCare();
            episode.getMeta().addProfile(FhirUrls.FI_BASE_EPISODE_OF_CARE);
            episodeRef = entry(episode, "EpisodeOfCare");
            episode.addIdentifier().setSystem(FhirUrls.PATH_ID).setValue(path.getId().getValue());
            episode.setStatus(path.getStage() == Stage.CLOSED ? EpisodeOfCare.EpisodeOfCareStatus.FINISHED
                    : path.isPaused() ? EpisodeOfCare.EpisodeOfCareStatus.ONHOLD
                    : path.getStage() == Stage.CONTACT ? EpisodeOfCare.EpisodeOfCareStatus.PLANNED
                    : EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
            episode.setPatient(patient.copy());
            episode.setManagingOrganization(new Reference(organisationRef));
            if (practitionerRef != null) {
                episode.setCareManager(new Reference(practitionerRef));
            }
            Period period = new Period().setStartElement(dateTime(path.getFirstContact().getDate()));
            path.getClosure().ifPresent(closure -> period.setEndElement(dateTime(closure.getDate())));
            episode.setPeriod(period);
            add(episode, "first-contact-channel", code(path.getFirstContact().getChannel()));
            add(episode, "first-contact-urgent", new BooleanType(path.getFirstContact().isUrgent()));
            path.getAssessmentOmission().ifPresent(reason -> add(episode, "assessment-omission", code(reason)));
            path.getPlanOmission().ifPresent(reason -> add(episode, "plan-omission", code(reason)));
            path.getClosure().ifPresent(closure -> {
                add(episode, "closure-reason", code(closure.getReason()));
                add(episode, "closure-destination", code(closure.getDestination()));
            });
            // The stages as status history: the first contact opens CONTACT, then one entry per stage change.
            List<LocalDate> starts = new ArrayList<>();
            List<Stage> stages = new ArrayList<>();
            starts.add(path.getFirstContact().getDate());
            stages.add(null);
            for (StageChange change : path.getStageChanges()) {
                starts.add(change.getDate());
                stages.add(change.getStage());
            }
            for (int i = 0; i < starts.size(); i++) {
                Stage stage = stages.get(i) == null ? Stage.CONTACT : stages.get(i);
                Period span = new Period().setStartElement(dateTime(starts.get(i)));
                LocalDate end = i + 1 < starts.size() ? starts.get(i + 1) : path.getClosure().map(c -> c.getDate()).orElse(null);
                if (end != null && !end.isBefore(starts.get(i))) {
                    span.setEndElement(dateTime(end));
                }
                EpisodeOfCare.EpisodeOfCareStatusHistoryComponent history = episode.addStatusHistory()
                        .setStatus(stage == Stage.CLOSED ? EpisodeOfCare.EpisodeOfCareStatus.FINISHED
                                : stage == Stage.CONTACT ? EpisodeOfCare.EpisodeOfCareStatus.PLANNED
                                : EpisodeOfCare.EpisodeOfCareStatus.ACTIVE)
                        .setPeriod(span);
                // The first contact's entry carries no stage: it is not a stage change.
                history.addExtension(ext(stages.get(i) == null ? "first-contact" : "stage",
                        stages.get(i) == null ? new BooleanType(true) : code(stage)));
            }
            for (Pause pause : path.getPauses()) {
                EpisodeOfCare.EpisodeOfCareStatusHistoryComponent history = episode.addStatusHistory()
                        .setStatus(EpisodeOfCare.EpisodeOfCareStatus.ONHOLD)
                        .setPeriod(period(pause.getPeriod()));
                history.addExtension(ext("pause-reason", code(pause.getReason())));
                history.addExtension(ext("pause-continues-remotely", new BooleanType(pause.isContinuesRemotely())));
            }
        }

        private void assessment(ServiceNeedAssessment assessment) {
            ClinicalImpression impression = new ClinicalImpression();
            entry(impression, "ClinicalImpression");
            impression.setStatus(assessment.getCompletedOn().isPresent()
                    ? ClinicalImpression.ClinicalImpressionStatus.COMPLETED : ClinicalImpression.ClinicalImpressionStatus.INPROGRESS);
            impression.setCode(new CodeableConcept().setText("Service need assessment (palvelutarpeen arviointi)"));
            impression.setSubject(patient.copy());
            if (practitionerRef != null) {
                impression.setAssessor(new Reference(practitionerRef));
            }
            if (assessment.getStartedOn().isPresent() || assessment.getCompletedOn().isPresent()) {
                Period effective = new Period();
                assessment.getStartedOn().ifPresent(d -> effective.setStartElement(dateTime(d)));
                assessment.getCompletedOn().ifPresent(d -> effective.setEndElement(dateTime(d)));
                impression.setEffective(effective);
            }
            add(impression, "assessment-pending-on", date(assessment.getPendingOn()));
            add(impression, "deadline-group", code(assessment.getDeadlineGroup()));
            add(impression, "rehabilitation-need", new BooleanType(assessment.isRehabilitationNeed()));
            assessment.getWorkerView().ifPresent(impression::setSummary);
            assessment.getClientView().ifPresent(view -> impression.addNote(clientNote(view)));
        }

        private Annotation clientNote(String view) {
            Annotation note = new Annotation();
            note.setAuthor(new Reference(patientRef));
            note.setText(view);
            return note;
        }

        private CarePlan plan(ClientPlan plan) {
            List<String> goalRefs = new ArrayList<>();
            String careTeamRef = null;
            if (!plan.getParticipants().isEmpty()) {
                CareTeam team = new CareTeam();
                careTeamRef = entry(team, "CareTeam");
                team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
                team.setSubject(patient.copy());
                team.setName("Client plan participants");
                for (var participant : plan.getParticipants()) {
                    team.addParticipant().addRole(new CodeableConcept(coding("plan-participant", participant)));
                }
            }
            for (Goal goal : plan.getGoals()) {
                goalRefs.add(goal(goal));
            }
            CarePlan carePlan = new CarePlan();
            entry(carePlan, "CarePlan");
            carePlan.setStatus(path.getClosure().isPresent() ? CarePlan.CarePlanStatus.COMPLETED : CarePlan.CarePlanStatus.ACTIVE);
            carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
            carePlan.setTitle("Client plan (asiakassuunnitelma)");
            carePlan.setSubject(patient.copy());
            carePlan.setCreatedElement(dateTime(plan.getCreatedOn()));
            if (practitionerRef != null) {
                carePlan.setAuthor(new Reference(practitionerRef));
            }
            if (careTeamRef != null) {
                carePlan.addCareTeam(new Reference(careTeamRef));
            }
            for (String ref : goalRefs) {
                carePlan.addGoal(new Reference(ref));
            }
            plan.getWorkerView().ifPresent(carePlan::setDescription);
            plan.getClientView().ifPresent(view -> carePlan.addNote(clientNote(view)));
            for (LocalDate date : plan.getEvaluationDates()) {
                add(carePlan, "plan-evaluation-date", date(date));
            }
            add(carePlan, "plan-agreement", new BooleanType(plan.isAgreement()));
            plan.getClientJustification().ifPresent(text -> add(carePlan, "plan-client-justification", string(text)));
            plan.getWorkerJustification().ifPresent(text -> add(carePlan, "plan-worker-justification", string(text)));
            return carePlan;
        }

        private String goal(Goal goal) {
            org.hl7.fhir.r4.model.Goal resource = new org.hl7.fhir.r4.model.Goal();
            String ref = entry(resource, "Goal/" + goal.getId().getValue());
            resource.addIdentifier().setSystem(FhirUrls.GOAL_ID).setValue(goal.getId().getValue());
            GoalStatus status = goal.getStatus();
            resource.setLifecycleStatus(lifecycle(status));
            CodeableConcept achievement = new CodeableConcept(coding("goal-status", status));
            String hl7 = achievement(status);
            if (hl7 != null) {
                achievement.addCoding(new Coding(GOAL_ACHIEVEMENT, hl7, null));
            }
            resource.setAchievementStatus(achievement);
            resource.addCategory(new CodeableConcept(new Coding(FhirUrls.CODE_SYSTEM + "icf-chapter",
                    goal.getLifeArea().getCode(), goal.getLifeArea().getName(java.util.Locale.ENGLISH))));
            resource.setDescription(new CodeableConcept().setText(goal.getWords()));
            resource.setSubject(patient.copy());
            resource.setStart(date(goal.getSetOn()));
            goal.getTargetDate().ifPresent(d -> resource.addTarget().setDue(date(d)));
            if (!goal.getStatusHistory().isEmpty()) {
                resource.setStatusDateElement(date(goal.getStatusDate()));
            }
            goal.getYouthPlacement().ifPresent(target -> add(resource, "youth-placement", code(target)));
            for (GoalStatusChange change : goal.getStatusHistory()) {
                org.hl7.fhir.r4.model.Extension history = ext("goal-status-change", null);
                Ext.sub(history, "date", date(change.getDate()));
                Ext.sub(history, "status", code(change.getStatus()));
                resource.addExtension(history);
            }
            return ref;
        }

        private void encounter(Service service, Attendance attendance, String requestRef, String key) {
            Encounter encounter = new Encounter();
            encounter.getMeta().addProfile(FhirUrls.FI_BASE_ENCOUNTER);
            entry(encounter, key);
            encounter.setStatus(attendance.getStatus() == AttendanceStatus.ATTENDED
                    ? Encounter.EncounterStatus.FINISHED : Encounter.EncounterStatus.CANCELLED);
            DeliveryMode mode = attendance.getDeliveryMode().orElse(service.getDeliveryMode());
            encounter.setClass_(new Coding(ACT_CODE, actCode(mode), null));
            encounter.setSubject(patient.copy());
            encounter.addEpisodeOfCare(new Reference(episodeRef));
            encounter.addBasedOn(new Reference(requestRef));
            encounter.setPeriod(new Period().setStartElement(dateTime(attendance.getDate())));
            attendance.getHours().ifPresent(hours -> encounter.setLength((Duration) new Duration()
                    .setValue(hours).setUnit("h").setSystem(UCUM).setCode("h")));
            add(encounter, "attendance-status", code(attendance.getStatus()));
            attendance.getDeliveryMode().ifPresent(m -> add(encounter, "delivery-mode", code(m)));
        }

        private void measurements() {
            Set<InstrumentId> listed = new LinkedHashSet<>();
            for (Instrument instrument : path.getInstruments()) {
                listed.add(instrument.getId());
                entry(InstrumentToFhir.questionnaire(instrument, false), "Questionnaire/listed/" + listed.size());
            }
            Set<InstrumentId> builtIns = new LinkedHashSet<>();
            for (Measurement measurement : path.getMeasurements()) {
                InstrumentId id = measurement.getInstrumentId();
                if (!listed.contains(id) && builtIns.add(id)) {
                    Instruments.findBuiltIn(id).ifPresent(instrument ->
                            entry(InstrumentToFhir.questionnaire(instrument, true), "Questionnaire/built-in/" + id.getValue()));
                }
            }
            List<Measurement> measurements = path.getMeasurements();
            for (int i = 0; i < measurements.size(); i++) {
                Measurement measurement = measurements.get(i);
                QuestionnaireResponse response = new QuestionnaireResponse();
                entry(response, "QuestionnaireResponse/" + i);
                response.setQuestionnaire(questionnaireUrl(measurement.getInstrumentId()));
                response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
                response.setSubject(patient.copy());
                response.setAuthoredElement(dateTime(measurement.getDate()));
                add(response, "respondent", code(measurement.getRespondent()));
                measurement.getOccasion().ifPresent(occasion -> add(response, "occasion", code(occasion)));
                for (Map.Entry<String, BigDecimal> score : measurement.getScores().entrySet()) {
                    response.addItem().setLinkId(score.getKey()).addAnswer().setValue(new DecimalType(score.getValue()));
                }
            }
        }
    }

    static org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus lifecycle(GoalStatus status) {
        switch (status) {
            case PROPOSED:
                return org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.PROPOSED;
            case ACTIVE:
                return org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.ACTIVE;
            case ABANDONED:
                return org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.CANCELLED;
            default:
                return org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.COMPLETED;
        }
    }

    static String achievement(GoalStatus status) {
        switch (status) {
            case ACTIVE:
                return "in-progress";
            case ACHIEVED:
                return "achieved";
            case NOT_ACHIEVED:
                return "not-achieved";
            default:
                return null;
        }
    }

    static String actCode(DeliveryMode mode) {
        switch (mode) {
            case HOME_VISIT:
                return "HH";
            case OUTREACH:
                return "FLD";
            case PHONE:
            case VIDEO:
            case CHAT_OR_MESSAGE:
            case ONLINE_GROUP:
                return "VR";
            default:
                return "AMB";
        }
    }
}
