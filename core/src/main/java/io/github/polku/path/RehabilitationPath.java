package io.github.polku.path;

import io.github.polku.client.ClientId;
import io.github.polku.client.OmissionReason;
import io.github.polku.client.Organiser;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Instruments;
import io.github.polku.measurement.Measurement;
import io.github.polku.service.Attendance;
import io.github.polku.service.Service;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Violation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rehabilitation path of one client (fi: kuntoutuspolku, sv: rehabiliteringsstig): from the
 * first contact through service need assessment, client planning, rehabilitation and follow-up to
 * closure.
 * <p>
 * A path refers to its client only by the pseudonymous {@link ClientId}. It records the
 * {@link Organiser organiser}, the {@link FirstContact first contact}, the
 * {@link ServiceNeedAssessment assessment} and the {@link ClientPlan client plan} (or the coded
 * reason each was omitted), the dated {@link StageChange stage changes}, the {@link Pause pauses}
 * and the {@link Closure closure}.
 * <p>
 * <b>State machine.</b> The current {@link #getStage() stage} is derived: {@link Stage#CONTACT}
 * at first, then the stage of the latest stage change, and {@link Stage#CLOSED} once there is a
 * closure. The transition methods {@link #advanceTo(Stage, LocalDate)}, {@link #pause(Pause)},
 * {@link #resume(LocalDate)} and {@link #close(Closure)} return new paths and leave this one
 * unchanged; they throw {@link IllegalTransitionException} for a move the table of {@link Stage}
 * does not allow, for a move while paused or closed, for a move dated before the path's latest
 * event, and for a move past a stage whose record (assessment, plan) is neither present nor
 * omitted with a reason. A path built only through these methods therefore never fails the
 * validator's ordering and transition rules. A path built with the builder (for example read from
 * JSON) may hold anything; {@link PolkuValidator} reports every problem.
 * <p>
 * <b>Privacy.</b> A path holds no identity. Two age rules (youth placement goals, a minor's plan)
 * need the client's age; the path carries only the optional {@link #getClientBirthMonth() year and
 * month of birth}, which is redacted from {@link #toString()}. A missing birth month switches the
 * age rules off; with it, a rule fires only when the age is certain whatever the day of birth.
 * <pre>{@code
 * RehabilitationPath path = RehabilitationPath.builder()
 *         .id(PathId.of("P-0001"))
 *         .clientId(ClientId.of("C-0001"))
 *         .organiser(Organiser.of(OrganiserType.WELLBEING_SERVICES_COUNTY, "KESKI_SUOMI"))
 *         .firstContact(FirstContact.of(LocalDate.of(2025, 4, 16), ContactChannel.LOW_THRESHOLD_MEETING_PLACE))
 *         .build();
 * RehabilitationPath assessing = path.advanceTo(Stage.ASSESSMENT, LocalDate.of(2025, 4, 22));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValidRehabilitationPath
public abstract class RehabilitationPath implements WithRehabilitationPath {

    /** The code of a path that holds an assessment and a reason for omitting it. */
    public static final String ASSESSMENT_CONTRADICTION = "polku.path.assessment.omittedAndPresent";
    /** The code of a path that holds a plan and a reason for omitting it. */
    public static final String PLAN_CONTRADICTION = "polku.path.plan.omittedAndPresent";
    /** The code of a stage change to {@link Stage#CLOSED}, which only a closure may record. */
    public static final String CLOSED_BY_STAGE_CHANGE = "polku.path.stage.closedWithoutClosure";
    /** The code of two services with the same identifier. */
    public static final String DUPLICATE_SERVICE = "polku.path.service.duplicateId";
    /** The code of two instrument descriptors with the same identifier. */
    public static final String DUPLICATE_INSTRUMENT = "polku.path.instrument.duplicateId";

    RehabilitationPath() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a path.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier of the path.
     *
     * @return the identifier, not null
     */
    public abstract PathId getId();

    /**
     * Gets the pseudonymous identifier of the client.
     *
     * @return the client identifier, not null
     */
    public abstract ClientId getClientId();

    /**
     * Gets the organiser responsible for the path at its latest event.
     *
     * @return the organiser, not null
     */
    public abstract Organiser getOrganiser();

    /**
     * Gets the client's year and month of birth, the only age information a path holds. It is
     * personal data and never shown by {@link #toString()}.
     *
     * @return the year and month of birth, empty if not recorded, not null
     */
    @Value.Redacted
    public abstract Optional<YearMonth> getClientBirthMonth();

    /**
     * Gets the first contact or referral.
     *
     * @return the first contact, not null
     */
    public abstract FirstContact getFirstContact();

    /**
     * Gets the service need assessment.
     *
     * @return the assessment, empty if none is recorded, not null
     */
    public abstract Optional<@Valid ServiceNeedAssessment> getAssessment();

    /**
     * Gets the coded reason why no service need assessment was made.
     *
     * @return the reason, empty if none, not null
     */
    public abstract Optional<OmissionReason> getAssessmentOmission();

    /**
     * Gets the client plan.
     *
     * @return the plan, empty if none is recorded, not null
     */
    public abstract Optional<@Valid ClientPlan> getPlan();

    /**
     * Gets the coded reason why no client plan was drawn up.
     *
     * @return the reason, empty if none, not null
     */
    public abstract Optional<OmissionReason> getPlanOmission();

    /**
     * Gets the dated stage changes, oldest first.
     *
     * @return the stage changes, not null, may be empty
     */
    public abstract List<StageChange> getStageChanges();

    /**
     * Gets the pauses, oldest first.
     *
     * @return the pauses, not null, may be empty
     */
    public abstract List<Pause> getPauses();

    /**
     * Gets the services and activities of the path (fi: palvelut, sv: tjänster), in the order
     * recorded.
     *
     * @return the services, not null, may be empty
     */
    public abstract List<@Valid Service> getServices();

    /**
     * Gets the descriptors of the instruments that the measurements use and that are not built in
     * (see {@link Instruments#findBuiltIn(InstrumentId)}), so that the path document is
     * self-contained.
     *
     * @return the descriptors, not null, may be empty
     */
    public abstract List<Instrument> getInstruments();

    /**
     * Gets the repeated measurements of the client's situation (fi: mittaukset, sv: mätningar), in
     * the order recorded.
     *
     * @return the measurements, not null, may be empty
     */
    public abstract List<Measurement> getMeasurements();

    /**
     * Finds the descriptor of an instrument: one listed in {@link #getInstruments()}, else a
     * built-in one.
     *
     * @param id  the identifier, not null
     * @return the descriptor, empty if unknown, not null
     */
    public Optional<Instrument> findInstrument(InstrumentId id) {
        for (Instrument instrument : getInstruments()) {
            if (instrument.getId().equals(id)) {
                return Optional.of(instrument);
            }
        }
        return Instruments.findBuiltIn(id);
    }

    /**
     * Gets the closure.
     *
     * @return the closure, empty while the path is open, not null
     */
    public abstract Optional<Closure> getClosure();

    /**
     * Gets the current stage: {@link Stage#CLOSED} if there is a closure, otherwise the stage of
     * the latest stage change, or {@link Stage#CONTACT} if there is none.
     *
     * @return the stage, not null
     */
    public Stage getStage() {
        if (getClosure().isPresent()) {
            return Stage.CLOSED;
        }
        List<StageChange> changes = getStageChanges();
        return changes.isEmpty() ? Stage.CONTACT : changes.get(changes.size() - 1).getStage();
    }

    /**
     * Checks if the path is paused: its latest pause has not ended.
     *
     * @return true if paused
     */
    public boolean isPaused() {
        List<Pause> pauses = getPauses();
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
    }

    /**
     * Gets the latest date of the path's own events: the first contact, the stage changes and the
     * starts and ends of pauses (not the closure, the assessment or the plan). A stage change or a
     * pause may not be dated before it.
     *
     * @return the date, not null
     */
    public LocalDate getLatestEventDate() {
        LocalDate latest = getFirstContact().getDate();
        for (StageChange change : getStageChanges()) {
            latest = max(latest, change.getDate());
        }
        for (Pause pause : getPauses()) {
            latest = max(latest, pause.getPeriod().getStart());
            if (pause.getPeriod().getEnd().isPresent()) {
                latest = max(latest, pause.getPeriod().getEnd().get());
            }
        }
        return latest;
    }

    /**
     * Gets the latest date anywhere on the path, closure excluded: events, assessment dates, plan
     * dates, evaluation dates, goal dates, service periods, attendance and measurements. A closure
     * may not be dated before it.
     *
     * @return the date, not null
     */
    public LocalDate getLatestDate() {
        LocalDate latest = getLatestEventDate();
        if (getAssessment().isPresent()) {
            ServiceNeedAssessment a = getAssessment().get();
            latest = max(latest, a.getPendingOn());
            latest = max(latest, a.getStartedOn().orElse(latest));
            latest = max(latest, a.getCompletedOn().orElse(latest));
        }
        for (Service service : getServices()) {
            latest = max(latest, service.getPeriod().getStart());
            latest = max(latest, service.getPeriod().getEnd().orElse(latest));
            for (Attendance attendance : service.getAttendances()) {
                latest = max(latest, attendance.getDate());
            }
        }
        for (Measurement measurement : getMeasurements()) {
            latest = max(latest, measurement.getDate());
        }
        if (getPlan().isPresent()) {
            ClientPlan plan = getPlan().get();
            latest = max(latest, plan.getCreatedOn());
            for (LocalDate d : plan.getEvaluationDates()) {
                latest = max(latest, d);
            }
            for (Goal goal : plan.getGoals()) {
                latest = max(latest, goal.getSetOn());
                for (GoalStatusChange change : goal.getStatusHistory()) {
                    latest = max(latest, change.getDate());
                }
            }
        }
        return latest;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }

    /**
     * Returns a copy of this path moved into another stage.
     *
     * @param stage  the stage to enter, not null, not {@link Stage#CLOSED} (use {@link #close(Closure)})
     * @param date  the date the stage is entered, not null, not before {@link #getLatestEventDate()}
     * @return a new path in the given stage, not null
     * @throws IllegalArgumentException if the stage is {@link Stage#CLOSED}
     * @throws IllegalTransitionException if the path is closed or paused, the table of
     *     {@link Stage} does not allow the move, the date is before the latest event, or the stage
     *     needs an assessment or a plan (or the reason it was omitted) that the path lacks
     */
    public RehabilitationPath advanceTo(Stage stage, LocalDate date) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
        if (stage == Stage.CLOSED) {
            throw new IllegalArgumentException("A path is closed with close(Closure), not advanceTo");
        }
        Stage current = getStage();
        if (current == Stage.CLOSED) {
            throw illegal(IllegalTransitionException.PATH_CLOSED, stage);
        }
        if (isPaused()) {
            throw illegal(IllegalTransitionException.PATH_PAUSED, stage);
        }
        if (!current.canTransitionTo(stage)) {
            throw illegal(IllegalTransitionException.STAGE_NOT_ALLOWED, stage);
        }
        checkNotBefore(date, getLatestEventDate(), stage);
        if (stage.needsAssessment() && getAssessment().isEmpty() && getAssessmentOmission().isEmpty()) {
            throw illegal(IllegalTransitionException.ASSESSMENT_MISSING, stage);
        }
        if (stage.needsPlan() && getPlan().isEmpty() && getPlanOmission().isEmpty()) {
            throw illegal(IllegalTransitionException.PLAN_MISSING, stage);
        }
        List<StageChange> changes = new ArrayList<>(getStageChanges());
        changes.add(StageChange.of(date, stage));
        return ImmutableRehabilitationPath.copyOf(this).withStageChanges(changes);
    }

    /**
     * Returns a copy of this path paused from the start of the given pause.
     *
     * @param pause  the pause, not null, with an open period starting not before
     *     {@link #getLatestEventDate()}
     * @return a new paused path, not null
     * @throws IllegalArgumentException if the pause has already ended
     * @throws IllegalTransitionException if the path is closed or already paused, or the pause
     *     starts before the latest event or on the last day of the previous pause
     */
    public RehabilitationPath pause(Pause pause) {
        Objects.requireNonNull(pause, "pause");
        if (!pause.isOpen()) {
            throw new IllegalArgumentException("A pause that starts now has no end yet; record ended pauses with the builder");
        }
        if (getStage() == Stage.CLOSED) {
            throw illegal(IllegalTransitionException.PATH_CLOSED, null);
        }
        if (isPaused()) {
            throw illegal(IllegalTransitionException.ALREADY_PAUSED, null);
        }
        checkNotBefore(pause.getPeriod().getStart(), getLatestEventDate(), null);
        List<Pause> pauses = new ArrayList<>(getPauses());
        // Pause periods include their last day: a new pause starts after the previous one ended.
        if (!pauses.isEmpty() && !pause.getPeriod().getStart().isAfter(pauses.get(pauses.size() - 1).getPeriod().getEnd().get())) {
            throw illegal(IllegalTransitionException.PAUSE_OVERLAP, null);
        }
        pauses.add(pause);
        return ImmutableRehabilitationPath.copyOf(this).withPauses(pauses);
    }

    /**
     * Returns a copy of this path resumed after its open pause: the pause ends on the given day.
     *
     * @param lastDayOfPause  the last day of the pause, not null, not before its start
     * @return a new path that is not paused, not null
     * @throws IllegalTransitionException if the path is not paused or the date is before the
     *     start of the pause
     */
    public RehabilitationPath resume(LocalDate lastDayOfPause) {
        Objects.requireNonNull(lastDayOfPause, "lastDayOfPause");
        if (!isPaused()) {
            throw illegal(IllegalTransitionException.NOT_PAUSED, null);
        }
        List<Pause> pauses = new ArrayList<>(getPauses());
        Pause open = pauses.get(pauses.size() - 1);
        checkNotBefore(lastDayOfPause, open.getPeriod().getStart(), null);
        pauses.set(pauses.size() - 1, open.endingOn(lastDayOfPause));
        return ImmutableRehabilitationPath.copyOf(this).withPauses(pauses);
    }

    /**
     * Returns a copy of this path closed. An open pause ends on the closure date.
     *
     * @param closure  the closure, not null, dated not before {@link #getLatestDate()}
     * @return a new closed path, not null
     * @throws IllegalTransitionException if the path is already closed or the closure is dated
     *     before the latest date of the path
     */
    public RehabilitationPath close(Closure closure) {
        Objects.requireNonNull(closure, "closure");
        if (getStage() == Stage.CLOSED) {
            throw illegal(IllegalTransitionException.PATH_CLOSED, Stage.CLOSED);
        }
        checkNotBefore(closure.getDate(), getLatestDate(), Stage.CLOSED);
        List<Pause> pauses = new ArrayList<>(getPauses());
        if (isPaused()) {
            Pause open = pauses.get(pauses.size() - 1);
            pauses.set(pauses.size() - 1, open.endingOn(closure.getDate()));
        }
        return ImmutableRehabilitationPath.copyOf(this).withPauses(pauses).withClosure(closure);
    }

    private IllegalTransitionException illegal(String code, Stage to) {
        return IllegalTransitionException.ofPath(code, getStage(), isPaused(), to);
    }

    private void checkNotBefore(LocalDate date, LocalDate latest, Stage to) {
        if (date.isBefore(latest)) {
            throw illegal(IllegalTransitionException.DATED_BEFORE, to);
        }
    }

    /**
     * Checks the structural invariants: an assessment or plan and a reason for omitting it exclude
     * each other, and no stage change records {@link Stage#CLOSED}.
     *
     * @throws InvalidValueException with code {@value #ASSESSMENT_CONTRADICTION},
     *     {@value #PLAN_CONTRADICTION}, {@value #CLOSED_BY_STAGE_CHANGE}, {@value #DUPLICATE_SERVICE}
     *     or {@value #DUPLICATE_INSTRUMENT}
     */
    @Value.Check
    protected void check() {
        if (getAssessment().isPresent() && getAssessmentOmission().isPresent()) {
            throw InvalidValueException.of(Violation.error(ASSESSMENT_CONTRADICTION, "/assessmentOmission", Map.of()));
        }
        if (getPlan().isPresent() && getPlanOmission().isPresent()) {
            throw InvalidValueException.of(Violation.error(PLAN_CONTRADICTION, "/planOmission", Map.of()));
        }
        List<Violation> duplicates = new ArrayList<>();
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (int i = 0; i < getServices().size(); i++) {
            if (!seen.add(getServices().get(i).getId())) {
                duplicates.add(Violation.error(DUPLICATE_SERVICE, "/services/" + i + "/id", Map.of()));
            }
        }
        for (int i = 0; i < getInstruments().size(); i++) {
            if (!seen.add(getInstruments().get(i).getId())) {
                duplicates.add(Violation.error(DUPLICATE_INSTRUMENT, "/instruments/" + i + "/id", Map.of()));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new InvalidValueException(duplicates);
        }
        for (int i = 0; i < getStageChanges().size(); i++) {
            if (getStageChanges().get(i).getStage() == Stage.CLOSED) {
                throw InvalidValueException.of(Violation.error(CLOSED_BY_STAGE_CHANGE, "/stageChanges/" + i + "/stage", Map.of()));
            }
        }
    }

    /**
     * Builder for {@code RehabilitationPath}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableRehabilitationPath.Builder {
        /** Creates an empty builder; use {@link RehabilitationPath#builder()}. */
        Builder() {
        }
    }
}
