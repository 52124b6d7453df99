package io.github.polku.quality;

import static io.github.polku.testing.CoDevelopmentSamples.baseline;
import static io.github.polku.testing.CoDevelopmentSamples.developerClient;
import static io.github.polku.testing.CoDevelopmentSamples.participant;
import static io.github.polku.testing.CoDevelopmentSamples.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.polku.codevelopment.ArnsteinRung;
import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.codevelopment.DecisionRight;
import io.github.polku.codevelopment.ParticipantKind;
import io.github.polku.codevelopment.ParticipationAssessment;
import io.github.polku.codevelopment.ParticipationRole;
import io.github.polku.codevelopment.ProcessId;
import io.github.polku.codevelopment.RoleAssignment;
import io.github.polku.codevelopment.Training;
import io.github.polku.testing.CoDevelopmentSamples;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The built-in co-development evaluators, met and not met, through the built-in framework. */
class ProcessEvaluatorsTest {

    private static final LocalDate ON = LocalDate.of(2017, 12, 31);

    private static QualityEvaluation evaluate(CoDevelopmentProcess process) {
        return QualityEvaluator.of(QualityFramework.builtIn()).evaluate(process, ON);
    }

    private static CriterionResult judge(CoDevelopmentProcess process, String criterion) {
        return evaluate(process).findResult(criterion).orElseThrow();
    }

    private static RoleAssignment trainedProfessional() {
        return RoleAssignment.builder().role(ParticipationRole.PROFESSIONAL)
                .training(Training.builder().completed(true).date(LocalDate.of(2016, 11, 1)).build()).build();
    }

    @Test
    void evaluatesOnlyTheProcessCriteria() {
        QualityEvaluation e = evaluate(baseline().build());
        assertThat(e.getSubject()).isEqualTo(Subject.process("BASE"));
        assertThat(e.getResults()).extracting(CriterionResult::getCriterionCode)
                .containsExactly("CLIENTS_ABOVE_TOKENISM", "STAFF_COMPETENCE_DEVELOPMENT");
    }

    @Nested
    class ClientsAboveTokenism {
        private static final String C = "CLIENTS_ABOVE_TOKENISM";

        @Test
        void metWhenEveryClientSideRoleIsAPartner() {
            // DEV-01 and DEV-02 share agenda and priorities, were answered, and outnumber the one professional: rung 6
            CriterionResult r = judge(baseline().build(), C);
            assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.MET);
            assertThat(r.getExplanationCode()).isEqualTo(ClientsAboveTokenismEvaluator.ALL);
            assertThat(r.getExplanationArguments()).containsExactly(entry("roles", "2"));
            assertThat(r.getEvidence()).extracting(Evidence::getPointer, e -> e.getValues().get("rung"), e -> e.getValues().get("group"))
                    .containsExactly(tuple("/participants/0/roles/0", "6", "CITIZEN_POWER"),
                            tuple("/participants/1/roles/0", "6", "CITIZEN_POWER"));
        }

