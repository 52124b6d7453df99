package io.github.polku.fhir.internal;

import static io.github.polku.fhir.internal.Ext.url;
import static io.github.polku.fhir.internal.FromFhir.at;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.OmissionReason;
import io.github.polku.client.Organiser;
import io.github.polku.fhir.FhirUrls;
import io.github.polku.measurement.IcfChapter;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.DeadlineGroup;
import io.github.polku.path.Destination;
import io.github.polku.path.FirstContact;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalId;
import io.github.polku.path.GoalStatus;
import io.github.polku.path.GoalStatusChange;
import io.github.polku.path.PathId;
import io.github.polku.path.Pause;
import io.github.polku.path.PauseReason;
import io.github.polku.path.PlanParticipant;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.Stage;
import io.github.polku.path.StageChange;
import io.github.polku.path.YouthPlacementTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.ClinicalImpression;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/** The path: the episode of care and what hangs on it. */
final class PathFromFhir {

    private final FromFhir f;
    private final Reading r;
    private String patientUrl;

    PathFromFhir(FromFhir from) {
        this.f = from;
        this.r = from.r;
    }

    Optional<RehabilitationPath> read(int entry, EpisodeOfCare episode) {
        String at = at(entry);
        int before = r.errorCount();
        RehabilitationPath.Builder builder = RehabilitationPath.builder();
        f.identifier(episode.getIdentifier(), FhirUrls.PATH_ID, false, at)
                .map(value -> r.build(() -> PathId.of(value), at + "/identifier"))
                .ifPresent(builder::id);
        int patient = f.resolve(episode.getPatient(), "Patient", at + "/patient");
        if (patient >= 0) {
            patientUrl = f.fullUrl(patient);
            Patient p = (Patient) f.resource(patient);
            f.clientId(patient, p).ifPresent(builder::clientId);
            f.birthMonth(patient, p).ifPresent(builder::clientBirthMonth);
        }
        if (!episode.hasManagingOrganization()) {
            r.required(at + "/managingOrganization");
        } else {
            Optional<Organiser> organiser = f.organiser(episode.getManagingOrganization(), at + "/managingOrganization");
            organiser.ifPresent(builder::organiser);
        }
        List<Extension> ext = episode.getExtension();
        Optional<LocalDate> contact = r.requiredDate(episode.getPeriod().getStartElement(), at + "/period/start");
        Optional<ContactChannel> channel = r.requiredCode(ext, url("first-contact-channel"), ContactChannel.class, at);
        boolean urgent = r.bool(ext, url("first-contact-urgent"), at).orElse(false);
        if (contact.isPresent() && channel.isPresent()) {
            builder.firstContact(FirstContact.builder().date(contact.get()).channel(channel.get()).urgent(urgent).build());
        }
        r.code(ext, url("assessment-omission"), OmissionReason.class, at).ifPresent(builder::assessmentOmission);
        r.code(ext, url("plan-omission"), OmissionReason.class, at).ifPresent(builder::planOmission);
        history(episode, at, builder);
        if (Reading.index(ext, url("closure-reason"), 0) >= 0) {
            Optional<ClosureReason> reason = r.code(ext, url("closure-reason"), ClosureReason.class, at);
            Optional<Destination> destination = r.requiredCode(ext, url("closure-destination"), Destination.class, at);
            Optional<LocalDate> date = r.requiredDate(episode.getPeriod().getEndElement(), at + "/period/end");
            if (reason.isPresent() && destination.isPresent() && date.isPresent()) {
                builder.closure(Closure.of(date.get(), reason.get(), destination.get()));
            }
        }
        int assessment = f.single("ClinicalImpression");
        if (assessment >= 0) {
            assessment(assessment, (ClinicalImpression) f.resource(assessment)).ifPresent(builder::assessment);
        }
        int plan = f.single("CarePlan");
        if (plan >= 0) {
            plan(plan, (CarePlan) f.resource(plan)).ifPresent(builder::plan);
        }
        ServiceFromFhir services = new ServiceFromFhir(f);
        builder.addAllServices(services.services());
        builder.addAllInstruments(services.instruments());
        builder.addAllMeasurements(services.measurements());
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.ofNullable(r.build(builder::build, at));
    }

