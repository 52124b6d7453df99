package io.github.polku.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleBookTest {

    @Nested
    class Finland {
        @ParameterizedTest(name = "{0}: {1} = {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2024-05-01 | ASSESSMENT_START_WORKING_DAYS      | 7
                2024-05-01 | ASSESSMENT_COMPLETION_MONTHS_CHILD | 3
                2024-05-01 | RWA_MIN_DAYS_PER_WEEK              | 1
                2024-05-01 | RWA_MAX_DAYS_PER_WEEK              | 4
                2015-06-30 | RWA_MAX_DAYS_PER_WEEK              | 5
                2015-07-01 | RWA_MAX_DAYS_PER_WEEK              | 4
                2024-05-01 | RWA_MIN_HOURS_PER_DAY              | 4
                2024-05-01 | RWA_MAX_HOURS_PER_DAY              | 8
                2024-05-01 | RWA_MAX_HOURS_PER_WEEK             | 32
                2024-05-01 | RWA_MIN_PERIOD_MONTHS              | 3
                2024-05-01 | RWA_MAX_PERIOD_MONTHS              | 24
                2024-05-01 | RWA_REVIEW_AFTER_MONTHS            | 24
                2024-05-01 | YOUNG_PERSON_MIN_AGE               | 18
                2024-05-01 | YOUNG_PERSON_MAX_AGE               | 24
                2024-05-01 | ADULT_AGE                          | 18
                2024-05-01 | REQUEST_FOR_REVIEW_DAYS            | 30
                2024-05-01 | TEMPORARY_SOCIAL_WORKER_MAX_MONTHS | 12
                2015-04-01 | TIME_LIMIT_EXTENDED_PAST_DAY_OFF   | 1
                2024-05-01 | TIME_LIMIT_EXTENDED_PAST_DAY_OFF   | 1
                """)
        void holdsTheStatutoryNumbersInForceOnADate(LocalDate date, LegalNumber number, int expected) {
            assertThat(RuleBook.finland().getEffective(date).getInt(number)).isEqualTo(expected);
        }

        @Test
        void holdsTheDailyAllowanceInEuros() {
            assertThat(RuleBook.finland().getEffective(LocalDate.of(2024, 1, 1)).get(LegalNumber.RWA_DAILY_ALLOWANCE_EUROS))
                    .isEqualByComparingTo("9.00");
        }

        @Test
        void appliesFirstRuleSetBeforeItsDate() {
            RuleBook book = RuleBook.finland();
            assertThat(book.getEffective(LocalDate.of(2001, 1, 1))).isSameAs(book.getRuleSets().get(0));
        }

        @Test
        void citesTheActOnTheComputationOfTimeLimitsFromTheFirstEntry() {
            assertThat(RuleBook.finland().getRuleSets().get(0).getSource()).contains("150/1930").contains("358/1966");
        }

        @ParameterizedTest(name = "{0} -> {1}: {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-11-01 | 2025-11-03 | All Saints' Day, a Saturday
                2025-04-20 | 2025-04-22 | Easter Sunday, over Easter Monday
                2025-06-20 | 2025-06-23 | Midsummer Eve
                2025-12-24 | 2025-12-29 | Christmas Eve on a Wednesday
                2025-10-11 | 2025-10-13 | an ordinary Saturday
                2025-07-16 | 2025-07-16 | a Wednesday stays
                """)
        void extendsATimeLimitPastADayOff(LocalDate counted, LocalDate expected, String why) {
            assertThat(RuleBook.finland().getEffective(counted).lastDayOfTimeLimit(counted)).as(why).isEqualTo(expected);
        }
    }

    @Nested
    class WithoutExtension {
        private RuleSet rules(int extended) {
            RuleSet.Builder b = RuleSet.builder().effectiveFrom(LocalDate.of(2020, 1, 1)).source("test");
            for (LegalNumber n : LegalNumber.values()) {
                b.putValue(n, BigDecimal.ONE);
            }
            return b.putValue(LegalNumber.TIME_LIMIT_EXTENDED_PAST_DAY_OFF, BigDecimal.valueOf(extended)).build();
        }

        @Test
        void keepsTheCountedDayWhenTheRuleIsNotInForce() {
            LocalDate christmasEve = LocalDate.of(2025, 12, 24);
            assertThat(rules(0).lastDayOfTimeLimit(christmasEve)).isEqualTo(christmasEve);
            assertThat(rules(1).lastDayOfTimeLimit(christmasEve)).isEqualTo(LocalDate.of(2025, 12, 29));
        }
    }

    @Nested
    class FinlandSources {
        @Test
        void citesASourceForEveryRuleSet() {
            assertThat(RuleBook.finland().getRuleSets()).allSatisfy(s -> assertThat(s.getSource()).contains("189/2001"));
        }
    }

    @Nested
    class Load {
        @Test
        void inheritsUnchangedNumbersFromThePreviousEntry() {
            StringBuilder text = new StringBuilder("2020-01-01.source=A\n");
            for (LegalNumber n : LegalNumber.values()) {
                text.append("2020-01-01.").append(n.name()).append("=2\n");
            }
            text.append("2026-01-01.source=B\n2026-01-01.RWA_MAX_DAYS_PER_WEEK=3\n");
            RuleBook book = RuleBook.load(new StringReader(text.toString()));
            assertThat(book.getRuleSets()).hasSize(2);
            RuleSet later = book.getEffective(LocalDate.of(2026, 1, 1));
            assertThat(later.getSource()).isEqualTo("B");
            assertThat(later.getInt(LegalNumber.RWA_MAX_DAYS_PER_WEEK)).isEqualTo(3);
            assertThat(later.getInt(LegalNumber.RWA_MIN_DAYS_PER_WEEK)).isEqualTo(2);
            assertThat(book.getEffective(LocalDate.of(2025, 12, 31)).getInt(LegalNumber.RWA_MAX_DAYS_PER_WEEK)).isEqualTo(2);
        }

        @Test
        void rejectsIncompleteFirstEntry() {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> RuleBook.load(new StringReader("2020-01-01.source=A\n2020-01-01.ADULT_AGE=18\n")))
                    .withMessageContaining("lacks");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                nodate=1                          | without a date
                2020-13-01.ADULT_AGE=18           | malformed date
                2020-01-01.NO_SUCH_NUMBER=1       | Unknown legal number
                2020-01-01.ADULT_AGE=eighteen     | Malformed number
                2020-01-01.ADULT_AGE=18           | has no source
                """)
        void rejectsMalformedData(String line, String message) {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> RuleBook.load(new StringReader(line)))
                    .withMessageContaining(message);
        }
    }

    @Test
    void rejectsEmptyBookAndDuplicateDates() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> RuleBook.of(List.of()));
        RuleSet first = RuleBook.finland().getRuleSets().get(0);
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> RuleBook.of(List.of(first, first)));
    }

    @Test
    void rejectsNegativeNumbers() {
        RuleSet.Builder b = RuleSet.builder().effectiveFrom(LocalDate.of(2020, 1, 1)).source("x");
        for (LegalNumber n : LegalNumber.values()) {
            b.putValue(n, n == LegalNumber.ADULT_AGE ? BigDecimal.valueOf(-1) : BigDecimal.ONE);
        }
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(b::build).withMessageContaining("ADULT_AGE");
    }
}
