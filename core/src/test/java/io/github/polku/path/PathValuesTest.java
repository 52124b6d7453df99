package io.github.polku.path;

import static io.github.polku.testing.ViolationAssert.violation;
import io.github.polku.testing.CrossCheckedValidator;
import io.github.polku.measurement.IcfChapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.client.OmissionReason;
import io.github.polku.testing.Samples;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PathValuesTest {

    @Nested
    class Invariants {

        @Test
        void rejectsDuplicateGoalIds() {
            assertThatThrownBy(() -> Samples.planBuilder().addGoal(Samples.goal("G1")).build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple("polku.path.goal.duplicateId", "/goals/1/id")));
        }

        @Test
        void rejectsAnAssessmentTogetherWithAReasonForOmittingIt() {
            assertThatThrownBy(() -> Samples.pathBuilder().assessment(Samples.assessmentBuilder().build())
                    .assessmentOmission(OmissionReason.CLIENT_REFUSED).build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple("polku.path.assessment.omittedAndPresent", "/assessmentOmission")));
        }

        @Test
        void rejectsAPlanTogetherWithAReasonForOmittingIt() {
            assertThatThrownBy(() -> Samples.pathBuilder().plan(Samples.planBuilder().build())
                    .planOmission(OmissionReason.OBVIOUSLY_UNNECESSARY).build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple("polku.path.plan.omittedAndPresent", "/planOmission")));
        }

        @Test
        void rejectsAStageChangeToClosed() {
            assertThatThrownBy(() -> Samples.pathBuilder().addStageChange(StageChange.of(LocalDate.of(2025, 5, 1), Stage.CLOSED)).build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple("polku.path.stage.closedWithoutClosure", "/stageChanges/0/stage")));
        }

        @Test
        void treatsEqualValuesAsEqual() {
            assertThat(Samples.path()).isEqualTo(Samples.path()).hasSameHashCodeAs(Samples.path());
            assertThat(Samples.path()).isNotEqualTo(Samples.pathInRehabilitation());
        }
    }

    @Nested
    class Redaction {

        @Test
        void hidesViewsGoalWordsAndBirthMonthFromToString() {
            RehabilitationPath path = Samples.pathInRehabilitation().withClientBirthMonth(YearMonth.of(1987, 11));
            String text = path.toString();
            assertThat(text).doesNotContain(Samples.CLIENT_VIEW).doesNotContain(Samples.WORKER_VIEW)
                    .doesNotContain(Samples.GOAL_WORDS).doesNotContain("FICTIONAL").doesNotContain("1987")
                    .contains("P-TEST-0001").contains("****");
        }

        @Test
        void hidesJustificationsFromToString() {
            ClientPlan plan = ClientPlan.builder().createdOn(LocalDate.of(2025, 5, 6)).clientView("FICTIONAL-A")
                    .workerView("FICTIONAL-B").agreement(false).clientJustification("FICTIONAL-C")
                    .workerJustification("FICTIONAL-D").build();
            assertThat(plan.toString()).doesNotContain("FICTIONAL");
            assertThat(Samples.goal("G1").toString()).doesNotContain("FICTIONAL").contains("G1");
        }

        @Test
        void keepsPersonalDataOutOfViolations() {
            ClientPlan plan = ClientPlan.builder().createdOn(LocalDate.of(2025, 5, 6)).clientView("FICTIONAL-A")
                    .workerView("FICTIONAL-B").agreement(false).build();
            assertThat(CrossCheckedValidator.shared().validate(Samples.pathBuilder().plan(plan).build()).toString())
                    .doesNotContain("FICTIONAL");
        }
    }

    @Nested
    class PlanRules {

        @Test
        void reportsBothMissingJustificationsWhenViewsDisagree() {
            ClientPlan plan = ClientPlan.builder().createdOn(LocalDate.of(2025, 5, 6)).clientView("a").workerView("b")
                    .agreement(false).build();
            ViolationAssert.assertThat(CrossCheckedValidator.shared().validate(plan).getViolations())
                    .containsOnlyViolations(
                            violation("polku.path.plan.clientJustification.missing").withSeverity(Severity.ERROR).at("/clientJustification"),
                            violation("polku.path.plan.workerJustification.missing").withSeverity(Severity.ERROR).at("/workerJustification"));
        }

        @Test
        void acceptsDisagreementWithBothJustifications() {
            ClientPlan plan = ClientPlan.builder().createdOn(LocalDate.of(2025, 5, 6)).clientView("a").workerView("b")
                    .agreement(false).clientJustification("c").workerJustification("d").build();
            assertThat(CrossCheckedValidator.shared().validate(plan).isEmpty()).isTrue();
        }

        @Test
        void reportsEvaluationDatesOutOfOrder() {
            ClientPlan plan = ClientPlan.builder().createdOn(LocalDate.of(2025, 5, 6)).clientView("a").workerView("b")
                    .addEvaluationDates(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 7, 1)).build();
            ViolationAssert.assertThat(CrossCheckedValidator.shared().validate(plan).getViolations())
                    .containsExactlyViolations(violation("polku.path.dates.order").withSeverity(Severity.ERROR).at("/evaluationDates/1"));
        }
    }

    @Nested
    class Outcomes {

        @ParameterizedTest(name = "{0}")
        @EnumSource(Destination.class)
        void classifiesEveryDestinationExceptNoneAsPositive(Destination destination) {
            Closure closure = Closure.of(LocalDate.of(2025, 9, 1), ClosureReason.CLIENT_WITHDREW, destination);
            assertThat(OutcomeClassification.standard().isPositive(closure)).isEqualTo(destination != Destination.NONE);
        }

        @Test
        void buildsAClassificationFromItsSetsAndGivesThemBack() {
            OutcomeClassification c = OutcomeClassification.of(java.util.Set.of(Destination.EMPLOYMENT), java.util.Set.of());
            assertThat(c.isPositive(Destination.EMPLOYMENT)).isTrue();
            assertThat(c.isPositive(Destination.EDUCATION)).isFalse();
            assertThat(c.isPositive(ClosureReason.GOALS_MET)).isFalse();
            assertThat(c.getPositiveDestinations()).containsExactly(Destination.EMPLOYMENT);
            assertThat(c.getPositiveReasons()).isEmpty();
            OutcomeClassification standard = OutcomeClassification.standard();
            assertThat(OutcomeClassification.of(standard.getPositiveDestinations(), standard.getPositiveReasons())).isEqualTo(standard);
            org.assertj.core.api.Assertions.assertThatExceptionOfType(UnsupportedOperationException.class)
                    .isThrownBy(() -> c.getPositiveDestinations().add(Destination.NONE));
        }

        @Test
        void countsReferralsToTreatmentAsPositive() {
            assertThat(OutcomeClassification.standard().isPositive(Destination.MENTAL_HEALTH_SERVICES)).isTrue();
            assertThat(OutcomeClassification.standard().isPositive(Destination.SUBSTANCE_ABUSE_SERVICES)).isTrue();
            assertThat(OutcomeClassification.standard().isPositive(Destination.NONE)).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                GOALS_MET,       true
                MOVED_ON,        false
                CLIENT_WITHDREW, false
                MOVED_AWAY,      false
                NO_CONTACT,      false
                OTHER,           false
                """)
        void classifiesReasonsWithoutDestination(ClosureReason reason, boolean positive) {
            assertThat(OutcomeClassification.standard().isPositive(Closure.of(LocalDate.of(2025, 9, 1), reason, Destination.NONE)))
                    .isEqualTo(positive);
        }

        @Test
        void allowsOverridingSingleEntries() {
            OutcomeClassification strict = OutcomeClassification.standard()
                    .withDestination(Destination.MENTAL_HEALTH_SERVICES, false)
                    .withReason(ClosureReason.MOVED_AWAY, true);
            assertThat(strict.isPositive(Destination.MENTAL_HEALTH_SERVICES)).isFalse();
            assertThat(strict.isPositive(Destination.SUBSTANCE_ABUSE_SERVICES)).isTrue();
            assertThat(strict.isPositive(Closure.of(LocalDate.of(2025, 9, 1), ClosureReason.MOVED_AWAY, Destination.NONE))).isTrue();
            assertThat(OutcomeClassification.standard().isPositive(Destination.MENTAL_HEALTH_SERVICES)).isTrue();
            assertThat(strict).isNotEqualTo(OutcomeClassification.standard());
            assertThat(strict.withDestination(Destination.MENTAL_HEALTH_SERVICES, true).withReason(ClosureReason.MOVED_AWAY, false))
                    .isEqualTo(OutcomeClassification.standard());
        }
    }
}
