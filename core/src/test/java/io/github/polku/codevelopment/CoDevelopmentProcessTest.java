package io.github.polku.codevelopment;

import static io.github.polku.testing.ViolationAssert.violation;
import io.github.polku.testing.CrossCheckedValidator;
import static io.github.polku.testing.CoDevelopmentSamples.baseline;
import static io.github.polku.testing.CoDevelopmentSamples.developerClient;
import static io.github.polku.testing.CoDevelopmentSamples.participant;
import static io.github.polku.testing.CoDevelopmentSamples.pid;
import static io.github.polku.testing.CoDevelopmentSamples.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.calendar.DateRange;
import io.github.polku.testing.CoDevelopmentSamples;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CoDevelopmentProcessTest {

    private static final CrossCheckedValidator VALIDATOR = CrossCheckedValidator.shared();
    private static final LocalDate FEB_8 = LocalDate.of(2017, 2, 8);

    private static ViolationAssert assertViolations(CoDevelopmentProcess process) {
        return ViolationAssert.assertThat(VALIDATOR.validate(process).getViolations());
    }

    private static Session session(String id, LocalDate date, String... attendees) {
        Session.Builder b = Session.builder().id(SessionId.of(id)).date(date).format(SessionFormat.REMOTE);
        for (String a : attendees) {
            b.addAttendee(pid(a));
        }
        return b.build();
    }

    private static Idea idea(String id, String session, String proposer, StatusChange... changes) {
        return Idea.builder().id(IdeaId.of(id)).title("An idea").raisedIn(SessionId.of(session))
                .addProposer(pid(proposer)).addStatusChanges(changes).build();
    }

    @Nested
    class Baseline {

        @Test
        void hasNoViolation() {
            assertThat(VALIDATOR.validate(baseline().build()).getViolations()).isEmpty();
        }
    }

    @Nested
    class Construction {

        @Test
        void rejectsDuplicateIdsReportingAllAtOnce() {
            assertThatThrownBy(() -> baseline()
                    .addParticipant(participant("DEV-01", ParticipantKind.CLIENT, developerClient()))
                    .addSession(session("S1", FEB_8))
                    .addIdea(idea("I1", "S1", "DEV-01"))
                    .build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> ViolationAssert.assertThat(e.getViolations())
                            .containsExactlyViolations(
                                    violation(CoDevelopmentProcess.DUPLICATE_PARTICIPANT).withSeverity(Severity.ERROR).at("/participants/3/id"),
                                    violation(CoDevelopmentProcess.DUPLICATE_SESSION).withSeverity(Severity.ERROR).at("/sessions/1/id"),
                                    violation(CoDevelopmentProcess.DUPLICATE_IDEA).withSeverity(Severity.ERROR).at("/ideas/1/id")));
        }

        @Test
        void rejectsRoleAssignedTwiceToOneParticipant() {
            assertThatThrownBy(() -> Participant.builder().id(pid("DEV-09")).kind(ParticipantKind.CLIENT)
                    .addRole(developerClient()).addRole(role(ParticipationRole.PEER_SUPPORTER)).addRole(developerClient())
                    .build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(Participant.DUPLICATE_ROLE, "/roles/2/role")));
        }

        @Test
        void rejectsMissingTitleAsIncomplete() {
            assertThatThrownBy(() -> CoDevelopmentProcess.builder().id(ProcessId.of("P")).organiser(
                    CoDevelopmentSamples.JYVASKYLA).build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode).containsOnly("polku.value.missing"));
        }
    }

    @Nested
    class Phases {

        private CoDevelopmentProcess withPhases(PhasePeriod... phases) {
            return baseline().addPhases(phases).build();
        }

        @Test
        void acceptsPhasesStartingInOrderAndOverlapping() {
            assertViolations(withPhases(
                    PhasePeriod.of(Phase.IDEATE, DateRange.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30))),
                    PhasePeriod.of(Phase.DEVELOP, DateRange.startingOn(LocalDate.of(2017, 1, 1))),
                    PhasePeriod.of(Phase.PILOT, DateRange.startingOn(LocalDate.of(2017, 5, 1)))))
                    .isEmpty();
        }

        @Test
        void rejectsPhaseStartingBeforeAnEarlierPhase() {
            assertViolations(withPhases(
                    PhasePeriod.of(Phase.IDEATE, DateRange.startingOn(LocalDate.of(2017, 3, 1))),
                    PhasePeriod.of(Phase.PILOT, DateRange.startingOn(LocalDate.of(2017, 2, 28)))))
                    .containsExactlyViolations(violation(CoDevelopmentCodes.PHASE_ORDER).withSeverity(Severity.ERROR).at("/phases/1/period/start"));
        }

        @Test
        void rejectsPhaseListedBeforeAnEarlierPhaseThatStartsLater() {
            assertViolations(withPhases(
                    PhasePeriod.of(Phase.EMBED, DateRange.startingOn(LocalDate.of(2017, 1, 1))),
                    PhasePeriod.of(Phase.IDEATE, DateRange.startingOn(LocalDate.of(2017, 2, 1)))))
                    .containsExactlyViolations(violation(CoDevelopmentCodes.PHASE_ORDER).withSeverity(Severity.ERROR).at("/phases/0/period/start"));
        }

        @Test
        void rejectsPhaseListedTwice() {
            ValidationReport report = VALIDATOR.validate(withPhases(
                    PhasePeriod.of(Phase.IDEATE, DateRange.startingOn(LocalDate.of(2017, 1, 1))),
                    PhasePeriod.of(Phase.IDEATE, DateRange.startingOn(LocalDate.of(2017, 1, 1)))));
            ViolationAssert.assertThat(report.getViolations())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.PHASE_DUPLICATE).withSeverity(Severity.ERROR).at("/phases/1/phase"));
            assertThat(report.getViolations().get(0).getArguments()).containsEntry("phase", "IDEATE");
        }
    }

    @Nested
    class Sessions {

        @Test
        void acceptsSessionsOnTheSameDay() {
            assertViolations(baseline().addSession(session("S2", FEB_8, "DEV-01")).build()).isEmpty();
        }

        @Test
        void rejectsSessionBeforeThePreviousOne() {
            assertViolations(baseline().addSession(session("S2", FEB_8.minusDays(1), "DEV-01")).build())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.SESSION_ORDER).withSeverity(Severity.ERROR).at("/sessions/1/date"));
        }

        @Test
        void rejectsAttendeeWhoIsNotAParticipant() {
            assertViolations(baseline().addSession(session("S2", FEB_8, "DEV-01", "VISITOR-1")).build())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.ATTENDEE_UNKNOWN).withSeverity(Severity.ERROR).at("/sessions/1/attendees/1"));
        }
    }

    @Nested
    class Ideas {

        @Test
        void acceptsStatusChangesOnTheSessionDayAndLater() {
            assertViolations(baseline().addIdea(idea("I2", "S1", "DEV-01",
                    StatusChange.of(IdeaStatus.ACCEPTED, FEB_8),
                    StatusChange.rejected(FEB_8.plusDays(30), "No premises available"))).build())
                    .isEmpty();
        }

        @Test
        void rejectsUnknownSession() {
            assertViolations(baseline().addIdea(idea("I2", "S9", "DEV-01")).build())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.IDEA_SESSION_UNKNOWN).withSeverity(Severity.ERROR).at("/ideas/1/raisedIn"));
        }

        @Test
        void rejectsProposerWhoIsNotAParticipant() {
            assertViolations(baseline().addIdea(idea("I2", "S1", "VISITOR-1")).build())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.PROPOSER_UNKNOWN).withSeverity(Severity.ERROR).at("/ideas/1/proposers/0"));
        }

        @Test
        void rejectsStatusChangeBeforeTheSession() {
            assertViolations(baseline().addIdea(idea("I2", "S1", "DEV-01",
                    StatusChange.of(IdeaStatus.ACCEPTED, FEB_8.minusDays(1)))).build())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.IDEA_STATUS_ORDER).withSeverity(Severity.ERROR).at("/ideas/1/statusChanges/0/date"));
        }

        @Test
        void rejectsStatusChangeBeforeThePreviousChange() {
            assertViolations(baseline().addIdea(idea("I2", "S1", "DEV-01",
                    StatusChange.of(IdeaStatus.ACCEPTED, FEB_8.plusDays(10)),
                    StatusChange.of(IdeaStatus.IMPLEMENTED, FEB_8.plusDays(9)))).build())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.IDEA_STATUS_ORDER).withSeverity(Severity.ERROR).at("/ideas/1/statusChanges/1/date"));
        }

        @Test
        void reportsBlankTitle() {
            assertViolations(baseline().addIdea(Idea.builder().id(IdeaId.of("I2")).title(" ")
                    .raisedIn(SessionId.of("S1")).build()).build())
                    .containsExactlyViolations(violation("jakarta.validation.constraints.NotBlank").withSeverity(Severity.ERROR).at("/ideas/1/title"));
        }

        @Test
        void rejectsRejectionWithoutReason() {
            assertThatThrownBy(() -> StatusChange.of(IdeaStatus.REJECTED, FEB_8))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(StatusChange.REJECTION_REASON, "/reason")));
            assertThatThrownBy(() -> StatusChange.rejected(FEB_8, "  "))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void derivesCurrentStatusFromTheLastChange() {
            Idea raised = idea("I2", "S1", "DEV-01");
            Idea implemented = idea("I3", "S1", "DEV-01", StatusChange.of(IdeaStatus.ACCEPTED, FEB_8),
                    StatusChange.of(IdeaStatus.IMPLEMENTED, FEB_8.plusDays(1)));
            assertThat(raised.getStatus()).isEqualTo(IdeaStatus.RAISED);
            assertThat(raised.isAnswered()).isFalse();
            assertThat(implemented.getStatus()).isEqualTo(IdeaStatus.IMPLEMENTED);
            assertThat(implemented.isAnswered()).isTrue();
        }
    }

    @Nested
    class Changes {

        private ImplementedChange change(String idea, LocalDate on) {
            return ImplementedChange.builder().title("A chat service").idea(IdeaId.of(idea)).implementedOn(on).build();
        }

        @Test
        void acceptsChangeOfAKnownIdeaOnTheSessionDay() {
            assertViolations(baseline().addChange(change("I1", FEB_8)).build()).isEmpty();
        }

        @Test
        void rejectsChangeOfAnUnknownIdea() {
            assertViolations(baseline().addChange(change("I1", FEB_8)).addChange(change("I9", FEB_8)).build())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.CHANGE_IDEA_UNKNOWN).withSeverity(Severity.ERROR).at("/changes/1/idea"));
        }

        @Test
        void rejectsChangeBeforeItsIdeaWasRaised() {
            assertViolations(baseline().addChange(change("I1", FEB_8.minusDays(1))).build())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.CHANGE_BEFORE_IDEA).withSeverity(Severity.ERROR).at("/changes/0/implementedOn"));
        }

        @Test
        void tracesChangeToItsProposers() {
            CoDevelopmentProcess process = baseline().addChange(change("I1", FEB_8)).build();
            assertThat(process.getProposersOf(process.getChanges().get(0))).containsExactly(pid("DEV-01"), pid("DEV-02"));
            assertThat(process.getProposersOf(change("I9", FEB_8))).isEmpty();
        }
    }

    @Nested
    class Council {

        private ClientCouncil.Builder council(String... members) {
            ClientCouncil.Builder b = ClientCouncil.builder().meetingsPerYear(4);
            for (String m : members) {
                b.addMember(pid(m));
            }
            return b;
        }

        @Test
        void acceptsClientsAndRelativesUpToTheCap() {
            assertViolations(baseline().clientCouncil(council("DEV-01", "DEV-02").membershipCap(2).build()).build())
                    .isEmpty();
        }

        @Test
        void rejectsStaffMembers() {
            CoDevelopmentProcess process = baseline()
                    .addParticipant(participant("NGO-01", ParticipantKind.PARTNER_REPRESENTATIVE, role(ParticipationRole.PARTNER)))
                    .clientCouncil(council("DEV-01", "PRO-01", "NGO-01").build()).build();
            assertViolations(process).containsExactlyViolations(
                    violation(CoDevelopmentCodes.COUNCIL_MEMBER_STAFF).withSeverity(Severity.ERROR).at("/clientCouncil/members/1"),
                    violation(CoDevelopmentCodes.COUNCIL_MEMBER_STAFF).withSeverity(Severity.ERROR).at("/clientCouncil/members/2"));
            assertThat(VALIDATOR.validate(process).getViolations().get(0).getArguments())
                    .containsEntry("kind", "PROFESSIONAL");
        }

        @Test
        void rejectsMemberWhoIsNotAParticipant() {
            assertViolations(baseline().clientCouncil(council("DEV-01", "VISITOR-1").build()).build())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.COUNCIL_MEMBER_UNKNOWN).withSeverity(Severity.ERROR).at("/clientCouncil/members/1"));
        }

        @Test
        void rejectsMoreMembersThanTheCap() {
            ValidationReport report = VALIDATOR.validate(
                    baseline().clientCouncil(council("DEV-01", "DEV-02").membershipCap(1).build()).build());
            ViolationAssert.assertThat(report.getViolations())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.COUNCIL_CAP).withSeverity(Severity.ERROR).at("/clientCouncil/members"));
            assertThat(report.getViolations().get(0).getArguments()).containsEntry("members", "2").containsEntry("cap", "1");
        }

        @Test
        void rejectsAnswerBeforeTheStatement() {
            assertViolations(baseline().clientCouncil(council("DEV-01").addStatement(CouncilStatement.builder()
                    .subject("Equality plan").givenOn(FEB_8).answeredOn(FEB_8.minusDays(1)).build()).build()).build())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.STATEMENT_ORDER).withSeverity(Severity.ERROR).at("/clientCouncil/statements/0/answeredOn"));
        }

        @Test
        void reportsNegativeMeetingsPerYear() {
            assertViolations(baseline().clientCouncil(ClientCouncil.builder().meetingsPerYear(-1).build()).build())
                    .containsExactlyViolations(violation("jakarta.validation.constraints.PositiveOrZero").withSeverity(Severity.ERROR).at("/clientCouncil/meetingsPerYear"));
        }

        @ParameterizedTest
        @CsvSource({"0", "-5"})
        void rejectsCapBelowOne(int cap) {
            assertThatThrownBy(() -> council().membershipCap(cap).build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(ClientCouncil.CAP_NOT_POSITIVE, "/membershipCap")));
        }
    }

    @Nested
    class Training {

        private CoDevelopmentProcess withRole(RoleAssignment role) {
            return baseline().addParticipant(Participant.builder().id(pid("DEV-01B")).kind(ParticipantKind.CLIENT)
                    .addRole(role(ParticipationRole.PROFESSIONAL)).addRole(role).build()).build();
        }

        private io.github.polku.codevelopment.Training training(boolean completed) {
            return io.github.polku.codevelopment.Training.builder().completed(completed).build();
        }

        @Test
        void acceptsTrainedExperienceExpert() {
            ValidationReport report = VALIDATOR.validate(withRole(RoleAssignment.builder()
                    .role(ParticipationRole.EXPERIENCE_EXPERT).training(training(true)).build()));
            assertThat(report.getViolations(Severity.ERROR)).isEmpty();
        }

        @Test
        void rejectsExperienceExpertWithoutTraining() {
            ValidationReport report = VALIDATOR.validate(withRole(role(ParticipationRole.EXPERIENCE_EXPERT)));
            assertThat(report.getViolations(Severity.ERROR))
                    .extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple(CoDevelopmentCodes.TRAINING_REQUIRED, "/participants/3/roles/1/training"));
            assertThat(report.getViolations(Severity.ERROR).get(0).getArguments()).containsEntry("role", "EXPERIENCE_EXPERT");
        }

        @Test
        void rejectsExperienceExpertWithUnfinishedTraining() {
            assertThat(VALIDATOR.validate(withRole(RoleAssignment.builder()
                    .role(ParticipationRole.EXPERIENCE_EXPERT).training(training(false)).build()))
                    .getViolations(Severity.ERROR))
                    .extracting(Violation::getCode).containsExactly(CoDevelopmentCodes.TRAINING_REQUIRED);
        }

        @ParameterizedTest
        @EnumSource(value = ParticipationRole.class, names = "EXPERIENCE_EXPERT", mode = EnumSource.Mode.EXCLUDE)
        void acceptsOtherRolesWithoutTraining(ParticipationRole role) {
            assertThat(VALIDATOR.validate(RoleAssignment.builder().role(role).build()).getViolations()).isEmpty();
        }

        @Test
        void checksARoleAssignmentOnItsOwn() {
            ViolationAssert.assertThat(VALIDATOR.validate(role(ParticipationRole.EXPERIENCE_EXPERT)).getViolations())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.TRAINING_REQUIRED).withSeverity(Severity.ERROR).at("/training"));
        }
    }

    @Nested
    class Hearings {

        @Test
        void derivesEachHearingFromTheRecords() {
            CoDevelopmentProcess process = baseline()
                    .addParticipant(participant("ABSENT", ParticipantKind.CLIENT, developerClient()))
                    .addParticipant(participant("LISTENER", ParticipantKind.CLIENT, developerClient()))
                    .addParticipant(participant("ASKED", ParticipantKind.CLIENT, developerClient()))
                    .addSession(session("S2", FEB_8, "LISTENER", "ASKED"))
                    .addIdea(idea("I2", "S2", "ASKED"))
                    .build();
            assertThat(process.getHearing(pid("ABSENT"))).isEqualTo(Hearing.NONE);
            assertThat(process.getHearing(pid("LISTENER"))).isEqualTo(Hearing.INFORMED);
            assertThat(process.getHearing(pid("ASKED"))).isEqualTo(Hearing.CONSULTED);
            assertThat(process.getHearing(pid("DEV-01"))).isEqualTo(Hearing.ANSWERED);
            assertThat(process.getHearing(pid("PRO-01"))).isEqualTo(Hearing.INFORMED);
        }

        @Test
        void countsClientCouncilStatementsAsInput() {
            CouncilStatement given = CouncilStatement.builder().subject("Welfare plan").givenOn(FEB_8).build();
            CouncilStatement answered = CouncilStatement.builder().subject("Welfare plan").givenOn(FEB_8)
                    .answeredOn(FEB_8.plusDays(20)).build();
            CoDevelopmentProcess.Builder consulted = baseline()
                    .addParticipant(participant("COUNCIL-1", ParticipantKind.CLIENT, role(ParticipationRole.CLIENT_COUNCIL_MEMBER)));
            CoDevelopmentProcess.Builder heard = baseline()
                    .addParticipant(participant("COUNCIL-1", ParticipantKind.CLIENT, role(ParticipationRole.CLIENT_COUNCIL_MEMBER)));
            assertThat(consulted.clientCouncil(ClientCouncil.builder().meetingsPerYear(4).addMember(pid("COUNCIL-1")).addStatement(given).build())
                    .build().getHearing(pid("COUNCIL-1"))).isEqualTo(Hearing.CONSULTED);
            assertThat(heard.clientCouncil(ClientCouncil.builder().meetingsPerYear(4).addMember(pid("COUNCIL-1")).addStatement(answered).build())
                    .build().getHearing(pid("COUNCIL-1"))).isEqualTo(Hearing.ANSWERED);
        }

        @Test
        void derivesLevelFromRightsHearingAndMinority() {
            ParticipationLevel level = baseline().build().getParticipationLevel(pid("DEV-01"), ParticipationRole.DEVELOPER_CLIENT);
            assertThat(level.getRung()).isEqualTo(ArnsteinRung.PARTNERSHIP);
            assertThat(level.getGroup()).isEqualTo(ParticipationGroup.CITIZEN_POWER);
            assertThat(level.getHearing()).isEqualTo(Hearing.ANSWERED);
            assertThat(level.isClientSideMinority()).isFalse();
            assertThat(level.getAssessedRung()).isEmpty();
        }

        @Test
        void rejectsLevelOfUnknownParticipantOrRole() {
            CoDevelopmentProcess process = baseline().build();
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> process.getParticipationLevel(pid("NOBODY"), ParticipationRole.DEVELOPER_CLIENT));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> process.getParticipationLevel(pid("DEV-01"), ParticipationRole.EXPERIENCE_EXPERT));
        }
    }

    @Nested
    class Tokenism {

        @Test
        void warnsAboutClientWhoWasNeverHeard() {
            CoDevelopmentProcess process = baseline()
                    .addParticipant(participant("DEV-03", ParticipantKind.CLIENT, developerClient(DecisionRight.AGENDA)))
                    .build();
            ValidationReport report = VALIDATOR.validate(process);
            ViolationAssert.assertThat(report.getViolations())
                    .containsExactlyViolations(violation(CoDevelopmentCodes.TOKENISM_NOT_HEARD).withSeverity(Severity.WARNING).at("/participants/3/roles/0"));
            assertThat(report.getViolations().get(0).getArguments()).containsEntry("rung", "1");
            assertThat(report.isValid()).isTrue();
        }

        @Test
        void warnsAboutHeardClientWithoutDecisionRights() {
            CoDevelopmentProcess process = baseline()
                    .addParticipant(participant("DEV-03", ParticipantKind.CLIENT, developerClient()))
                    .addIdea(idea("I2", "S1", "DEV-03", StatusChange.of(IdeaStatus.ACCEPTED, FEB_8)))
                    .build();
            assertViolations(process).containsExactlyViolations(
                    violation(CoDevelopmentCodes.TOKENISM_NO_DECISION_RIGHTS).withSeverity(Severity.WARNING).at("/participants/3/roles/0"));
        }

        @Test
        void warnsAboutLoneClientInAProfessionalGroup() {
            CoDevelopmentProcess process = CoDevelopmentSamples.loneClientInProfessionalGroup();
            ValidationReport report = VALIDATOR.validate(process);
            ViolationAssert.assertThat(report.getViolations())
                    .containsExactlyViolations(
                            violation(CoDevelopmentCodes.PROCESS_TOKENISM).withSeverity(Severity.WARNING).at("/participants"),
                            violation(CoDevelopmentCodes.TOKENISM_POWERLESS_MINORITY).withSeverity(Severity.WARNING).at("/participants/3/roles/0"));
            assertThat(process.getParticipationLevel(pid("DEV-01"), ParticipationRole.DEVELOPER_CLIENT).getRung())
                    .isEqualTo(ArnsteinRung.PLACATION);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                en | Tokenistic participation: a client-side role is a powerless minority in a group of professionals (rung 5 on Arnstein's ladder)
                fi | Näennäisosallisuus: asiakkaan puolen rooli on vailla valtaa oleva vähemmistö ammattilaisten ryhmässä (Arnsteinin tikkaiden porras 5)
                sv | Symboliskt deltagande: en roll på klientsidan är en maktlös minoritet i en grupp av yrkespersoner (steg 5 på Arnsteins stege)
                """)
        void rendersLoneClientWarning(String language, String expected) {
            Violation warning = VALIDATOR.validate(CoDevelopmentSamples.loneClientInProfessionalGroup())
                    .getViolations().stream()
                    .filter(v -> v.getCode().equals(CoDevelopmentCodes.TOKENISM_POWERLESS_MINORITY))
                    .findFirst().orElseThrow();
            assertThat(warning.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                en | Tokenistic process: no client-side role reaches partnership, rung 6 on Arnstein's ladder (client-side roles: 1)
                fi | Näennäisosallisuus prosessissa: yksikään asiakkaan puolen rooli ei yllä Arnsteinin tikkailla kumppanuuteen eli portaalle 6 (asiakkaan puolen rooleja: 1)
                sv | Symboliskt deltagande i processen: ingen roll på klientsidan når partnerskap, steg 6 på Arnsteins stege (roller på klientsidan: 1)
                """)
        void rendersProcessWarning(String language, String expected) {
            Violation warning = VALIDATOR.validate(CoDevelopmentSamples.loneClientInProfessionalGroup())
                    .getViolations().get(0);
            assertThat(warning.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
        }

        @Test
        void warnsAboutSharedRightsOfAMinority() {
            CoDevelopmentProcess process = CoDevelopmentProcess.builder().id(ProcessId.of("P")).title("Minority")
                    .organiser(CoDevelopmentSamples.JYVASKYLA)
                    .addParticipant(participant("PRO-01", ParticipantKind.PROFESSIONAL, role(ParticipationRole.PROFESSIONAL)))
                    .addParticipant(participant("PRO-02", ParticipantKind.PROFESSIONAL, role(ParticipationRole.PROFESSIONAL)))
                    .addParticipant(participant("DEV-01", ParticipantKind.CLIENT,
                            developerClient(DecisionRight.AGENDA, DecisionRight.PRIORITIES)))
                    .addSession(session("S1", FEB_8, "DEV-01"))
                    .addIdea(idea("I1", "S1", "DEV-01", StatusChange.of(IdeaStatus.ACCEPTED, FEB_8)))
                    .build();
            assertViolations(process).containsExactlyViolations(
                    violation(CoDevelopmentCodes.PROCESS_TOKENISM).withSeverity(Severity.WARNING).at("/participants"),
                    violation(CoDevelopmentCodes.TOKENISM_POWERLESS_MINORITY).withSeverity(Severity.WARNING).at("/participants/2/roles/0"));
        }

        @Test
        void acceptsMinorityWithDelegatedPower() {
            CoDevelopmentProcess process = CoDevelopmentProcess.builder().id(ProcessId.of("P")).title("Delegated")
                    .organiser(CoDevelopmentSamples.JYVASKYLA)
                    .addParticipant(participant("PRO-01", ParticipantKind.PROFESSIONAL, role(ParticipationRole.PROFESSIONAL)))
                    .addParticipant(participant("PRO-02", ParticipantKind.PROFESSIONAL, role(ParticipationRole.PROFESSIONAL)))
                    .addParticipant(participant("DEV-01", ParticipantKind.CLIENT,
                            developerClient(DecisionRight.AGENDA, DecisionRight.PRIORITIES, DecisionRight.BUDGET)))
                    .addSession(session("S1", FEB_8, "DEV-01"))
                    .addIdea(idea("I1", "S1", "DEV-01", StatusChange.of(IdeaStatus.ACCEPTED, FEB_8)))
                    .build();
            assertViolations(process).isEmpty();
        }

        @Test
        void letsAnAssessmentOverrideTheDerivedRung() {
            ParticipationAssessment partnership = ParticipationAssessment.builder().rung(ArnsteinRung.PARTNERSHIP)
                    .reason("Fictional: decides jointly in practice").assessedOn(FEB_8).build();
            CoDevelopmentProcess process = baseline()
                    .addParticipant(participant("DEV-03", ParticipantKind.CLIENT,
                            RoleAssignment.builder().role(ParticipationRole.DEVELOPER_CLIENT).assessment(partnership).build()))
                    .build();
            assertViolations(process).isEmpty();
            ParticipationLevel level = process.getParticipationLevel(pid("DEV-03"), ParticipationRole.DEVELOPER_CLIENT);
            assertThat(level.getRung()).isEqualTo(ArnsteinRung.PARTNERSHIP);
            assertThat(level.getDerivedRung()).isEqualTo(ArnsteinRung.MANIPULATION);
            assertThat(level.getAssessedRung()).contains(ArnsteinRung.PARTNERSHIP);
        }

        @Test
        void warnsAboutRoleAssessedBelowPartnership() {
            ParticipationAssessment therapy = ParticipationAssessment.builder().rung(ArnsteinRung.THERAPY)
                    .reason("Fictional: sessions used as group therapy").assessedOn(FEB_8).build();
            CoDevelopmentProcess process = CoDevelopmentProcess.builder().id(ProcessId.of("P")).title("Assessed")
                    .organiser(CoDevelopmentSamples.JYVASKYLA)
                    .addParticipant(participant("DEV-01", ParticipantKind.CLIENT, RoleAssignment.builder()
                            .role(ParticipationRole.DEVELOPER_CLIENT).addDecisionRight(DecisionRight.AGENDA)
                            .assessment(therapy).build()))
                    .addSession(session("S1", FEB_8, "DEV-01"))
                    .addIdea(idea("I1", "S1", "DEV-01", StatusChange.of(IdeaStatus.ACCEPTED, FEB_8)))
                    .build();
            ValidationReport report = VALIDATOR.validate(process);
            ViolationAssert.assertThat(report.getViolations())
                    .containsExactlyViolations(
                            violation(CoDevelopmentCodes.PROCESS_TOKENISM).withSeverity(Severity.WARNING).at("/participants"),
                            violation(CoDevelopmentCodes.TOKENISM_ASSESSED).withSeverity(Severity.WARNING).at("/participants/0/roles/0"));
            assertThat(report.getViolations().get(1).getArguments()).containsEntry("rung", "2");
        }

        @Test
        void warnsAboutProcessWithoutClientSide() {
            CoDevelopmentProcess process = CoDevelopmentProcess.builder().id(ProcessId.of("P")).title("Staff only")
                    .organiser(CoDevelopmentSamples.JYVASKYLA)
                    .addParticipant(participant("PRO-01", ParticipantKind.PROFESSIONAL, role(ParticipationRole.PROFESSIONAL)))
                    .build();
            assertViolations(process).containsExactlyViolations(
                    violation(CoDevelopmentCodes.PROCESS_NO_CLIENT_SIDE).withSeverity(Severity.WARNING).at("/participants"));
        }

        @Test
        void rejectsAssessmentWithoutReason() {
            assertThatThrownBy(() -> ParticipationAssessment.builder().rung(ArnsteinRung.PARTNERSHIP).reason(" ")
                    .assessedOn(FEB_8).build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(ParticipationAssessment.REASON_MISSING, "/reason")));
        }
    }

    @Nested
    class Jyvaskyla {

        private final CoDevelopmentProcess process = CoDevelopmentSamples.jyvaskyla();

        @Test
        void hasNoViolationAtAll() {
            assertThat(VALIDATOR.validate(process).getViolations()).isEmpty();
        }

        @Test
        void placesEveryClientSideRoleAtPartnershipOrAbove() {
            for (Participant p : process.getParticipants()) {
                for (RoleAssignment r : p.getRoles()) {
                    if (r.getRole().isClientSide()) {
                        assertThat(process.getParticipationLevel(p.getId(), r.getRole()).getGroup())
                                .as("%s %s", p.getId(), r.getRole()).isEqualTo(ParticipationGroup.CITIZEN_POWER);
                    }
                }
            }
            assertThat(process.getParticipationLevel(pid("DEV-01"), ParticipationRole.CLIENT_COUNCIL_MEMBER).getRung())
                    .isEqualTo(ArnsteinRung.DELEGATED_POWER);
        }

        @Test
        void recordsFourThemesAndSevenImplementedChanges() {
            assertThat(process.getThemes()).containsExactlyElementsOf(Theme.builtIn());
            assertThat(process.getChanges()).extracting(ImplementedChange::getTitle)
                    .containsExactlyElementsOf(CoDevelopmentSamples.JYVASKYLA_CHANGES);
            assertThat(process.getIdeas()).extracting(Idea::getStatus).containsOnly(IdeaStatus.IMPLEMENTED);
        }

        @Test
        void tracesEveryChangeToClientProposers() {
            List<String> chat = process.getProposersOf(process.getChanges().get(6)).stream()
                    .map(ParticipantId::getValue).collect(Collectors.toList());
            assertThat(chat).containsExactly("DEV-08");
            for (ImplementedChange change : process.getChanges()) {
                assertThat(process.getProposersOf(change)).isNotEmpty()
                        .anySatisfy(id -> assertThat(process.findParticipant(id).orElseThrow().getKind().isClientSide()).isTrue());
            }
        }

        @Test
        void keepsFreeTextAboutPeopleOutOfToString() {
            String text = process.toString();
            assertThat(text).doesNotContain("Fictional note").contains("SOSKU-JKL-2017");
            ParticipationAssessment assessment = ParticipationAssessment.builder().rung(ArnsteinRung.PARTNERSHIP)
                    .reason("Secret reason about a person").assessedOn(FEB_8).build();
            assertThat(assessment.toString()).doesNotContain("Secret").contains("PARTNERSHIP");
        }
    }
}
