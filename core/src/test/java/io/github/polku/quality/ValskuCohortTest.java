package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.polku.path.Destination;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VALSKU-sized fictional cohort: figures known by construction (see {@link ValskuCohort}). */
class ValskuCohortTest {

    private static final List<RehabilitationPath> COHORT = ValskuCohort.generate();

    @Test
    void isDeterministicAndValid() {
        assertThat(ValskuCohort.generate()).isEqualTo(COHORT);
        assertThat(COHORT).hasSize(280);
        PolkuValidator validator = PolkuValidator.shared();
        assertThat(COHORT).allSatisfy(p -> assertThat(validator.validate(p).getViolations(Severity.ERROR))
                .as(p.getId().getValue()).isEmpty());
    }

    @Test
    void summarisesTheKnownConstruction() {
        CohortSummary s = CohortSummary.of(COHORT);
        assertThat(s.getPathCount()).isEqualTo(280);
        assertThat(s.getClosedCount()).isEqualTo(210);
        assertThat(s.getCurrentStages()).contains(entry(Stage.REHABILITATION, 70), entry(Stage.CLOSED, 210));
        // a quarter of the participants were referred to mental-health and substance-abuse services
        int referred = s.getClosedPaths(Destination.MENTAL_HEALTH_SERVICES).size()
                + s.getClosedPaths(Destination.SUBSTANCE_ABUSE_SERVICES).size();
        assertThat(referred).isEqualTo(70).isEqualTo(280 / 4);
        assertThat(s.getClosuresByDestination()).contains(entry(Destination.MENTAL_HEALTH_SERVICES, Share.of(35, 210)),
                entry(Destination.SUBSTANCE_ABUSE_SERVICES, Share.of(35, 210)),
                entry(Destination.REHABILITATIVE_WORK_ACTIVITY, Share.of(70, 210)),
                entry(Destination.NONE, Share.of(35, 210)), entry(Destination.EDUCATION, Share.of(18, 210)),
                entry(Destination.PEER_OR_VOLUNTEER_ACTIVITY, Share.of(17, 210)));
        // positive: 70 referrals + 70 to work activity + 35 with goals met = 175 of 210 = 5/6
        assertThat(s.getPositiveOutcomes()).isEqualTo(Share.of(175, 210));
        assertThat(s.getPositiveOutcomes().getRatio().getAsDouble()).isEqualTo(5.0 / 6);
        // counting referrals to treatment as failures leaves 105 of 210
        OutcomeClassification strict = OutcomeClassification.standard().withDestination(Destination.MENTAL_HEALTH_SERVICES, false)
                .withDestination(Destination.SUBSTANCE_ABUSE_SERVICES, false);
        assertThat(CohortSummary.of(COHORT, List.of(), strict).getPositiveOutcomes()).isEqualTo(Share.of(105, 210));
        assertThat(s.getContactToPlanDays()).isPresent();
        assertThat(s.getChangeScores()).singleElement().satisfies(c -> assertThat(c.getCount()).isBetween(200, 280));
        assertThat(s.getAttendance().getTotal()).isPositive();
    }

    @Test
    void evaluatesTheWholeCohortWithEvidence() {
        CohortQualityEvaluation e = QualityEvaluator.of(QualityFramework.builtIn()).evaluateCohort(COHORT, ValskuCohort.EVALUATED_ON);
        assertThat(e.getEvaluations()).hasSize(280).allSatisfy(ev -> assertThat(ev.getResults()).hasSize(10));
        // by construction: 175 closed with a destination, 35 withdrew without one, 70 still open
        CriterionSummary cooperation = e.findSummary("COOPERATION_AT_CLOSURE").orElseThrow();
        assertThat(cooperation.getCount(CriterionOutcome.MET)).isEqualTo(175);
        assertThat(cooperation.getCount(CriterionOutcome.NOT_MET)).isEqualTo(35);
        assertThat(cooperation.getCount(CriterionOutcome.NOT_APPLICABLE)).isEqualTo(70);
        assertThat(cooperation.getShareMet()).isEqualTo(Share.of(175, 210));
        assertThat(cooperation.getSubjects(CriterionOutcome.NOT_MET)).first().isEqualTo(Subject.path("VALSKU-002"));
        // every path was assessed, planned with the client and its view
        assertThat(e.findSummary("NEED_ASSESSMENT").orElseThrow().getShareMet()).isEqualTo(Share.of(280, 280));
        assertThat(e.findSummary("CLIENT_PLAN_WITH_CLIENT").orElseThrow().getShareMet()).isEqualTo(Share.of(280, 280));
        assertThat(e.getEvaluations()).allSatisfy(ev -> assertThat(ev.getResults())
                .filteredOn(r -> r.getOutcome().isJudged()).allSatisfy(r -> assertThat(r.getEvidence()).isNotEmpty()));
    }
}
