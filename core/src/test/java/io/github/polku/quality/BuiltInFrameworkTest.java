package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BuiltInFrameworkTest {

    private static final QualityFramework POLKU = QualityFramework.builtIn();

    @Nested
    class Contents {
        @Test
        void hasTheCitedCriteriaInOrder() {
            assertThat(POLKU.getId()).isEqualTo("POLKU");
            assertThat(POLKU.getVersion()).isEqualTo("0.1.0");
            assertThat(POLKU.getCriteria()).extracting(QualityCriterion::getCode, QualityCriterion::getSubjectKind,
                            c -> c.getAssessment().getEvaluatorId().orElse("BY_PERSON"))
                    .containsExactly(
                            tuple("NEED_ASSESSMENT", SubjectKind.PATH, BuiltInEvaluators.NEED_ASSESSMENT),
                            tuple("NEED_ASSESSMENT_ON_TIME", SubjectKind.PATH, BuiltInEvaluators.NEED_ASSESSMENT_ON_TIME),
                            tuple("CLIENT_PLAN_WITH_CLIENT", SubjectKind.PATH, BuiltInEvaluators.CLIENT_PLAN),
                            tuple("NAMED_WORKER", SubjectKind.PATH, BuiltInEvaluators.NAMED_WORKER),
                            tuple("GOALS_FOLLOWED_UP", SubjectKind.PATH, BuiltInEvaluators.GOALS_FOLLOWED_UP),
                            tuple("VOLUNTARY_PARTICIPATION", SubjectKind.PATH, "BY_PERSON"),
                            tuple("LONG_TERM_SUPPORT", SubjectKind.PATH, BuiltInEvaluators.LONG_TERM_SUPPORT),
                            tuple("METHOD_MIX", SubjectKind.PATH, BuiltInEvaluators.METHOD_MIX),
                            tuple("COOPERATION_AT_CLOSURE", SubjectKind.PATH, BuiltInEvaluators.COOPERATION_AT_CLOSURE),
                            tuple("OUTCOMES_MEASURED", SubjectKind.PATH, BuiltInEvaluators.OUTCOMES_MEASURED),
                            tuple("CLIENTS_ABOVE_TOKENISM", SubjectKind.PROCESS, BuiltInEvaluators.CLIENTS_ABOVE_TOKENISM),
                            tuple("STAFF_COMPETENCE_DEVELOPMENT", SubjectKind.PROCESS, BuiltInEvaluators.STAFF_COMPETENCE));
        }

        @Test
        void citesOnlyConfirmedSourcesWithAddresses() {
            assertThat(POLKU.getSources()).allSatisfy(c -> assertThat(c.getConfidence()).isEqualTo(Confidence.CONFIRMED));
            assertThat(POLKU.getCriteria()).allSatisfy(c -> assertThat(c.getSources()).isNotEmpty().allSatisfy(s -> {
                assertThat(s.getConfidence()).isEqualTo(Confidence.CONFIRMED);
                assertThat(s.getUrl()).hasValueSatisfying(u -> assertThat(u).startsWith("https://"));
            }));
        }

        @Test
        void doesNotShipAGuessUnderThlsName() {
            // The ten SOSKU criteria of THL could not be confirmed: no criterion claims to be one of them.
            assertThat(POLKU.getCriteria()).noneSatisfy(c -> assertThat(c.getCode()).contains("SOSKU"));
            assertThat(POLKU.getCriteria()).extracting(c -> c.getName().getEn()).noneMatch(n -> n.contains("SOSKU"));
            assertThat(POLKU.getName().getEn()).doesNotContain("THL", "SOSKU");
        }

        @Test
        void namesEveryCriterionInThreeLanguages() {
            assertThat(POLKU.getCriteria()).allSatisfy(c -> {
                assertThat(c.getName().get(Locale.forLanguageTag("fi"))).isNotEqualTo(c.getName().getEn());
                assertThat(c.getName().get(Locale.forLanguageTag("sv"))).isNotEqualTo(c.getName().getEn());
                assertThat(c.getDescription().getFi()).isNotBlank();
            });
            assertThat(POLKU.findCriterion("NAMED_WORKER").orElseThrow().getName().getFi()).isEqualTo("Omaty\u00f6ntekij\u00e4");
        }

        @Test
        void setsEveryParameterExplicitly() {
            assertThat(POLKU.findCriterion("LONG_TERM_SUPPORT").orElseThrow().getParameters()).containsEntry("minimumMonths", "6");
            assertThat(POLKU.findCriterion("GOALS_FOLLOWED_UP").orElseThrow().getParameters()).containsEntry("dueAfterMonths", "6");
            assertThat(POLKU.findCriterion("METHOD_MIX").orElseThrow().getParameters()).containsEntry("minimumForms", "2");
            assertThat(POLKU.findCriterion("OUTCOMES_MEASURED").orElseThrow().getParameters()).containsEntry("minimumTimepoints", "2");
        }

        @Test
        void isTheSameInstanceEveryTime() {
            assertThat(QualityFramework.builtIn()).isSameAs(POLKU);
        }

        @Test
        void hasAnEvaluatorForEveryAutomaticCriterion() {
            assertThat(EvaluatorRegistry.builtIn().getIds()).containsExactlyInAnyOrder(
                    BuiltInEvaluators.NEED_ASSESSMENT, BuiltInEvaluators.NEED_ASSESSMENT_ON_TIME, BuiltInEvaluators.CLIENT_PLAN,
                    BuiltInEvaluators.NAMED_WORKER, BuiltInEvaluators.GOALS_FOLLOWED_UP, BuiltInEvaluators.LONG_TERM_SUPPORT,
                    BuiltInEvaluators.METHOD_MIX, BuiltInEvaluators.COOPERATION_AT_CLOSURE, BuiltInEvaluators.OUTCOMES_MEASURED,
                    BuiltInEvaluators.CLIENTS_ABOVE_TOKENISM, BuiltInEvaluators.STAFF_COMPETENCE);
            assertThat(QualityEvaluator.of(POLKU).getFramework()).isSameAs(POLKU);
        }
    }

    @Nested
    class UserFramework {
        /**
         * A user's own framework, as an organiser would exchange it: this fictional example shows the
         * mechanism with three criteria that name Polku's built-in evaluators with the organiser's own
         * parameters, and one that a person assesses.
         */
        private QualityFramework ownFramework() {
            Citation manual = Citation.of("Fictional county, quality manual for social rehabilitation, 2025", Confidence.UNCONFIRMED);
            return QualityFramework.builder().id("FICTIONAL_COUNTY_2025").version("2025-1")
                    .name(LocalizedText.of("Kuvitteellisen hyvinvointialueen laatukriteerit",
                            "Det fiktiva v\u00e4lf\u00e4rdsomr\u00e5dets kvalitetskriterier",
                            "Quality criteria of a fictional wellbeing services county"))
                    .addSource(manual)
                    .addCriteria(
                            own("YEAR_OF_SUPPORT", "Support lasts at least 12 months.")
                                    .assessment(Assessment.automatic(BuiltInEvaluators.LONG_TERM_SUPPORT))
                                    .putParameter("minimumMonths", "12").build(),
                            own("THREE_MEASUREMENTS", "The situation is measured at the start, midway and at the end.")
                                    .assessment(Assessment.automatic(BuiltInEvaluators.OUTCOMES_MEASURED))
                                    .putParameter("minimumTimepoints", "3").build(),
                            own("NEED_ASSESSED", "The service need is assessed.")
                                    .assessment(Assessment.automatic(BuiltInEvaluators.NEED_ASSESSMENT)).build(),
                            own("PEER_SUPPORT_OFFERED", "The client is offered peer support.")
                                    .assessment(Assessment.byPerson()).build())
                    .build();
        }

        private QualityCriterion.Builder own(String code, String description) {
            return QualityCriterion.builder().code(code)
                    .name(LocalizedText.of("fi " + code, "sv " + code, code))
                    .description(LocalizedText.of("fi " + description, "sv " + description, description))
                    .addSource(Citation.of("Fictional county, quality manual, " + code, Confidence.UNCONFIRMED))
                    .subjectKind(SubjectKind.PATH);
        }

        @Test
        void loadsAUserFrameworkThatNamesBuiltInEvaluators() {
            QualityFramework own = ownFramework();
            assertThat(own.getId()).isEqualTo("FICTIONAL_COUNTY_2025");
            assertThat(own.getName().getSv()).isEqualTo("Det fiktiva v\u00e4lf\u00e4rdsomr\u00e5dets kvalitetskriterier");
            assertThat(own.getSources()).extracting(Citation::getConfidence).containsExactly(Confidence.UNCONFIRMED);
            assertThat(own.getCriteria()).extracting(QualityCriterion::getCode)
                    .containsExactly("YEAR_OF_SUPPORT", "THREE_MEASUREMENTS", "NEED_ASSESSED", "PEER_SUPPORT_OFFERED");
        }

        @Test
        void evaluatesWithTheUsersOwnParameters() {
            // H1 was supported 2025-01-20..2025-07-19 (six months) and measured on two dates: the built-in
            // framework finds both met; the user's twelve months and three timepoints find neither met.
            QualityEvaluation own = QualityEvaluator.of(ownFramework()).evaluate(HandCohort.h1(), HandCohort.EVALUATED_ON);
            assertThat(own.getFrameworkId()).isEqualTo("FICTIONAL_COUNTY_2025");
            assertThat(own.getFrameworkVersion()).isEqualTo("2025-1");
            assertThat(own.getResults()).extracting(CriterionResult::getCriterionCode, CriterionResult::getOutcome,
                            CriterionResult::getExplanationCode)
                    .containsExactly(
                            tuple("YEAR_OF_SUPPORT", CriterionOutcome.NOT_MET, "polku.quality.longTermSupport.short"),
                            tuple("THREE_MEASUREMENTS", CriterionOutcome.PARTLY_MET, "polku.quality.outcomesMeasured.tooFew"),
                            tuple("NEED_ASSESSED", CriterionOutcome.MET, "polku.quality.needAssessment.completed"),
                            tuple("PEER_SUPPORT_OFFERED", CriterionOutcome.INSUFFICIENT_DATA, QualityEvaluator.ASSESSED_BY_PERSON));
            QualityEvaluation builtIn = QualityEvaluator.of(POLKU).evaluate(HandCohort.h1(), HandCohort.EVALUATED_ON);
            assertThat(builtIn.findResult("LONG_TERM_SUPPORT")).get().extracting(CriterionResult::getOutcome)
                    .isEqualTo(CriterionOutcome.MET);
            assertThat(builtIn.findResult("OUTCOMES_MEASURED")).get().extracting(CriterionResult::getOutcome)
                    .isEqualTo(CriterionOutcome.MET);
        }
    }
}
