package io.github.polku.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.internal.validation.Messages;
import io.github.polku.validation.Violation;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceMessagesTest {

    private static final Set<String> CODES = Set.of(
            "polku.service.workActivity.kind",
            "polku.service.funding.details",
            "polku.service.funding.funderBlank",
            "polku.service.voucher.value.notPositive",
            "polku.service.voucher.selfPayment.negative",
            "polku.service.schedule.impossible",
            "polku.service.attendance.hours.impossible",
            "polku.service.workActivity.periods.empty",
            "polku.service.workActivity.periods.order",
            "polku.service.workActivity.daysPerWeek.impossible",
            "polku.service.workActivity.hoursPerDay.impossible",
            "polku.service.component.missing",
            "polku.service.attendance.outsidePeriod",
            "polku.service.voucher.approvedProvider.missing",
            "polku.service.workActivity.period.outsideService",
            "polku.service.voucher.value.missing",
            "polku.service.voucher.assessment.missing",
            "polku.service.voucher.decision.missing",
            "polku.service.voucher.alternative.missing",
            "polku.service.voucher.selfPayment.freeService",
            "polku.service.workActivity.basis.missing",
            "polku.service.workActivity.daysPerWeek.range",
            "polku.service.workActivity.hoursPerDay.range",
            "polku.service.workActivity.hoursPerWeek.max",
            "polku.service.workActivity.period.tooShort",
            "polku.service.workActivity.period.tooLong",
            "polku.service.workActivity.allowance.notOne",
            "polku.service.workActivity.plan.goalMissing",
            "polku.service.workActivity.plan.supportMissing",
            "polku.service.workActivity.review.missing",
            "polku.service.workActivity.organiserNotObliged");

    @ParameterizedTest
    @ValueSource(strings = {"en", "fi", "sv"})
    void hasEveryServiceCodeInEachLanguage(String language) {
        assertThat(Messages.keys(language)).containsAll(CODES);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fi | Kuntouttavaa työtoimintaa on oltava 1–4 päivänä kalenteriviikossa
            sv | Arbetsverksamhet i rehabiliteringssyfte ska pågå 1–4 dagar per kalendervecka
            en | Rehabilitative work activity must take 1–4 days a calendar week
            """)
    void rendersDayLimitInEachLanguage(String language, String expected) {
        Violation v = Violation.error("polku.service.workActivity.daysPerWeek.range", "/workActivity/daysPerWeek",
                Map.of("min", 1, "max", 4));
        assertThat(v.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fi | Tulosidonnaisesta palvelusetelistä on tehtävä päätös, mutta viittaus päätökseen puuttuu
            sv | En inkomstrelaterad servicesedel kräver ett beslut, men hänvisning saknas
            en | An income-related service voucher needs a decision, but none is referenced
            """)
    void rendersVoucherDecisionMessageInEachLanguage(String language, String expected) {
        Violation v = Violation.error("polku.service.voucher.decision.missing", "/funding/voucher/decisionReference", Map.of());
        assertThat(v.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fi | Kun kuntouttavaa työtoimintaa on kertynyt 24 kuukautta, suunnitelma on tarkistettava; jaksoja on 27 kuukautta eikä tarkistusta ole kirjattu
            sv | Efter 24 månader i arbetsverksamhet i rehabiliteringssyfte ska planen ses över; perioderna uppgår till 27 månader och ingen översyn har antecknats
            en | After 24 months in rehabilitative work activity the plan must be reviewed; the periods add up to 27 months and no review is recorded
            """)
    void rendersReviewWarningWithBothArguments(String language, String expected) {
        Violation v = Violation.warning("polku.service.workActivity.review.missing", "/workActivity/reviewDates",
                Map.of("months", 24, "cumulativeMonths", 27));
        assertThat(v.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
    }
}
