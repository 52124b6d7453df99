package io.github.polku.path;

import io.github.polku.testing.CrossCheckedValidator;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.measurement.IcfChapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.ClientId;
import io.github.polku.client.OmissionReason;
import io.github.polku.testing.Samples;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random walks over the transition API (QuickTheories; a failure prints the seed, rerun with
 * {@code -DQT_SEED=...}, docs/TESTING.md); the boundary walks are the explicit rows below.
 */
class RehabilitationPathPropertiesTest {

    private static final PolkuValidator VALIDATOR = PolkuValidator.create();
    /** Judged after every generated date (contacts up to 2500 days on, plus gaps), so none is in the future. */
    private static final java.time.LocalDate JUDGED_ON = java.time.LocalDate.of(2299, 12, 31);

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

    private static Gen<List<Attempt>> attempts() {
        Gen<Kind> kinds = Generate.frequency(List.of(Pair.of(4, Generate.constant(Kind.ADVANCE)),
                Pair.of(6, Generate.constant(Kind.ADVANCE_NEXT)), Pair.of(2, Generate.constant(Kind.PAUSE)),
                Pair.of(2, Generate.constant(Kind.RESUME)), Pair.of(1, Generate.constant(Kind.CLOSE))));
        Gen<Attempt> attempt = kinds.zip(arbitrary().enumValues(Stage.class), integers().between(-5, 60),
                arbitrary().enumValues(PauseReason.class), arbitrary().enumValues(Destination.class), Attempt::new);
        return lists().of(attempt).ofSizeBetween(0, 30);
    }

    /** The base path's parameters: contact offset, days to the assessment's start, days to the plan, omitted. */
    static final class Base {
        final int contactOffset;
        final int startAfter;
        final int planAfter;
        final boolean omit;

        Base(int contactOffset, int startAfter, int planAfter, boolean omit) {
            this.contactOffset = contactOffset;
            this.startAfter = startAfter;
            this.planAfter = planAfter;
            this.omit = omit;
        }

        RehabilitationPath path() {
            return base(contactOffset, startAfter, planAfter, omit);
        }

        @Override
        public String toString() {
            return "base(" + contactOffset + ", " + startAfter + ", " + planAfter + ", " + omit + ")";
        }
    }

