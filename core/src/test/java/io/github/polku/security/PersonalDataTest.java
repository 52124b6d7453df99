package io.github.polku.security;

import io.github.polku.testing.CrossCheckedValidator;
import static io.github.polku.security.Leaks.CODE_1987;
import static io.github.polku.security.Leaks.CODE_2004;
import static io.github.polku.security.Leaks.CODE_TEMPORARY;
import static io.github.polku.security.Leaks.NAME;
import static io.github.polku.security.Leaks.assertClean;
import static io.github.polku.security.Leaks.text;
import static io.github.polku.security.Leaks.thrownClean;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.ClientId;
import io.github.polku.client.ClientIdentity;
import io.github.polku.client.PersonalIdentityCode;
import io.github.polku.codevelopment.ArnsteinRung;
import io.github.polku.codevelopment.Commitment;
import io.github.polku.codevelopment.CommitmentLevel;
import io.github.polku.codevelopment.ParticipantId;
import io.github.polku.codevelopment.ParticipationAssessment;
import io.github.polku.codevelopment.ParticipationRole;
import io.github.polku.codevelopment.RoleAssignment;
import io.github.polku.codevelopment.StatusChange;
import io.github.polku.measurement.GoalAttainmentScale;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalId;
import io.github.polku.path.GoalStatus;
import io.github.polku.path.PlanParticipant;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.Stage;
import io.github.polku.service.ActivityBasis;
import io.github.polku.service.AllowanceType;
import io.github.polku.service.Funding;
import io.github.polku.service.RehabilitativeWorkActivity;
import io.github.polku.service.Voucher;
import io.github.polku.testing.Samples;
import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GH-10: values full of fictional identity codes, names and free-text notes, driven into every
 * kind of error; none of that text may appear in a {@code toString()}, an exception, a violation or
 * a report.
 */
class PersonalDataTest {

    private static final CrossCheckedValidator VALIDATOR = CrossCheckedValidator.shared();

    /** Values that hold personal data, each filled with markers. */
    static List<Object> valuesFullOfPersonalData() {
        return List.of(identity(CODE_1987), identity(CODE_2004), PersonalIdentityCode.parse(CODE_1987),
                PersonalIdentityCode.parseAllowingTemporary(CODE_TEMPORARY), assessment(), plan(), goal("G1"), gas(),
                workActivity(), voucher(), commitment(), participationAssessment(), roleWithPersonalData(),
                path());
    }

    static ClientIdentity identity(String code) {
        return ClientIdentity.builder().clientId(ClientId.of("C-TEST-0001"))
                .identityCode(PersonalIdentityCode.parse(code)).name(NAME).build();
    }

    static ServiceNeedAssessment assessment() {
        return ServiceNeedAssessment.builder().pendingOn(Samples.CONTACT).startedOn(LocalDate.of(2025, 4, 22))
                .completedOn(LocalDate.of(2025, 5, 5)).clientView(text("assessment client view"))
                .workerView(text("assessment worker view")).rehabilitationNeed(true).build();
    }

    static Goal goal(String id) {
        return Goal.builder().id(GoalId.of(id)).words(text("goal words")).lifeArea(io.github.polku.measurement.IcfChapter.D9)
                .setOn(LocalDate.of(2025, 5, 6)).build();
    }

    static ClientPlan plan() {
        return ClientPlan.builder().createdOn(LocalDate.of(2025, 5, 6))
                .clientView(text("plan client view")).workerView(text("plan worker view"))
                .clientJustification(text("client justification")).workerJustification(text("worker justification"))
                .addParticipant(PlanParticipant.CLIENT).addGoal(goal("G1")).build();
    }

    static GoalAttainmentScale gas() {
        GoalAttainmentScale.Builder b = GoalAttainmentScale.builder();
        for (int level = -2; level <= 2; level++) {
            b.putLevel(level, text("GAS level " + level));
        }
        return b.baselineLevel(-1).attainedLevel(1).build();
    }

    static RehabilitativeWorkActivity.Builder workActivityBuilder() {
        return workActivityBuilder(3);
    }

