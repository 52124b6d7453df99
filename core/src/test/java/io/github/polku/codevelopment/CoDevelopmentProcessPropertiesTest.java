package io.github.polku.codevelopment;

import io.github.polku.testing.CrossCheckedValidator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.polku.calendar.DateRange;
import io.github.polku.testing.CoDevelopmentSamples;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants over random processes built only from consistent data: ids that resolve, dates in
 * order, trained experience experts and client councils of clients within their cap. Each process is
 * built from a generated {@code long}, so a failure names the value that rebuilds it (and QuickTheories
 * the seed of the run, rerun with {@code -DQT_SEED=...}, docs/TESTING.md).
 */
class CoDevelopmentProcessPropertiesTest {

    private static final CrossCheckedValidator VALIDATOR = CrossCheckedValidator.shared();
    private static final LocalDate START = LocalDate.of(2015, 1, 1);

    private static CoDevelopmentProcess process(long seed) {
        return randomProcess(new Random(seed));
    }

    @Test
    void consistentProcessHasNoError() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> hasNoError(process(seed)));
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE})
    void consistentProcessHasNoErrorAtTheEdges(long seed) {
        hasNoError(process(seed));
    }

    private static void hasNoError(CoDevelopmentProcess process) {
        ValidationReport report = VALIDATOR.validate(process);
        assertThat(report.getViolations(Severity.ERROR)).isEmpty();
        assertThat(report.getViolations()).extracting(Violation::getCode)
                .allMatch(code -> code.startsWith("polku.codevelopment.role.tokenism.")
                        || code.startsWith("polku.codevelopment.process."));
    }

    @Test
    void warnsAboutExactlyTheClientSideRolesBelowPartnership() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> warnsBelowPartnership(process(seed)));
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE})
    void warnsAboutExactlyTheClientSideRolesBelowPartnershipAtTheEdges(long seed) {
        warnsBelowPartnership(process(seed));
    }

    private static void warnsBelowPartnership(CoDevelopmentProcess process) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < process.getParticipants().size(); i++) {
            Participant p = process.getParticipants().get(i);
            for (int j = 0; j < p.getRoles().size(); j++) {
                ParticipationRole role = p.getRoles().get(j).getRole();
                if (role.isClientSide() && process.getParticipationLevel(p.getId(), role).getRung().getNumber() < 6) {
                    expected.add("/participants/" + i + "/roles/" + j);
                }
            }
        }
        assertThat(VALIDATOR.validate(process).getViolations(Severity.WARNING)).extracting(Violation::getPath)
                .filteredOn(path -> !path.equals("/participants"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void derivesGroupFromRungOnly() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> groupFromRung(process(seed)));
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE})
    void derivesGroupFromRungOnlyAtTheEdges(long seed) {
        groupFromRung(process(seed));
    }

    private static void groupFromRung(CoDevelopmentProcess process) {
        for (Participant p : process.getParticipants()) {
            for (RoleAssignment r : p.getRoles()) {
                ParticipationLevel level = process.getParticipationLevel(p.getId(), r.getRole());
                int n = level.getRung().getNumber();
                ParticipationGroup expected = n <= 2 ? ParticipationGroup.NON_PARTICIPATION
                        : n <= 5 ? ParticipationGroup.TOKENISM : ParticipationGroup.CITIZEN_POWER;
                assertThat(level.getGroup()).isEqualTo(expected);
            }
        }
    }

    static CoDevelopmentProcess randomProcess(Random random) {
        CoDevelopmentProcess.Builder b = CoDevelopmentProcess.builder().id(ProcessId.of("P-" + random.nextInt(1000)))
                .title("Random process").organiser(CoDevelopmentSamples.JYVASKYLA);
        LocalDate phaseStart = START;
        for (Phase phase : Phase.values()) {
            if (random.nextBoolean()) {
                LocalDate end = phaseStart.plusDays(random.nextInt(200));
                b.addPhase(PhasePeriod.of(phase, random.nextBoolean() ? DateRange.of(phaseStart, end)
                        : DateRange.startingOn(phaseStart)));
                phaseStart = phaseStart.plusDays(random.nextInt(100));
            }
        }
        List<ParticipantId> all = new ArrayList<>();
        List<ParticipantId> clientSide = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        ParticipantKind[] kinds = ParticipantKind.values();
        ParticipationRole[] roles = ParticipationRole.values();
        DecisionRight[] rights = DecisionRight.values();
        for (int i = 0; i < count; i++) {
            ParticipantId id = ParticipantId.of("P" + i);
            ParticipantKind kind = kinds[random.nextInt(kinds.length)];
            Participant.Builder p = Participant.builder().id(id).kind(kind);
            for (ParticipationRole role : roles) {
                if (random.nextInt(4) == 0) {
                    RoleAssignment.Builder r = RoleAssignment.builder().role(role)
                            .compensation(Compensation.values()[random.nextInt(Compensation.values().length)]);
                    if (role.requiresTraining() || random.nextBoolean()) {
                        r.training(Training.builder().completed(role.requiresTraining() || random.nextBoolean()).build());
                    }
                    for (DecisionRight right : rights) {
                        if (random.nextBoolean()) {
                            r.addDecisionRight(right);
                        }
                    }
                    p.addRole(r.build());
                }
            }
            b.addParticipant(p.build());
            all.add(id);
            if (kind.isClientSide()) {
                clientSide.add(id);
            }
        }
        int sessions = random.nextInt(4);
        LocalDate date = START;
        List<LocalDate> sessionDates = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            date = date.plusDays(random.nextInt(30));
            Session.Builder session = Session.builder().id(SessionId.of("S" + s)).date(date)
                    .format(SessionFormat.values()[random.nextInt(SessionFormat.values().length)]);
            for (ParticipantId id : all) {
                if (random.nextBoolean()) {
                    session.addAttendee(id);
                }
            }
            b.addSession(session.build());
            sessionDates.add(date);
        }
        int ideas = sessions == 0 ? 0 : random.nextInt(5);
        for (int i = 0; i < ideas; i++) {
            int s = random.nextInt(sessions);
            LocalDate when = sessionDates.get(s);
            Idea.Builder idea = Idea.builder().id(IdeaId.of("I" + i)).title("Idea " + i).raisedIn(SessionId.of("S" + s));
            for (ParticipantId id : all) {
                if (random.nextInt(3) == 0) {
                    idea.addProposer(id);
                }
            }
            int changes = random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                when = when.plusDays(random.nextInt(60));
                IdeaStatus status = IdeaStatus.values()[random.nextInt(IdeaStatus.values().length)];
                idea.addStatusChange(status == IdeaStatus.REJECTED ? StatusChange.rejected(when, "Not feasible")
                        : StatusChange.of(status, when));
            }
            b.addIdea(idea.build());
            if (random.nextBoolean()) {
                b.addChange(ImplementedChange.builder().title("Change " + i).idea(IdeaId.of("I" + i))
                        .implementedOn(when.plusDays(random.nextInt(30))).build());
            }
        }
        if (random.nextBoolean()) {
            ClientCouncil.Builder council = ClientCouncil.builder().meetingsPerYear(random.nextInt(12));
            int members = 0;
            for (ParticipantId id : clientSide) {
                if (random.nextBoolean()) {
                    council.addMember(id);
                    members++;
                }
            }
            if (random.nextBoolean()) {
                council.membershipCap(Math.max(1, members + random.nextInt(3)));
            }
            LocalDate given = START.plusDays(random.nextInt(300));
            if (random.nextBoolean()) {
                council.addStatement(CouncilStatement.builder().subject("Plan").givenOn(given)
                        .answeredOn(given.plusDays(random.nextInt(40))).build());
            }
            b.clientCouncil(council.build());
        }
        return b.build();
    }
}
