package io.github.polku.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of {@link FinnishCalendar} over random dates of the supported years.
 */
class FinnishCalendarPropertiesTest {

    /** Leaves room after the date for 600 working days (about two and a half years). */
    @Provide
    Arbitrary<LocalDate> dates() {
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        long last = LocalDate.of(2296, 12, 31).toEpochDay();
        return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
    }

    @Property
    void addingWorkingDaysEndsOnAWorkingDay(@ForAll("dates") LocalDate receipt, @ForAll @IntRange(min = 1, max = 600) int n) {
        LocalDate deadline = FinnishCalendar.addWorkingDays(receipt, n);
        assertThat(FinnishCalendar.isWorkingDay(deadline)).as("%s + %d = %s", receipt, n, deadline).isTrue();
        assertThat(deadline).isAfter(receipt);
    }

    @Property
    void addingOneMoreWorkingDayEndsStrictlyLater(@ForAll("dates") LocalDate receipt, @ForAll @IntRange(max = 599) int n) {
        assertThat(FinnishCalendar.addWorkingDays(receipt, n + 1)).isAfter(FinnishCalendar.addWorkingDays(receipt, n));
    }

    @Property
    void countingUndoesAdding(@ForAll("dates") LocalDate receipt, @ForAll @IntRange(max = 600) int n) {
        LocalDate deadline = FinnishCalendar.addWorkingDays(receipt, n);
        assertThat(FinnishCalendar.workingDaysBetween(receipt, deadline)).isEqualTo(n);
    }

    @Property
    void countingIsAntisymmetric(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
        assertThat(FinnishCalendar.workingDaysBetween(a, b)).isEqualTo(-FinnishCalendar.workingDaysBetween(b, a));
    }

    @Property
    void countingAddsUpOverAdjacentRanges(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b, @ForAll("dates") LocalDate c) {
        assertThat(FinnishCalendar.workingDaysBetween(a, b) + FinnishCalendar.workingDaysBetween(b, c))
                .isEqualTo(FinnishCalendar.workingDaysBetween(a, c));
    }

    @Property
    void countsTheSameAsADayByDayWalk(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = 900) int days) {
        LocalDate end = start.plusDays(days);
        int walked = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (FinnishCalendar.isWorkingDay(day)) {
                walked++;
            }
        }
        assertThat(FinnishCalendar.workingDaysBetween(start, end)).isEqualTo(walked);
    }

    @Property
    void findsExactlyTheHolidaysWhoseDateItIs(@ForAll("dates") LocalDate day) {
        Set<PublicHoliday> expected = EnumSet.noneOf(PublicHoliday.class);
        for (PublicHoliday holiday : PublicHoliday.values()) {
            if (holiday.dateIn(day.getYear()).equals(day)) {
                expected.add(holiday);
            }
        }
        assertThat(FinnishCalendar.holidaysOn(day)).isEqualTo(expected);
        assertThat(FinnishCalendar.isPublicHoliday(day)).isEqualTo(!expected.isEmpty());
        assertThat(FinnishCalendar.holidaysIn(day.getYear()).containsValue(day)).isEqualTo(!expected.isEmpty());
    }

    @Property
    void aWorkingDayIsAWeekdayWithoutHoliday(@ForAll("dates") LocalDate day) {
        boolean weekday = day.getDayOfWeek().getValue() <= 5;
        assertThat(FinnishCalendar.isWorkingDay(day)).isEqualTo(weekday && !FinnishCalendar.isPublicHoliday(day));
    }
}