    static RehabilitativeWorkActivity.Builder workActivityBuilder(int daysPerWeek) {
        return RehabilitativeWorkActivity.builder().basis(ActivityBasis.ACTIVATION_PLAN).planReference("AP-0001")
                .daysPerWeek(daysPerWeek).hoursPerDay(new BigDecimal("6")).addAllowanceType(AllowanceType.EXPENSE_ALLOWANCE)
                .addPeriod(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)));
    }

    static RehabilitativeWorkActivity workActivity() {
        return workActivityBuilder().planGoal(text("activity goal")).planSupport(text("activity support")).build();
    }

    static Voucher voucher() {
        return Voucher.builder().assessmentReference("SNA-0001").alternativeArrangement(text("alternative")).build();
    }

    static Commitment commitment() {
        return Commitment.builder().level(CommitmentLevel.OCCASIONAL).note(text("commitment note")).build();
    }

    static ParticipationAssessment participationAssessment() {
        return ParticipationAssessment.builder().rung(ArnsteinRung.of(2)).reason(text("assessment reason"))
                .assessedOn(LocalDate.of(2017, 6, 1)).build();
    }

    static RoleAssignment roleWithPersonalData() {
        return RoleAssignment.builder().role(ParticipationRole.EXPERIENCE_EXPERT).commitment(commitment())
                .assessment(participationAssessment()).build();
    }

    static RehabilitationPath path() {
        return Samples.pathBuilder().clientBirthMonth(YearMonth.of(1987, 3)).assessment(assessment()).plan(plan()).build();
    }

    @Nested
    class ToStringOfValues {

        @Test
        void printsNoPersonalDataInAnyValue() {
            for (Object value : valuesFullOfPersonalData()) {
                assertClean("toString of " + value.getClass().getSimpleName(), value.toString());
            }
        }

        @Test
        void keepsPersonalDataReadableThroughGetters() {
            // the markers are really there: the clean toString above is redaction, not absence
            assertThat(identity(CODE_1987).getIdentityCode().toUnmaskedString()).isEqualTo(CODE_1987);
            assertThat(identity(CODE_1987).getName()).contains(NAME);
            assertThat(gas().getLevelDescription(2)).contains(Leaks.TEXT_MARKER);
            assertThat(path().getClientBirthMonth()).contains(YearMonth.of(1987, 3));
        }
    }

    @Nested
    class IdentityCodes {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"150387-123A", "150387-123h ", "150387+123J", "150387-12 H", "310287-123H", "150387-001H",
                "290204A4563", "290204a456", "Aino SECRET-NAME Virtanen", "150387-123H150387-123H", "150387_123H",
                "311299Y9019"})
        void rejectsMalformedCodeWithoutEchoingIt(String input) {
            Throwable thrown = thrownClean(() -> PersonalIdentityCode.parse(input));
            assertThat(thrown).isInstanceOf(InvalidValueException.class);
            assertClean(PersonalIdentityCode.check(input, false));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {CODE_1987, CODE_2004, "150387-123h"})
        void rejectsIdentityCodeUsedAsIdentifierWithoutEchoingIt(String input) {
            // GH-10: only ClientId and ParticipantId refuse identity-code shapes; see docs/SECURITY.md
            thrownClean(() -> ClientId.of(input));
            thrownClean(() -> ParticipantId.of(input));
        }

        @Test
        void rejectsNameUsedAsIdentifierWithoutEchoingIt() {
            assertThat(thrownClean(() -> ClientId.of(NAME))).isInstanceOf(InvalidValueException.class);
            thrownClean(() -> GoalId.of(Leaks.text("goal id")));
        }
    }

    @Nested
    class ConstructionFailures {

        @Test
        void reportsMissingAttributeWithoutPersonalData() {
            Throwable thrown = thrownClean(() -> Goal.builder().words(text("goal words")).build());
            assertThat(thrown).isInstanceOf(IncompleteValueException.class);
            thrownClean(() -> ClientIdentity.builder().name(NAME).build());
            thrownClean(() -> ParticipationAssessment.builder().reason(text("reason")).build());
            thrownClean(() -> Commitment.builder().note(text("note")).build());
        }

        @Test
        void keepsTheLastValueOfAnAttributeSetTwice() {
            // GH-15: builders are not strict, so that builder().from(value) can change a copy
            org.assertj.core.api.Assertions.assertThat(io.github.polku.testing.Samples.goalBuilder("G1")
                    .words(text("first words")).words(text("second words")).build().getWords())
                    .isEqualTo(text("second words"));
        }

        @Test
        void reportsNullsWithoutPersonalData() {
            thrownClean(() -> ClientIdentity.builder().clientId(ClientId.of("C-1")).name((String) null));
            thrownClean(() -> PersonalIdentityCode.parse(null));
        }

        @Test
        void reportsBrokenGasScaleWithoutLevelTexts() {
            GoalAttainmentScale.Builder b = GoalAttainmentScale.builder();
            b.putLevel(-2, text("GAS -2")).putLevel(0, text("GAS 0")).putLevel(7, text("GAS 7"));
            Throwable thrown = thrownClean(() -> b.weight(BigDecimal.ZERO).attainedLevel(9).build());
            assertThat(((InvalidValueException) thrown).getViolations()).hasSizeGreaterThanOrEqualTo(4);
            thrownClean(() -> gas().getLevelDescription(5));
        }

        @Test
        void reportsDuplicateGoalWithoutGoalWords() {
            thrownClean(() -> ClientPlan.builder().createdOn(LocalDate.of(2025, 5, 6)).clientView(text("view"))
                    .addGoal(goal("G1")).addGoal(goal("G1")).build());
        }

        @Test
        void reportsIllegalTransitionsWithoutPersonalData() {
            Goal goal = goal("G1");
            thrownClean(() -> goal.withStatus(GoalStatus.ACHIEVED, LocalDate.of(2025, 5, 7)).withStatus(GoalStatus.ACTIVE,
                    LocalDate.of(2025, 5, 8)));
            thrownClean(() -> goal.withStatus(GoalStatus.ACTIVE, LocalDate.of(2025, 5, 1)));
            thrownClean(() -> path().advanceTo(Stage.CLOSED, LocalDate.of(2025, 4, 17)));
            thrownClean(() -> path().advanceTo(Stage.ASSESSMENT, LocalDate.of(2025, 1, 1)));
            thrownClean(() -> plan().withGoalStatus(GoalId.of("G9"), GoalStatus.ACTIVE, LocalDate.of(2025, 5, 7)));
        }

        @Test
        void reportsRejectionWithoutReasonAndFundingMismatchWithoutPersonalData() {
            thrownClean(() -> StatusChange.rejected(LocalDate.of(2024, 3, 1), " "));
            thrownClean(() -> Funding.builder().type(io.github.polku.service.FundingType.OWN_PRODUCTION).voucher(voucher())
                    .build());
            thrownClean(() -> ParticipationAssessment.builder().rung(ArnsteinRung.of(2)).reason(" ")
                    .assessedOn(LocalDate.of(2017, 6, 1)).build());
        }

        @Test
        void relocatesExceptionWithoutPersonalData() {
            InvalidValueException thrown = (InvalidValueException) thrownClean(() -> PersonalIdentityCode.parse("150387-123A"));
            assertClean(thrown.atLocation("/clients/0/identityCode"));
        }
    }

    @Nested
    class QualityEvaluation {

        @Test
        void explainsQualityOfPathFullOfPersonalDataWithoutIt() {
            io.github.polku.quality.QualityEvaluator evaluator = io.github.polku.quality.QualityEvaluator
                    .of(io.github.polku.quality.QualityFramework.builtIn());
            io.github.polku.quality.QualityEvaluation evaluation = evaluator.evaluate(path(), LocalDate.of(2025, 12, 1));
            assertClean("quality evaluation", evaluation.toString());
            assertThat(evaluation.getResults()).isNotEmpty();
            for (io.github.polku.quality.CriterionResult result : evaluation.getResults()) {
                assertClean("criterion result", result.toString());
                for (String language : List.of("fi", "sv", "en")) {
                    assertClean("explanation", result.getExplanation(Locale.forLanguageTag(language)));
                }
            }
            assertClean("cohort evaluation", evaluator.evaluateCohort(List.of(path(), path()), LocalDate.of(2025, 12, 1))
                    .toString());
        }
    }

    @Nested
    class Validation {

        @Test
        void reportsBrokenRulesOfValuesFullOfPersonalDataWithoutIt() {
            for (Object value : valuesFullOfPersonalData()) {
                if (value instanceof PersonalIdentityCode) {
                    continue;       // not a bean: PersonalIdentityCode.check is its validation
                }
                assertClean(VALIDATOR.validate(value));
            }
        }

        @Test
        void reportsBrokenRulesOfPathFullOfPersonalDataWithoutIt() {
            // late assessment, disagreeing views without a plan participant named worker, a goal with
            // blank words, work activity without plan texts: many rules fire at once
            RehabilitationPath path = Samples.pathBuilder()
                    .clientBirthMonth(YearMonth.of(1987, 3))
                    .assessment(ServiceNeedAssessment.builder().pendingOn(Samples.CONTACT)
                            .startedOn(LocalDate.of(2025, 6, 2)).completedOn(LocalDate.of(2026, 3, 2))
                            .clientView(text("late client view")).rehabilitationNeed(true).build())
                    .plan(ClientPlan.builder().createdOn(LocalDate.of(2025, 5, 6)).clientView(text("plan client view"))
                            .addGoal(Goal.builder().id(GoalId.of("G1")).words(" ").lifeArea(io.github.polku.measurement.IcfChapter.D7)
                                    .setOn(LocalDate.of(2025, 5, 6)).build())
                            .addGoal(goal("G2")).build())
                    .build();
            ValidationReport report = VALIDATOR.validate(path);
            assertThat(report.getViolations()).hasSizeGreaterThanOrEqualTo(2);
            assertClean(report);
        }

        @Test
        void reportsBrokenWorkActivityAndVoucherWithoutPersonalData() {
            thrownClean(() -> workActivityBuilder(9).planSupport(text("support")).build());
            ValidationReport activity = VALIDATOR.validate(workActivityBuilder(6).planSupport(text("support")).build());
            assertThat(activity.isValid()).isFalse();
            assertClean(activity);
            thrownClean(() -> Voucher.builder().alternativeArrangement(text("alternative"))
                    .selfPayment(new BigDecimal("-1")).build());
            ValidationReport voucher = VALIDATOR.validate(Voucher.builder().alternativeArrangement(text("alternative"))
                    .build());
            assertThat(voucher.isValid()).isFalse();
            assertClean(voucher);
        }

        @Test
        void rendersEveryMessageOfAReportWithoutPersonalData() {
            ValidationReport report = VALIDATOR.validate(workActivityBuilder(0).planGoal(text("goal")).build());
            for (Violation v : report.getViolations()) {
                for (Locale locale : List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
                    assertThat(v.getMessage(locale)).isNotBlank();
                }
            }
            assertClean(report);
            assertThat(report.isValid()).isFalse();
        }
    }
}