        @Test
        void partlyMetWhenOneClientWasNeverHeard() {
            // DEV-03 attended nothing and proposed nothing: hearing NONE, rung 1
            CriterionResult r = judge(baseline().addParticipant(participant("DEV-03", ParticipantKind.CLIENT,
                    developerClient(DecisionRight.AGENDA))).build(), C);
            assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.PARTLY_MET);
            assertThat(r.getExplanationArguments()).containsExactly(entry("roles", "3"), entry("above", "2"));
            assertThat(r.getEvidence().get(2).getValues()).contains(entry("rung", "1"), entry("group", "NON_PARTICIPATION"),
                    entry("hearing", "NONE"));
            assertThat(r.getEvidence().get(2).getPointer()).isEqualTo("/participants/3/roles/0");
        }

        @Test
        void notMetForALoneClientWithoutDecisionRights() {
            // heard but without any decision right: rung 5, placation (the "mascot" of the VALSKU participants)
            CriterionResult r = judge(CoDevelopmentSamples.loneClientInProfessionalGroup(), C);
            assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.NOT_MET);
            assertThat(r.getExplanationCode()).isEqualTo(ClientsAboveTokenismEvaluator.NONE);
            assertThat(r.getEvidence()).singleElement().satisfies(e -> {
                assertThat(e.getPointer()).isEqualTo("/participants/3/roles/0");
                assertThat(e.getValues()).contains(entry("rung", "5"), entry("group", "TOKENISM"), entry("assessed", "false"));
            });
        }

        @Test
        void followsAnExplicitAssessment() {
            RoleAssignment assessed = RoleAssignment.builder().role(ParticipationRole.DEVELOPER_CLIENT)
                    .assessment(ParticipationAssessment.builder().rung(ArnsteinRung.PARTNERSHIP)
                            .reason("Fictional: the group decides together").assessedOn(ON).build()).build();
            CriterionResult r = judge(CoDevelopmentProcess.builder().id(ProcessId.of("A")).title("Assessed")
                    .organiser(CoDevelopmentSamples.JYVASKYLA).addParticipant(participant("DEV-01", ParticipantKind.CLIENT, assessed))
                    .build(), C);
            assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.MET);
            assertThat(r.getEvidence().get(0).getValues()).contains(entry("assessed", "true"), entry("rung", "6"))
                    .doesNotContainValue("Fictional: the group decides together");
        }

        @Test
        void notMetWithoutClientSideRoles() {
            CriterionResult r = judge(CoDevelopmentProcess.builder().id(ProcessId.of("P")).title("Professionals only")
                    .organiser(CoDevelopmentSamples.JYVASKYLA)
                    .addParticipant(participant("PRO-01", ParticipantKind.PROFESSIONAL, role(ParticipationRole.PROFESSIONAL)))
                    .build(), C);
            assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.NOT_MET);
            assertThat(r.getExplanationCode()).isEqualTo(ClientsAboveTokenismEvaluator.NO_CLIENT_SIDE);
            assertThat(r.getEvidence()).extracting(Evidence::getPointer).containsExactly("/participants");
        }
    }

    @Nested
    class StaffCompetence {
        private static final String C = "STAFF_COMPETENCE_DEVELOPMENT";

        @Test
        void notMetWhenNoProfessionalHasTraining() {
            CriterionResult r = judge(baseline().build(), C);
            assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.NOT_MET);
            assertThat(r.getExplanationCode()).isEqualTo(StaffCompetenceEvaluator.NONE);
            assertThat(r.getEvidence()).singleElement().satisfies(e -> {
                assertThat(e.getPointer()).isEqualTo("/participants/2");
                assertThat(e.getValues()).containsEntry("completedTraining", "false");
            });
        }

        @Test
        void partlyMetWhenSomeProfessionalsHaveTraining() {
            CriterionResult r = judge(baseline().addParticipant(participant("PRO-02", ParticipantKind.PROFESSIONAL,
                    trainedProfessional())).build(), C);
            assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.PARTLY_MET);
            assertThat(r.getExplanationArguments()).containsExactly(entry("professionals", "2"), entry("trained", "1"));
        }

        @Test
        void metWhenEveryProfessionalHasTraining() {
            CoDevelopmentProcess p = CoDevelopmentProcess.builder().id(ProcessId.of("T")).title("Trained")
                    .organiser(CoDevelopmentSamples.JYVASKYLA)
                    .addParticipant(participant("PRO-01", ParticipantKind.PROFESSIONAL, trainedProfessional()))
                    .addParticipant(participant("DEV-01", ParticipantKind.CLIENT, developerClient())).build();
            CriterionResult r = judge(p, C);
            assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.MET);
            assertThat(r.getEvidence()).extracting(Evidence::getPointer).containsExactly("/participants/0");
        }

        @Test
        void doesNotApplyWithoutProfessionals() {
            CoDevelopmentProcess p = CoDevelopmentProcess.builder().id(ProcessId.of("C")).title("Clients only")
                    .organiser(CoDevelopmentSamples.JYVASKYLA)
                    .addParticipant(participant("DEV-01", ParticipantKind.CLIENT, developerClient())).build();
            CriterionResult r = judge(p, C);
            assertThat(r.getOutcome()).isEqualTo(CriterionOutcome.NOT_APPLICABLE);
            assertThat(r.getExplanationCode()).isEqualTo(StaffCompetenceEvaluator.NO_PROFESSIONALS);
        }
    }
}
