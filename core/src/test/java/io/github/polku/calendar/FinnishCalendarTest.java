package io.github.polku.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected dates in this class were counted by hand on a Finnish calendar; each row names the
 * days skipped.
 */
class FinnishCalendarTest {

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Nested
    class SupportedYears {

        @Test
        void coversTheYears1900To2299() {
            assertThat(FinnishCalendar.SUPPORTED_YEARS.getMinimum()).isEqualTo(1900);
            assertThat(FinnishCalendar.SUPPORTED_YEARS.getMaximum()).isEqualTo(2299);
            assertThat(FinnishCalendar.SUPPORTED_YEARS.isValidIntValue(2299)).isTrue();
            assertThat(FinnishCalendar.SUPPORTED_YEARS.isValidValue(2300)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1899-12-31", "2300-01-01", "0001-06-01", "+10000-01-01"})
        void rejectsDatesOutsideTheSupportedYears(String text) {
            LocalDate outside = date(text);
            assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> FinnishCalendar.isWorkingDay(outside));
            assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> FinnishCalendar.isPublicHoliday(outside));
            assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> FinnishCalendar.holidayOn(outside));
            assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> FinnishCalendar.holidaysOn(outside));
            assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> FinnishCalendar.holidaysIn(outside.getYear()));
            assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> FinnishCalendar.addWorkingDays(outside, 0));
            assertThatExceptionOfType(DateTimeException.class)
                    .isThrownBy(() -> FinnishCalendar.workingDaysBetween(outside, date("2025-01-01")));
            assertThatExceptionOfType(DateTimeException.class)
                    .isThrownBy(() -> FinnishCalendar.workingDaysBetween(date("2025-01-01"), outside));
        }

        @Test
        void acceptsTheFirstAndLastSupportedDays() {
            // 1900-01-01 is New Year's Day; 2299-12-31 is a Sunday, 2299-12-29 a Friday.
            assertThat(FinnishCalendar.holidayOn(date("1900-01-01"))).contains(PublicHoliday.NEW_YEARS_DAY);
            assertThat(FinnishCalendar.isWorkingDay(date("2299-12-31"))).isFalse();
            assertThat(FinnishCalendar.isWorkingDay(date("2299-12-29"))).isTrue();
        }

        @Test
        void rejectsAnAdditionThatLeavesTheSupportedYears() {
            // Friday 2299-12-29 is the last supported working day; the next one is Monday 2300-01-01.
            assertThat(FinnishCalendar.addWorkingDays(date("2299-12-27"), 2)).isEqualTo(date("2299-12-29"));
            assertThatExceptionOfType(DateTimeException.class)
                    .isThrownBy(() -> FinnishCalendar.addWorkingDays(date("2299-12-27"), 3))
                    .withMessageContaining(ChronoField.YEAR.toString());
        }
    }

    @Nested
    class HolidayOn {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(textBlock = """
                2025-01-01, NEW_YEARS_DAY
                2025-01-06, EPIPHANY
                2025-04-18, GOOD_FRIDAY
                2025-04-20, EASTER_SUNDAY
                2025-04-21, EASTER_MONDAY
                2025-05-01, MAY_DAY
                2025-05-29, ASCENSION_DAY
                2025-06-08, WHIT_SUNDAY
                2025-06-20, MIDSUMMER_EVE
                2025-06-21, MIDSUMMER_DAY
                2025-11-01, ALL_SAINTS_DAY
                2025-12-06, INDEPENDENCE_DAY
                2025-12-24, CHRISTMAS_EVE
                2025-12-25, CHRISTMAS_DAY
                2025-12-26, BOXING_DAY
                """)
        void findsTheHolidayOnItsDate(LocalDate day, PublicHoliday expected) {
            assertThat(FinnishCalendar.holidayOn(day)).contains(expected);
            assertThat(FinnishCalendar.holidaysOn(day)).containsExactly(expected);
            assertThat(FinnishCalendar.isPublicHoliday(day)).isTrue();
        }

        // Near misses: the day before or after a holiday, Midsummer and All Saints' windows on
        // other weekdays, and the pre-1955 fixed Midsummer date.
        @ParameterizedTest
        @ValueSource(strings = {"2025-01-02", "2025-01-05", "2025-01-07", "2025-04-17", "2025-04-19", "2025-04-22",
            "2025-04-30", "2025-05-02", "2025-05-28", "2025-05-30", "2025-06-19", "2025-06-22", "2025-06-24",
            "2025-10-31", "2025-11-02", "2025-12-05", "2025-12-23", "2025-12-27", "2025-12-31"})
        void findsNoHolidayOnOtherDays(LocalDate day) {
            assertThat(FinnishCalendar.holidayOn(day)).isEmpty();
            assertThat(FinnishCalendar.holidaysOn(day)).isEmpty();
            assertThat(FinnishCalendar.isPublicHoliday(day)).isFalse();
        }

        @Test
        void findsBothHolidaysWhenMayDayIsAscensionDay() {
            // Easter 2008 was on 23 March, so Ascension Day (Easter + 39) was 1 May.
            LocalDate mayDay = date("2008-05-01");
            assertThat(FinnishCalendar.holidaysOn(mayDay)).containsExactly(PublicHoliday.MAY_DAY, PublicHoliday.ASCENSION_DAY);
            assertThat(FinnishCalendar.holidayOn(mayDay)).contains(PublicHoliday.MAY_DAY);
        }

        @Test
        void returnsAnUnmodifiableSet() {
            assertThatExceptionOfType(UnsupportedOperationException.class)
                    .isThrownBy(() -> FinnishCalendar.holidaysOn(date("2025-05-01")).add(PublicHoliday.EPIPHANY));
        }
    }

    @Nested
    class HolidaysIn {

        @Test
        void listsEveryHolidayOf2025InDateOrder() {
            assertThat(FinnishCalendar.holidaysIn(2025)).containsExactly(
                    entry(PublicHoliday.NEW_YEARS_DAY, date("2025-01-01")),
                    entry(PublicHoliday.EPIPHANY, date("2025-01-06")),
                    entry(PublicHoliday.GOOD_FRIDAY, date("2025-04-18")),
                    entry(PublicHoliday.EASTER_SUNDAY, date("2025-04-20")),
                    entry(PublicHoliday.EASTER_MONDAY, date("2025-04-21")),
                    entry(PublicHoliday.MAY_DAY, date("2025-05-01")),
                    entry(PublicHoliday.ASCENSION_DAY, date("2025-05-29")),
                    entry(PublicHoliday.WHIT_SUNDAY, date("2025-06-08")),
                    entry(PublicHoliday.MIDSUMMER_EVE, date("2025-06-20")),
                    entry(PublicHoliday.MIDSUMMER_DAY, date("2025-06-21")),
                    entry(PublicHoliday.ALL_SAINTS_DAY, date("2025-11-01")),
                    entry(PublicHoliday.INDEPENDENCE_DAY, date("2025-12-06")),
                    entry(PublicHoliday.CHRISTMAS_EVE, date("2025-12-24")),
                    entry(PublicHoliday.CHRISTMAS_DAY, date("2025-12-25")),
                    entry(PublicHoliday.BOXING_DAY, date("2025-12-26")));
        }

        @Test
        void putsAscensionDayBeforeMayDayWhenEasterIsOn22March() {
            // Easter 2285 is on 22 March, the earliest possible date; Ascension Day is 30 April.
            Map<PublicHoliday, LocalDate> holidays = FinnishCalendar.holidaysIn(2285);
            assertThat(holidays.keySet()).startsWith(PublicHoliday.NEW_YEARS_DAY, PublicHoliday.EPIPHANY,
                    PublicHoliday.GOOD_FRIDAY, PublicHoliday.EASTER_SUNDAY, PublicHoliday.EASTER_MONDAY,
                    PublicHoliday.ASCENSION_DAY, PublicHoliday.MAY_DAY);
            assertThat(holidays).containsEntry(PublicHoliday.ASCENSION_DAY, date("2285-04-30"));
        }

        @Test
        void keepsBothHolidaysWhenTheyShareADate() {
            Map<PublicHoliday, LocalDate> holidays = FinnishCalendar.holidaysIn(2008);
            assertThat(holidays).hasSize(PublicHoliday.values().length)
                    .containsEntry(PublicHoliday.MAY_DAY, date("2008-05-01"))
                    .containsEntry(PublicHoliday.ASCENSION_DAY, date("2008-05-01"));
        }

        @Test
        void returnsAnUnmodifiableMap() {
            assertThatExceptionOfType(UnsupportedOperationException.class)
                    .isThrownBy(() -> FinnishCalendar.holidaysIn(2025).remove(PublicHoliday.MAY_DAY));
        }
    }

    @Nested
    class IsWorkingDay {

        @ParameterizedTest(name = "{0} ({1}) working: {2}")
        @CsvSource(textBlock = """
                2025-01-07, ordinary Tuesday,           true
                2025-01-10, ordinary Friday,            true
                2025-01-11, ordinary Saturday,          false
                2025-01-12, ordinary Sunday,            false
                2025-01-06, Epiphany on a Monday,       false
                2024-01-06, Epiphany on a Saturday,     false
                2025-04-18, Good Friday,                false
                2025-04-21, Easter Monday,              false
                2025-04-22, Tuesday after Easter,       true
                2025-05-01, May Day on a Thursday,      false
                2025-05-29, Ascension Day,              false
                2025-05-30, Friday after Ascension,     true
                2025-06-19, Thursday before Midsummer,  true
                2025-06-20, Midsummer Eve,              false
                2025-06-23, Monday after Midsummer,     true
                2024-06-24, 24 June on a Monday,        true
                2025-10-31, Friday before All Saints,   true
                2024-12-06, Independence Day on Friday, false
                2024-12-23, Monday before Christmas,    true
                2024-12-24, Christmas Eve on Tuesday,   false
                2024-12-25, Christmas Day,              false
                2024-12-26, Boxing Day,                 false
                2024-12-27, Friday after Christmas,     true
                2024-12-31, New Year's Eve,             true
                2026-01-01, New Year's Day on Thursday, false
                2026-01-02, Friday after New Year,      true
                """)
        void tellsWorkingDaysFromDaysOff(LocalDate day, String description, boolean expected) {
            assertThat(FinnishCalendar.isWorkingDay(day)).as(description).isEqualTo(expected);
        }
    }

    @Nested
    class AddWorkingDays {

        @ParameterizedTest(name = "{0} + {1} = {2}: {3}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-01-07 | 7 | 2025-01-16 | DOMAIN 1.4 example: Tuesday, no holidays, Thursday of the next week
                2024-09-10 | 7 | 2024-09-19 | Tuesday, no holidays, Thursday of the next week
                2025-01-07 | 1 | 2025-01-08 | the day of receipt is not counted
                2025-01-10 | 1 | 2025-01-13 | Friday: the weekend is skipped
                2025-04-16 | 1 | 2025-04-17 | Wednesday before Easter
                2025-04-16 | 2 | 2025-04-22 | skips Good Friday 18.4. and Easter Monday 21.4.
                2025-04-16 | 7 | 2025-04-29 | skips Good Friday 18.4. and Easter Monday 21.4.
                2024-03-27 | 7 | 2024-04-09 | skips Good Friday 29.3. and Easter Monday 1.4.
                2026-04-02 | 7 | 2026-04-15 | skips Good Friday 3.4. and Easter Monday 6.4.
                2024-04-30 | 1 | 2024-05-02 | skips May Day on a Wednesday
                2025-05-27 | 2 | 2025-05-30 | skips Ascension Day 29.5.
                2024-06-17 | 7 | 2024-06-27 | skips Midsummer Eve 21.6.
                2025-06-17 | 7 | 2025-06-27 | skips Midsummer Eve 20.6.
                2026-06-18 | 7 | 2026-06-30 | skips Midsummer Eve 19.6.
                2024-12-20 | 7 | 2025-01-07 | skips 24.-26.12., New Year's Day and Epiphany 6.1.
                2025-12-22 | 7 | 2026-01-07 | skips 24.-26.12., New Year's Day and Epiphany 6.1.
                2026-12-23 | 7 | 2027-01-07 | skips 24.-25.12., New Year's Day and Epiphany 6.1.
                2024-12-05 | 1 | 2024-12-09 | skips Independence Day on a Friday
                """)
        void countsFromTheNextWorkingDay(LocalDate receipt, int workingDays, LocalDate expected, String why) {
            assertThat(FinnishCalendar.addWorkingDays(receipt, workingDays)).as(why).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} + {1} = {2}: {3}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-01-11 | 1 | 2025-01-13 | received on a Saturday
                2025-01-11 | 7 | 2025-01-21 | received on a Saturday
                2025-01-12 | 1 | 2025-01-13 | received on a Sunday
                2025-04-18 | 1 | 2025-04-22 | received on Good Friday
                2025-04-18 | 7 | 2025-04-30 | received on Good Friday
                2024-12-06 | 3 | 2024-12-11 | received on Independence Day
                2025-06-20 | 1 | 2025-06-23 | received on Midsummer Eve
                """)
        void countsTheSameWayWhenReceivedOnADayOff(LocalDate receipt, int workingDays, LocalDate expected, String why) {
            assertThat(FinnishCalendar.addWorkingDays(receipt, workingDays)).as(why).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-01-07", "2025-01-11", "2025-04-18", "2025-12-24"})
        void returnsTheDayOfReceiptForZeroDays(LocalDate receipt) {
            assertThat(FinnishCalendar.addWorkingDays(receipt, 0)).isEqualTo(receipt);
        }

        @Test
        void countsAWholeYear() {
            // 2025 has 251 working days (see WorkingDaysBetween), the last one Wednesday 31.12.
            assertThat(FinnishCalendar.addWorkingDays(date("2024-12-31"), 251)).isEqualTo(date("2025-12-31"));
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, -7, Integer.MIN_VALUE})
        void rejectsANegativeNumberOfDays(int workingDays) {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> FinnishCalendar.addWorkingDays(date("2025-01-07"), workingDays))
                    .withMessageContaining(String.valueOf(workingDays));
        }

        @Test
        void rejectsNullDate() {
            assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> FinnishCalendar.addWorkingDays(null, 1));
        }
    }

    @Nested
    class NextWorkingDayIfDayOff {

        // Act 150/1930 section 5: Sundays and other public holidays, Independence Day, May Day,
        // Christmas and Midsummer Eve and Saturdays move to the first working day after them.
        @ParameterizedTest(name = "{0} -> {1}: {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-01-11 | 2025-01-13 | an ordinary Saturday moves to Monday
                2025-01-12 | 2025-01-13 | a Sunday moves to Monday
                2025-11-01 | 2025-11-03 | All Saints' Day, a Saturday, moves to Monday
                2025-04-18 | 2025-04-22 | Good Friday moves over Easter to Tuesday
                2025-04-19 | 2025-04-22 | Easter Saturday moves over Easter Sunday and Monday
                2025-04-20 | 2025-04-22 | Easter Sunday moves over Easter Monday
                2025-04-21 | 2025-04-22 | Easter Monday moves to Tuesday
                2025-06-20 | 2025-06-23 | Midsummer Eve, a Friday, moves over Midsummer Day to Monday
                2024-06-21 | 2024-06-24 | Midsummer Eve 2024 moves to Monday
                2025-12-24 | 2025-12-29 | Christmas Eve on a Wednesday moves over 25.-28.12. to Monday
                2024-12-24 | 2024-12-27 | Christmas Eve on a Tuesday moves over 25.-26.12. to Friday
                2026-12-24 | 2026-12-28 | Christmas Eve on a Thursday moves to Monday
                2025-05-01 | 2025-05-02 | May Day on a Thursday moves to Friday
                2025-12-06 | 2025-12-08 | Independence Day on a Saturday moves to Monday
                2024-12-06 | 2024-12-09 | Independence Day on a Friday moves to Monday
                2025-05-29 | 2025-05-30 | Ascension Day moves to Friday
                2026-01-01 | 2026-01-02 | New Year's Day on a Thursday moves to Friday
                2025-01-06 | 2025-01-07 | Epiphany on a Monday moves to Tuesday
                2025-12-31 | 2025-12-31 | New Year's Eve is a working day
                """)
        void movesADayOffToTheNextWorkingDay(LocalDate lastDay, LocalDate expected, String why) {
            assertThat(FinnishCalendar.nextWorkingDayIfDayOff(lastDay)).as(why).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-01-13 | a Monday
                2025-01-10 | a Friday
                2025-04-17 | Maundy Thursday is a working day
                2025-06-19 | the Thursday before Midsummer Eve
                2024-12-23 | the Monday before Christmas Eve
                2025-04-22 | the Tuesday after Easter Monday
                """)
        void keepsAWorkingDay(LocalDate lastDay, String why) {
            assertThat(FinnishCalendar.nextWorkingDayIfDayOff(lastDay)).as(why).isEqualTo(lastDay);
        }

        @Test
        void alwaysReturnsAWorkingDayNoEarlierThanTheDayAndSkipsOnlyDaysOff() {
            // Oracle: day by day over three years, the result is the first day, from the given one
            // on, that isWorkingDay accepts; and it is never more than 5 days away (Christmas Eve
            // on a Wednesday: 24.-28.12.).
            for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
                LocalDate next = FinnishCalendar.nextWorkingDayIfDayOff(d);
                assertThat(FinnishCalendar.isWorkingDay(next)).as("%s", d).isTrue();
                assertThat(next).as("%s", d).isAfterOrEqualTo(d).isBeforeOrEqualTo(d.plusDays(5));
                for (LocalDate between = d; between.isBefore(next); between = between.plusDays(1)) {
                    assertThat(FinnishCalendar.isWorkingDay(between)).as("%s skipped from %s", between, d).isFalse();
                }
            }
        }

        @Test
        void rejectsNullAndDatesOutsideTheSupportedYears() {
            assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> FinnishCalendar.nextWorkingDayIfDayOff(null));
            assertThatExceptionOfType(DateTimeException.class)
                    .isThrownBy(() -> FinnishCalendar.nextWorkingDayIfDayOff(LocalDate.of(1899, 12, 31)));
            // Christmas Eve 2299 is a Sunday: over Christmas Day (Mon) and Boxing Day (Tue) to Wednesday.
            assertThat(FinnishCalendar.nextWorkingDayIfDayOff(LocalDate.of(2299, 12, 24))).isEqualTo(LocalDate.of(2299, 12, 27));
            // Saturday 30.12.2299: the next working day would be in 2300, outside the calendar.
            assertThatExceptionOfType(DateTimeException.class)
                    .isThrownBy(() -> FinnishCalendar.nextWorkingDayIfDayOff(LocalDate.of(2299, 12, 30)));
        }
    }

    @Nested
    class WorkingDaysBetween {

        @ParameterizedTest(name = "({0}, {1}] has {2}: {3}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-01-07 | 2025-01-07 |  0 | empty range
                2025-01-11 | 2025-01-12 |  0 | a weekend
                2025-01-07 | 2025-01-16 |  7 | DOMAIN 1.4 example
                2025-04-16 | 2025-04-24 |  4 | 17.4., 22.4., 23.4., 24.4. around Easter
                2025-04-16 | 2025-04-21 |  1 | only 17.4.
                2025-06-19 | 2025-06-22 |  0 | Midsummer Eve and the weekend
                2024-12-23 | 2024-12-27 |  1 | only 27.12.
                2024-12-31 | 2025-12-31 | 251 | 2025: 261 weekdays, 10 of them holidays
                2023-12-31 | 2024-12-31 | 252 | 2024: 262 weekdays, 10 of them holidays
                2025-12-31 | 2026-12-31 | 252 | 2026: 261 weekdays, 9 of them holidays
                2007-12-31 | 2008-12-31 | 254 | 2008: 262 weekdays, 8 holiday dates (May Day = Ascension)
                2025-04-24 | 2025-04-16 | -4 | end before start
                2025-12-31 | 2024-12-31 | -251 | end before start, a whole year
                """)
        void countsWorkingDaysAfterTheStartUpToTheEnd(LocalDate exclusiveStart, LocalDate inclusiveEnd, int expected, String why) {
            assertThat(FinnishCalendar.workingDaysBetween(exclusiveStart, inclusiveEnd)).as(why).isEqualTo(expected);
        }

        @Test
        void agreesWithADayByDayCountOverTheWholeSupportedRange() {
            LocalDate first = date("1900-01-01");
            int expected = 0;
            for (LocalDate day = first.plusDays(1); day.getYear() <= 2299; day = day.plusDays(1)) {
                if (FinnishCalendar.isWorkingDay(day)) {
                    expected++;
                }
            }
            assertThat(FinnishCalendar.workingDaysBetween(first, date("2299-12-31"))).isEqualTo(expected);
        }

        @Test
        void rejectsNullDates() {
            assertThatExceptionOfType(NullPointerException.class)
                    .isThrownBy(() -> FinnishCalendar.workingDaysBetween(null, date("2025-01-01")));
            assertThatExceptionOfType(NullPointerException.class)
                    .isThrownBy(() -> FinnishCalendar.workingDaysBetween(date("2025-01-01"), null));
        }
    }
}