    private void history(EpisodeOfCare episode, String at, RehabilitationPath.Builder builder) {
        List<StageChange> changes = new ArrayList<>();
        List<Pause> pauses = new ArrayList<>();
        List<EpisodeOfCare.EpisodeOfCareStatusHistoryComponent> history = episode.getStatusHistory();
        for (int i = 0; i < history.size(); i++) {
            String pointer = at + "/statusHistory/" + i;
            List<Extension> ext = history.get(i).getExtension();
            Period period = history.get(i).getPeriod();
            if (Reading.index(ext, url("stage"), 0) >= 0) {
                Optional<Stage> stage = r.code(ext, url("stage"), Stage.class, pointer);
                Optional<LocalDate> date = r.requiredDate(period.getStartElement(), pointer + "/period/start");
                if (stage.isPresent() && date.isPresent()) {
                    changes.add(StageChange.of(date.get(), stage.get()));
                }
            } else if (Reading.index(ext, url("pause-reason"), 0) >= 0) {
                Optional<PauseReason> reason = r.code(ext, url("pause-reason"), PauseReason.class, pointer);
                boolean remote = r.bool(ext, url("pause-continues-remotely"), pointer).orElse(false);
                DateRange range = f.range(period, pointer + "/period");
                if (reason.isPresent() && range != null) {
                    Pause pause = r.build(() -> Pause.builder().period(range).reason(reason.get()).continuesRemotely(remote).build(), pointer);
                    if (pause != null) {
                        pauses.add(pause);
                    }
                }
            }
        }
        builder.addAllStageChanges(changes);
        builder.addAllPauses(pauses);
    }

    /** The client's own words: the note whose author is the patient. */
    private Optional<String> clientView(List<Annotation> notes) {
        for (Annotation note : notes) {
            if (note.hasAuthorReference() && note.getAuthorReference().getReference() != null
                    && note.getAuthorReference().getReference().equals(patientUrl) && note.hasText()) {
                return Optional.of(note.getText());
            }
        }
        return Optional.empty();
    }

    private Optional<ServiceNeedAssessment> assessment(int entry, ClinicalImpression impression) {
        String at = at(entry);
        int before = r.errorCount();
        ServiceNeedAssessment.Builder builder = ServiceNeedAssessment.builder();
        List<Extension> ext = impression.getExtension();
        Optional<LocalDate> pending = r.date(ext, url("assessment-pending-on"), at);
        if (pending.isEmpty() && Reading.index(ext, url("assessment-pending-on"), 0) < 0) {
            r.required(at + "/extension");
        }
        pending.ifPresent(builder::pendingOn);
        if (impression.hasEffectivePeriod()) {
            r.date(impression.getEffectivePeriod().getStartElement(), at + "/effectivePeriod/start").ifPresent(builder::startedOn);
            r.date(impression.getEffectivePeriod().getEndElement(), at + "/effectivePeriod/end").ifPresent(builder::completedOn);
        }
        r.code(ext, url("deadline-group"), DeadlineGroup.class, at).ifPresent(builder::deadlineGroup);
        r.bool(ext, url("rehabilitation-need"), at).ifPresent(builder::rehabilitationNeed);
        if (impression.hasSummary()) {
            builder.workerView(impression.getSummary());
        }
        clientView(impression.getNote()).ifPresent(builder::clientView);
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.ofNullable(r.build(builder::build, at));
    }

