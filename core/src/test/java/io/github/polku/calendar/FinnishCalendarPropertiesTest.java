package io.github.polku.calendar;

import static io.github.polku.testing.EdgeCases.combinations;
import static io.github.polku.testing.EdgeCases.ofRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Invariants of {@link FinnishCalendar} over random dates of the supported years (QuickTheories, 1,000
 * examples each; a failure prints its seed, rerun with {@code -DQT_SEED=...}, see docs/TESTING.md), and
 * over the edge dates and counts written down as rows.
 */
class FinnishCalendarPropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    /** Leaves room after the date for 600 working days (about two and a half years). */
    private static final LocalDate LAST = LocalDate.of(2296, 12, 31);

    private static Gen<LocalDate> dates() {
        return longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** The first and last supported dates, the days next to them and the epoch day 0. */
    private static List<LocalDate> edgeDates() {
        return List.of(FIRST, FIRST.plusDays(1), LocalDate.ofEpochDay(0), LAST.minusDays(1), LAST);
    }

    static Stream<Arguments> datesAndOneTo600() {
        return combinations(edgeDates(), ofRange(1, 600));
    }

    static Stream<Arguments> datesAndZeroTo599() {
        return combinations(edgeDates(), ofRange(0, 599));
    }

    static Stream<Arguments> datesAndZeroTo600() {
        return combinations(edgeDates(), ofRange(0, 600));
    }

    static Stream<Arguments> datesAndZeroTo900() {
        return combinations(edgeDates(), ofRange(0, 900));
    }

    static Stream<Arguments> twoDates() {
        return combinations(edgeDates(), edgeDates());
    }

    static Stream<Arguments> threeDates() {
        return combinations(edgeDates(), edgeDates(), edgeDates());
    }

    static Stream<LocalDate> oneDate() {
        return edgeDates().stream();
    }

    @Test
    void addingWorkingDaysEndsOnAWorkingDay() {
        qt().forAll(dates(), integers().between(1, 600)).checkAssert(FinnishCalendarPropertiesTest::endsOnAWorkingDay);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("datesAndOneTo600")
    void addingWorkingDaysEndsOnAWorkingDayAtTheEdges(LocalDate receipt, int n) {
        endsOnAWorkingDay(receipt, n);
    }

    private static void endsOnAWorkingDay(LocalDate receipt, int n) {
        LocalDate deadline = FinnishCalendar.addWorkingDays(receipt, n);
        assertThat(FinnishCalendar.isWorkingDay(deadline)).as("%s + %d = %s", receipt, n, deadline).isTrue();
        assertThat(deadline).isAfter(receipt);
    }

    @Test
    void addingOneMoreWorkingDayEndsStrictlyLater() {
        qt().forAll(dates(), integers().between(0, 599)).checkAssert(FinnishCalendarPropertiesTest::oneMoreEndsLater);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("datesAndZeroTo599")
    void addingOneMoreWorkingDayEndsStrictlyLaterAtTheEdges(LocalDate receipt, int n) {
        oneMoreEndsLater(receipt, n);
    }

    private static void oneMoreEndsLater(LocalDate receipt, int n) {
        assertThat(FinnishCalendar.addWorkingDays(receipt, n + 1)).isAfter(FinnishCalendar.addWorkingDays(receipt, n));
    }

    @Test
    void countingUndoesAdding() {
        qt().forAll(dates(), integers().between(0, 600)).checkAssert(FinnishCalendarPropertiesTest::countUndoesAdd);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("datesAndZeroTo600")
    void countingUndoesAddingAtTheEdges(LocalDate receipt, int n) {
        countUndoesAdd(receipt, n);
    }

    private static void countUndoesAdd(LocalDate receipt, int n) {
        LocalDate deadline = FinnishCalendar.addWorkingDays(receipt, n);
        assertThat(FinnishCalendar.workingDaysBetween(receipt, deadline)).isEqualTo(n);
    }

    @Test
    void countingIsAntisymmetric() {
        qt().forAll(dates(), dates()).checkAssert(FinnishCalendarPropertiesTest::antisymmetric);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("twoDates")
    void countingIsAntisymmetricAtTheEdges(LocalDate a, LocalDate b) {
        antisymmetric(a, b);
    }

    private static void antisymmetric(LocalDate a, LocalDate b) {
        assertThat(FinnishCalendar.workingDaysBetween(a, b)).isEqualTo(-FinnishCalendar.workingDaysBetween(b, a));
    }

    @Test
    void countingAddsUpOverAdjacentRanges() {
        qt().forAll(dates(), dates(), dates()).checkAssert(FinnishCalendarPropertiesTest::addsUp);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("threeDates")
    void countingAddsUpOverAdjacentRangesAtTheEdges(LocalDate a, LocalDate b, LocalDate c) {
        addsUp(a, b, c);
    }

    private static void addsUp(LocalDate a, LocalDate b, LocalDate c) {
        assertThat(FinnishCalendar.workingDaysBetween(a, b) + FinnishCalendar.workingDaysBetween(b, c))
                .isEqualTo(FinnishCalendar.workingDaysBetween(a, c));
    }

    @Test
    void countsTheSameAsADayByDayWalk() {
        qt().forAll(dates(), integers().between(0, 900)).checkAssert(FinnishCalendarPropertiesTest::countsLikeAWalk);
    }

    @ParameterizedTest(name = "{0} + {1} days")
    @MethodSource("datesAndZeroTo900")
    void countsTheSameAsADayByDayWalkAtTheEdges(LocalDate start, int days) {
        countsLikeAWalk(start, days);
    }

    private static void countsLikeAWalk(LocalDate start, int days) {
        LocalDate end = start.plusDays(days);
        int walked = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (FinnishCalendar.isWorkingDay(day)) {
                walked++;
            }
        }
        assertThat(FinnishCalendar.workingDaysBetween(start, end)).isEqualTo(walked);
    }

    @Test
    void findsExactlyTheHolidaysWhoseDateItIs() {
        qt().forAll(dates()).checkAssert(FinnishCalendarPropertiesTest::holidaysOfTheDay);
    }

    @ParameterizedTest
    @MethodSource("oneDate")
    void findsExactlyTheHolidaysWhoseDateItIsAtTheEdges(LocalDate day) {
        holidaysOfTheDay(day);
    }

    private static void holidaysOfTheDay(LocalDate day) {
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

    @Test
    void aWorkingDayIsAWeekdayWithoutHoliday() {
        qt().forAll(dates()).checkAssert(FinnishCalendarPropertiesTest::workingDayIsWeekdayWithoutHoliday);
    }

    @ParameterizedTest
    @MethodSource("oneDate")
    void aWorkingDayIsAWeekdayWithoutHolidayAtTheEdges(LocalDate day) {
        workingDayIsWeekdayWithoutHoliday(day);
    }

    private static void workingDayIsWeekdayWithoutHoliday(LocalDate day) {
        boolean weekday = day.getDayOfWeek().getValue() <= 5;
        assertThat(FinnishCalendar.isWorkingDay(day)).isEqualTo(weekday && !FinnishCalendar.isPublicHoliday(day));
    }
}
