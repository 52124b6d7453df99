package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EvidenceAndResultTest {

    @Nested
    class EvidenceOf {
        @Test
        void keepsSubjectPointerAndValuesAsText() {
            Evidence e = Evidence.of(Subject.path("P-1"), "/assessment/startedOn", Map.of("workingDays", 7));
            assertThat(e.getSubject()).isEqualTo(Subject.path("P-1"));
            assertThat(e.getPointer()).isEqualTo("/assessment/startedOn");
            assertThat(e.getValues()).containsExactly(entry("workingDays", "7"));
            assertThat(e).hasToString("PATH:P-1/assessment/startedOn {workingDays=7}");
        }

        @Test
        void rejectsMalformedPointer() {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Evidence.of(Subject.path("P-1"), "assessment", Map.of()));
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Evidence.of(Subject.path("P-1"), "/a~2", Map.of()));
        }

        @Test
        void acceptsRootPointer() {
            assertThat(Evidence.of(Subject.path("P-1"), "", Map.of())).hasToString("PATH:P-1 {}");
        }
    }

    @Nested
    class ResultOf {
        @Test
        void rendersExplanationInThreeLanguages() {
            CriterionResult r = CriterionResult.builder().criterionCode("X").outcome(CriterionOutcome.INSUFFICIENT_DATA)
                    .explanationCode(QualityEvaluator.ASSESSED_BY_PERSON).build();
            assertThat(r.getExplanation(Locale.ENGLISH))
                    .isEqualTo("A person assesses this criterion; the records alone do not show whether it is met");
            assertThat(r.getExplanation(Locale.forLanguageTag("fi")))
                    .isEqualTo("T\u00e4m\u00e4n kriteerin arvioi henkil\u00f6; pelkist\u00e4 kirjauksista ei n\u00e4e, t\u00e4yttyyk\u00f6 se");
            assertThat(r.getExplanation(Locale.forLanguageTag("sv")))
                    .isEqualTo("Det h\u00e4r kriteriet bed\u00f6ms av en person; uppgifterna ensamma visar inte om det \u00e4r uppfyllt");
            assertThat(r.getEvidence()).isEmpty();
        }

        @Test
        void rejectsMalformedCodes() {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> CriterionResult.builder().criterionCode("x").outcome(CriterionOutcome.MET)
                            .explanationCode("a.b").build());
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> CriterionResult.builder().criterionCode("X").outcome(CriterionOutcome.MET)
                            .explanationCode("nodots").build());
        }

        @Test
        void judgedOutcomesAreMetPartlyAndNotMet() {
            assertThat(CriterionOutcome.MET.isJudged()).isTrue();
            assertThat(CriterionOutcome.PARTLY_MET.isJudged()).isTrue();
            assertThat(CriterionOutcome.NOT_MET.isJudged()).isTrue();
            assertThat(CriterionOutcome.NOT_APPLICABLE.isJudged()).isFalse();
            assertThat(CriterionOutcome.INSUFFICIENT_DATA.isJudged()).isFalse();
        }
    }
}