    private Optional<ClientPlan> plan(int entry, CarePlan carePlan) {
        String at = at(entry);
        int before = r.errorCount();
        ClientPlan.Builder builder = ClientPlan.builder();
        r.requiredDate(carePlan.getCreatedElement(), at + "/created").ifPresent(builder::createdOn);
        List<Extension> ext = carePlan.getExtension();
        builder.addAllEvaluationDates(r.dates(ext, url("plan-evaluation-date"), at));
        r.bool(ext, url("plan-agreement"), at).ifPresent(builder::agreement);
        r.string(ext, url("plan-client-justification"), at).ifPresent(builder::clientJustification);
        r.string(ext, url("plan-worker-justification"), at).ifPresent(builder::workerJustification);
        if (carePlan.hasDescription()) {
            builder.workerView(carePlan.getDescription());
        }
        clientView(carePlan.getNote()).ifPresent(builder::clientView);
        if (carePlan.hasCareTeam()) {
            int team = f.resolve(carePlan.getCareTeamFirstRep(), "CareTeam", at + "/careTeam/0");
            if (team >= 0) {
                CareTeam careTeam = (CareTeam) f.resource(team);
                for (int i = 0; i < careTeam.getParticipant().size(); i++) {
                    String pointer = at(team) + "/participant/" + i + "/role/0";
                    List<Coding> codings = careTeam.getParticipant().get(i).getRoleFirstRep().getCoding();
                    r.coding(codings, FhirUrls.CODE_SYSTEM + "plan-participant", PlanParticipant.class, pointer)
                            .ifPresent(builder::addParticipants);
                }
            }
        }
        List<Reference> goals = carePlan.getGoal();
        for (int i = 0; i < goals.size(); i++) {
            int goal = f.resolve(goals.get(i), "Goal", at + "/goal/" + i);
            if (goal >= 0) {
                goal(goal, (org.hl7.fhir.r4.model.Goal) f.resource(goal)).ifPresent(builder::addGoals);
            }
        }
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.ofNullable(r.build(builder::build, at));
    }

    private Optional<Goal> goal(int entry, org.hl7.fhir.r4.model.Goal goal) {
        String at = at(entry);
        int before = r.errorCount();
        Goal.Builder builder = Goal.builder();
        f.identifier(goal.getIdentifier(), FhirUrls.GOAL_ID, false, at)
                .map(value -> r.build(() -> GoalId.of(value), at + "/identifier"))
                .ifPresent(builder::id);
        if (!goal.getDescription().hasText()) {
            r.required(at + "/description/text");
        } else {
            builder.words(goal.getDescription().getText());
        }
        boolean chapter = false;
        List<Coding> codings = goal.getCategoryFirstRep().getCoding();
        for (int i = 0; i < codings.size(); i++) {
            if ((FhirUrls.CODE_SYSTEM + "icf-chapter").equals(codings.get(i).getSystem())) {
                chapter = true;
                String code = codings.get(i).getCode();
                IcfChapter lifeArea = r.build(() -> IcfChapter.parse(code), at + "/category/0/coding/" + i + "/code");
                if (lifeArea != null) {
                    builder.lifeArea(lifeArea);
                }
            }
        }
        if (!chapter) {
            r.required(at + "/category");
        }
        if (goal.hasStartDateType()) {
            r.requiredDate(goal.getStartDateType(), at + "/startDate").ifPresent(builder::setOn);
        } else {
            r.required(at + "/startDate");
        }
        if (goal.hasTarget() && goal.getTargetFirstRep().hasDueDateType()) {
            DateType due = goal.getTargetFirstRep().getDueDateType();
            r.date(due, at + "/target/0/dueDate").ifPresent(builder::targetDate);
        }
        r.code(goal.getExtension(), url("youth-placement"), YouthPlacementTarget.class, at).ifPresent(builder::youthPlacement);
        List<GoalStatusChange> history = new ArrayList<>();
        for (int i : Reading.indices(goal.getExtension(), url("goal-status-change"))) {
            String pointer = at + "/extension/" + i;
            List<Extension> parts = goal.getExtension().get(i).getExtension();
            Optional<LocalDate> date = r.date(parts, "date", pointer);
            Optional<GoalStatus> status = r.code(parts, "status", GoalStatus.class, pointer);
            if (date.isEmpty() && Reading.index(parts, "date", 0) < 0 || status.isEmpty() && Reading.index(parts, "status", 0) < 0) {
                r.required(pointer + "/extension");
            }
            if (date.isPresent() && status.isPresent()) {
                history.add(GoalStatusChange.of(date.get(), status.get()));
            }
        }
        builder.addAllStatusHistory(history);
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.ofNullable(r.build(builder::build, at));
    }
}