    private static Gen<Base> bases() {
        return integers().between(0, 2500).zip(integers().between(0, 30), integers().between(0, 60), booleans().all(), Base::new);
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

    /**
     * Whether the documented preconditions of the transition hold (the Javadoc of advanceTo, pause,
     * resume and close), stated independently of their implementation.
     */
    private static boolean allowed(RehabilitationPath path, Attempt a) {
        boolean closed = path.getStage() == Stage.CLOSED;
        switch (a.kind) {
            case ADVANCE:
            case ADVANCE_NEXT:
                Optional<Stage> target = target(path, a);
                if (target.isEmpty()) {
                    return true;    // nothing attempted
                }
                Stage stage = target.get();
                return stage != Stage.CLOSED && !closed && !path.isPaused() && path.getStage().canTransitionTo(stage)
                        && a.days >= 0
                        && (!stage.needsAssessment()
                                || path.getAssessment().isPresent() || path.getAssessmentOmission().isPresent())
                        && (!stage.needsPlan() || path.getPlan().isPresent() || path.getPlanOmission().isPresent());
            case PAUSE:
                LocalDate start = path.getLatestEventDate().plusDays(a.days);
                List<Pause> pauses = path.getPauses();
                return !closed && !path.isPaused() && a.days >= 0
                        && (pauses.isEmpty() || start.isAfter(pauses.get(pauses.size() - 1).getPeriod().getEnd().orElseThrow()));
            case RESUME:
                return path.isPaused() && !path.getLatestEventDate().plusDays(a.days)
                        .isBefore(path.getPauses().get(path.getPauses().size() - 1).getPeriod().getStart());
            default:
                return !closed && a.days >= 0;
        }
    }

    private static Optional<Stage> target(RehabilitationPath path, Attempt a) {
        if (a.kind == Kind.ADVANCE) {
            return Optional.of(a.stage);
        }
        List<Stage> next = new ArrayList<>(path.getStage().getNextStages());
        next.remove(Stage.CLOSED);
        return next.isEmpty() ? Optional.empty() : Optional.of(next.get(a.stage.ordinal() % next.size()));
    }

    /** Everything a transition could change, as values independent of the path object. */
    private static List<Object> state(RehabilitationPath path) {
        return List.of(path.getStage(), List.copyOf(path.getStageChanges()), List.copyOf(path.getPauses()),
                path.getClosure(), path.isPaused(), path.getLatestEventDate(), path.getLatestDate());
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

    @Test
    void randomTransitionAttemptsNeverProduceAPathTheValidatorRejects() {
        qt().withExamples(300).forAll(attempts(), bases())
                .checkAssert(RehabilitationPathPropertiesTest::neverProducesARejectedPath);
    }

    /** Boundary walks: no attempt, the earliest and the latest base, and attempts with the edge day offsets. */
    static Stream<Arguments> edgeWalks() {
        List<Base> bases = List.of(new Base(0, 0, 0, false), new Base(2500, 30, 60, false), new Base(0, 0, 0, true),
                new Base(2500, 30, 60, true));
        List<List<Attempt>> walks = new ArrayList<>();
        walks.add(List.of());
        for (int days : List.of(-5, -1, 0, 1, 60)) {
            List<Attempt> walk = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                for (Stage stage : Stage.values()) {
                    walk.add(new Attempt(kind, stage, days, PauseReason.values()[0], Destination.values()[0]));
                }
            }
            walks.add(walk);
        }
        return io.github.polku.testing.EdgeCases.combinations(walks, bases);
    }

    @ParameterizedTest
    @MethodSource("edgeWalks")
    void transitionAttemptsAtTheEdgesNeverProduceAPathTheValidatorRejects(List<Attempt> attempts, Base base) {
        neverProducesARejectedPath(attempts, base);
    }

    private static void neverProducesARejectedPath(List<Attempt> attempts, Base base) {
        RehabilitationPath path = base.path();
        for (Attempt attempt : attempts) {
            RehabilitationPath before = path;
            List<Object> stateBefore = state(before);
            String beforeText = before.toString();
            boolean allowed = allowed(before, attempt);
            try {
                path = apply(before, attempt);
                assertThat(allowed).as("%s was refused by the oracle but accepted on %s", attempt, stateBefore).isTrue();
            } catch (IllegalTransitionException | IllegalArgumentException rejected) {
                assertThat(allowed).as("%s was refused: %s", attempt, rejected.getMessage()).isFalse();
            }
            // a transition, accepted or refused, never changes the path it was called on: a refused
            // one leaves exactly the original value, compared by content, not by reference
            assertThat(state(before)).as("after %s", attempt).isEqualTo(stateBefore);
            assertThat(before.toString()).isEqualTo(beforeText);
            ValidationReport report = VALIDATOR.validate(path, JUDGED_ON);
            assertThat(report.getViolations(Severity.ERROR)).as("after %s", attempt).isEmpty();
            assertLegalStageOrder(path);
        }
    }

    @Test
    void pathsWalkedAlongLegalTransitionsValidateWithoutErrors() {
        Gen<List<Integer>> choices = lists().of(integers().between(0, 5)).ofSizeBetween(0, 12);
        qt().withExamples(200).forAll(choices, integers().between(0, 2500), integers().between(0, 20),
                booleans().all().zip(booleans().all(), (omit, close) -> new boolean[] {omit, close}))
                .checkAssert((c, offset, gap, flags) -> legalWalkValidates(c, offset, gap, flags[0], flags[1]));
    }

    static Stream<Arguments> edgeLegalWalks() {
        List<List<Integer>> choices = List.of(List.of(), List.of(0), List.of(5), List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                List.of(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5), List.of(0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5));
        return io.github.polku.testing.EdgeCases.combinations(choices, List.of(0, 2500), List.of(0, 20),
                List.of(false, true), List.of(false, true));
    }

    @ParameterizedTest
    @MethodSource("edgeLegalWalks")
    void pathsWalkedAlongLegalTransitionsAtTheEdgesValidateWithoutErrors(List<Integer> choices, int contactOffset, int gap,
            boolean omit, boolean close) {
        legalWalkValidates(choices, contactOffset, gap, omit, close);
    }

    private static void legalWalkValidates(List<Integer> choices, int contactOffset, int gap, boolean omit, boolean close) {
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
        assertThat(VALIDATOR.validate(path, JUDGED_ON).isValid()).isTrue();
        assertThat(path.getStageChanges()).extracting(StageChange::getStage).containsExactlyElementsOf(visited);
        assertLegalStageOrder(path);
    }
}
