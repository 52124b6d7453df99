package io.github.polku.path;

import io.github.polku.testing.CrossCheckedValidator;
import io.github.polku.measurement.IcfChapter;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.ClientId;
import io.github.polku.client.OmissionReason;
import io.github.polku.testing.Samples;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RehabilitationPathPropertiesTest {

    private static final CrossCheckedValidator VALIDATOR = CrossCheckedValidator.shared();

    /** ADVANCE tries any stage; ADVANCE_NEXT picks one of the current stage's successors. */
    enum Kind { ADVANCE, ADVANCE_NEXT, PAUSE, RESUME, CLOSE }

    /** One attempted transition: what, to which stage, and how many days after the latest event. */
    static final class Attempt {
        final Kind kind;
        final Stage stage;
        final int days;
        final PauseReason reason;
        final Destination destination;

        Attempt(Kind kind, Stage stage, int days, PauseReason reason, Destination destination) {
            this.kind = kind;
            this.stage = stage;
            this.days = days;
            this.reason = reason;
            this.destination = destination;
        }

        @Override
        public String toString() {
            return kind + "(" + stage + ", +" + days + ")";
        }
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> attempt = Combinators.combine(
                Arbitraries.frequency(Tuple.of(4, Kind.ADVANCE), Tuple.of(6, Kind.ADVANCE_NEXT), Tuple.of(2, Kind.PAUSE), Tuple.of(2, Kind.RESUME),
                        Tuple.of(1, Kind.CLOSE)),
                Arbitraries.of(Stage.class), Arbitraries.integers().between(-5, 60),
                Arbitraries.of(PauseReason.class), Arbitraries.of(Destination.class)).as(Attempt::new);
        return attempt.list().ofMinSize(0).ofMaxSize(30);
    }

    /** A base path through the public API: assessment and plan recorded, or omitted with a reason. */
    private static RehabilitationPath base(int contactOffset, int startAfter, int planAfter, boolean omit) {
        LocalDate contact = LocalDate.of(2023, 1, 1).plusDays(contactOffset);
        RehabilitationPath.Builder builder = RehabilitationPath.builder()
                .id(PathId.of("P-PROP-1"))
                .clientId(ClientId.of("C-PROP-1"))
                .organiser(Samples.county())
                .firstContact(FirstContact.of(contact, ContactChannel.OUTREACH));
        if (omit) {
            return builder.assessmentOmission(OmissionReason.OBVIOUSLY_UNNECESSARY)
                    .planOmission(OmissionReason.EQUIVALENT_ARRANGEMENT).build();
        }
        LocalDate started = contact.plusDays(startAfter);
        LocalDate planned = started.plusDays(planAfter);
        Goal goal = Goal.builder().id(GoalId.of("G1")).words("fictional").lifeArea(IcfChapter.D8).setOn(planned).build()
                .withStatus(GoalStatus.ACTIVE, planned);
        return builder
                .assessment(ServiceNeedAssessment.builder().pendingOn(contact).startedOn(started).completedOn(planned).build())
                .plan(ClientPlan.builder().createdOn(planned).clientView("fictional").workerView("fictional")
                        .addParticipant(PlanParticipant.CLIENT).addGoal(goal).build())
                .build();
    }

    private static RehabilitationPath apply(RehabilitationPath path, Attempt a) {
        switch (a.kind) {
            case ADVANCE:
                return path.advanceTo(a.stage, path.getLatestEventDate().plusDays(a.days));
            case ADVANCE_NEXT:
                List<Stage> next = new ArrayList<>(path.getStage().getNextStages());
                next.remove(Stage.CLOSED);
                return next.isEmpty() ? path
                        : path.advanceTo(next.get(a.stage.ordinal() % next.size()), path.getLatestEventDate().plusDays(a.days));
            case PAUSE:
                return path.pause(Pause.builder().period(DateRange.startingOn(path.getLatestEventDate().plusDays(a.days)))
                        .reason(a.reason).continuesRemotely(a.days % 2 == 0).build());
            case RESUME:
                return path.resume(path.getLatestEventDate().plusDays(a.days));
            default:
                return path.close(Closure.of(path.getLatestDate().plusDays(a.days), ClosureReason.OTHER, a.destination));
        }
    }

    private static void assertLegalStageOrder(RehabilitationPath path) {
        Stage stage = Stage.CONTACT;
        LocalDate date = path.getFirstContact().getDate();
        for (StageChange change : path.getStageChanges()) {
            assertThat(stage.canTransitionTo(change.getStage())).as("%s -> %s", stage, change.getStage()).isTrue();
            assertThat(change.getDate()).isAfterOrEqualTo(date);
            stage = change.getStage();
            date = change.getDate();
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void randomTransitionAttemptsNeverProduceAPathTheValidatorRejects(
            @ForAll("attempts") List<Attempt> attempts,
            @ForAll @IntRange(min = 0, max = 2500) int contactOffset,
            @ForAll @IntRange(min = 0, max = 30) int startAfter,
            @ForAll @IntRange(min = 0, max = 60) int planAfter,
            @ForAll boolean omit) {
        RehabilitationPath path = base(contactOffset, startAfter, planAfter, omit);
        for (Attempt attempt : attempts) {
            RehabilitationPath before = path;
            String beforeText = before.toString();
            try {
                path = apply(path, attempt);
            } catch (IllegalTransitionException | IllegalArgumentException rejected) {
                assertThat(path).isSameAs(before);
            }
            // the old path is never changed by a transition
            assertThat(before.toString()).isEqualTo(beforeText);
            ValidationReport report = VALIDATOR.validate(path);
            assertThat(report.getViolations(Severity.ERROR)).as("after %s", attempt).isEmpty();
            assertLegalStageOrder(path);
        }
        List<StageChange> changes = path.getStageChanges();
        Statistics.collect(changes.isEmpty() ? Stage.CONTACT : changes.get(changes.size() - 1).getStage(),
                path.getClosure().isPresent() ? "closed" : "open",
                path.getPauses().isEmpty() ? "no pauses" : "paused at least once");
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void pathsWalkedAlongLegalTransitionsValidateWithoutErrors(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 5) Integer> choices,
            @ForAll @IntRange(min = 0, max = 2500) int contactOffset,
            @ForAll @IntRange(min = 0, max = 20) int gap,
            @ForAll boolean omit,
            @ForAll boolean close) {
        RehabilitationPath path = base(contactOffset, gap, gap, omit);
        List<Stage> visited = new ArrayList<>();
        for (int choice : choices) {
            List<Stage> next = new ArrayList<>(path.getStage().getNextStages());
            next.remove(Stage.CLOSED);
            if (next.isEmpty()) {
                break;
            }
            Stage stage = next.get(choice % next.size());
            path = path.advanceTo(stage, path.getLatestEventDate().plusDays(gap));
            visited.add(stage);
        }
        if (close) {
            path = path.close(Closure.of(path.getLatestDate().plusDays(gap), ClosureReason.GOALS_MET, Destination.EDUCATION));
            assertThat(path.getStage()).isEqualTo(Stage.CLOSED);
        }
        assertThat(VALIDATOR.validate(path).isValid()).isTrue();
        assertThat(path.getStageChanges()).extracting(StageChange::getStage).containsExactlyElementsOf(visited);
        assertLegalStageOrder(path);
    }
}
