package io.github.polku.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ValueRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Finnish calendar of public holidays and working days (fi: arkipäivä, sv: arbetsdag), used
 * to count statutory time limits such as the start of a service need assessment.
 * <p>
 * A working day is a Monday to Friday that is not a {@link PublicHoliday}. Saturdays and Sundays
 * are never working days; neither are Midsummer Eve and Christmas Eve, which the Act on the
 * calculation of statutory time limits (150/1930) treats like holidays. Time limits are counted
 * as the THL child-welfare handbook describes for the Social Welfare Act (1301/2014, section 36):
 * the day the matter is received is not counted, and the first day counted is the next working
 * day.
 * <pre>{@code
 * LocalDate contact = LocalDate.of(2025, 4, 16);                      // a Wednesday before Easter
 * LocalDate deadline = FinnishCalendar.addWorkingDays(contact, 7);    // 2025-04-29
 * int used = FinnishCalendar.workingDaysBetween(contact, LocalDate.of(2025, 4, 24)); // 4
 * }</pre>
 * <p>
 * Every method accepts dates in the years {@link #SUPPORTED_YEARS} (1900 to 2299) and throws
 * {@link DateTimeException} for a date outside them; the holiday rules applied are those in force
 * since 1992, as {@link PublicHoliday} explains.
 * <p>
 * The class has no instances and no state: it computes every holiday on the fly, which takes a
 * few integer operations. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FinnishCalendar {

    /**
     * The years, 1900 to 2299 inclusive, for which the holidays and working days are computed.
     */
    public static final ValueRange SUPPORTED_YEARS = ValueRange.of(1900, 2299);

    /** 1969-12-29, a Monday: the origin of the weekday count in {@link #weekdaysUpTo(LocalDate)}. */
    private static final long MONDAY_EPOCH_DAY = -3;

    private FinnishCalendar() {
    }

    /**
     * Checks if the given date is one of the days named by {@link PublicHoliday}, Midsummer Eve
     * and Christmas Eve included.
     *
     * @param date  the date to check, not null
     * @return true if a holiday falls on the date
     * @throws DateTimeException if the date is outside the supported years
     */
    public static boolean isPublicHoliday(LocalDate date) {
        return holidayOn(date).isPresent();
    }

    /**
     * Gets the holiday on the given date, if any.
     * <p>
     * When two holidays share the date (May Day and Ascension Day when Easter Sunday is on
     * 23 March, as in 2008), the one declared first in {@link PublicHoliday} is returned, which is
     * {@link PublicHoliday#MAY_DAY}; {@link #holidaysOn(LocalDate)} returns both.
     *
     * @param date  the date to look up, not null
     * @return the holiday on the date, empty on any other day, not null
     * @throws DateTimeException if the date is outside the supported years
     */
    public static Optional<PublicHoliday> holidayOn(LocalDate date) {
        return holidaysOn(date).stream().findFirst();
    }

    /**
     * Gets every holiday on the given date.
     *
     * @param date  the date to look up, not null
     * @return the unmodifiable set of holidays on the date in declaration order, may be empty,
     *     not null; it has two elements only when May Day and Ascension Day coincide
     * @throws DateTimeException if the date is outside the supported years
     */
    public static Set<PublicHoliday> holidaysOn(LocalDate date) {
        int year = date.getYear();
        checkYear(year);
        EnumSet<PublicHoliday> found = EnumSet.noneOf(PublicHoliday.class);
        for (PublicHoliday holiday : PublicHoliday.values()) {
            if (holiday.dateIn(year).equals(date)) {
                found.add(holiday);
            }
        }
        return Collections.unmodifiableSet(found);
    }

    /**
     * Gets every holiday of the given year with its date.
     * <p>
     * The map has one entry for each {@link PublicHoliday} constant and iterates in date order;
     * holidays on the same date follow declaration order.
     *
     * @param year  the year, within {@link #SUPPORTED_YEARS}
     * @return the unmodifiable map from holiday to date, in date order, not null
     * @throws DateTimeException if the year is outside the supported range
     */
    public static Map<PublicHoliday, LocalDate> holidaysIn(int year) {
        checkYear(year);
        Map<PublicHoliday, LocalDate> byHoliday = new EnumMap<>(PublicHoliday.class);
        for (PublicHoliday holiday : PublicHoliday.values()) {
            byHoliday.put(holiday, holiday.dateIn(year));
        }
        // List.sort is stable, so holidays on the same date keep declaration order.
        List<Map.Entry<PublicHoliday, LocalDate>> entries = new ArrayList<>(byHoliday.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        Map<PublicHoliday, LocalDate> byDate = new LinkedHashMap<>();
        for (Map.Entry<PublicHoliday, LocalDate> entry : entries) {
            byDate.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(byDate);
    }

    /**
     * Checks if the given date is a working day: a Monday to Friday that is not a
     * {@link PublicHoliday}.
     *
     * @param date  the date to check, not null
     * @return true if the date is a working day
     * @throws DateTimeException if the date is outside the supported years
     */
    public static boolean isWorkingDay(LocalDate date) {
        checkYear(date.getYear());
        return !isWeekend(date) && !isPublicHoliday(date);
    }

    /**
     * Obtains the day on which an act due on the given day may still be done: the day itself if
     * it is a working day, otherwise the first working day after it.
     * <p>
     * This is section 5 of the Act on the computation of statutory time limits (laki
     * s\u00e4\u00e4dettyjen m\u00e4\u00e4r\u00e4aikain laskemisesta, sv: lagen om
     * ber\u00e4knande av laga tid, 150/1930, as amended by 358/1966): when the last day of a time
     * limit is a Sunday or another public holiday, Independence Day, May Day, Christmas Eve,
     * Midsummer Eve or an ordinary Saturday, the act may be done on the first working day after
     * it. Those are exactly the days that {@link #isWorkingDay(LocalDate)} rejects, so a Saturday
     * All Saints' Day moves to the Monday after it, and a Christmas Eve on a Tuesday moves over
     * Christmas Day and Boxing Day to the Friday:
     * <pre>{@code
     * FinnishCalendar.nextWorkingDayIfDayOff(LocalDate.of(2024, 12, 24));   // 2024-12-27
     * FinnishCalendar.nextWorkingDayIfDayOff(LocalDate.of(2024, 12, 23));   // 2024-12-23
     * }</pre>
     * Whether a given time limit is extended this way is a rule of the law, not of the calendar:
     * {@link io.github.polku.rules.RuleSet#lastDayOfTimeLimit(LocalDate)} applies this method
     * where the rule book says so.
     *
     * @param lastDay  the last day of a time limit as counted from its start, not null
     * @return the same day if it is a working day, else the next working day, not null
     * @throws DateTimeException if the day or the result is outside the supported years
     */
    public static LocalDate nextWorkingDayIfDayOff(LocalDate lastDay) {
        checkYear(lastDay.getYear());
        LocalDate date = lastDay;
        while (!isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    /**
     * Obtains the date on which a time limit of the given number of working days ends.
     * <p>
     * The day of receipt itself is not counted, whatever kind of day it is; the first day counted
     * is the next working day after it. With {@code workingDays} zero the day of receipt is
     * returned unchanged. For one or more working days the result is always a working day, and
     * {@link #workingDaysBetween(LocalDate, LocalDate) workingDaysBetween(dayOfReceipt, result)}
     * equals {@code workingDays}.
     * <p>
     * A matter received on Tuesday 7 January 2025, for example, has its seventh working day on
     * Thursday 16 January 2025.
     *
     * @param dayOfReceipt  the day the matter was received or became pending, not null
     * @param workingDays  the number of working days to count, zero or more
     * @return the last day of the time limit, not null
     * @throws IllegalArgumentException if {@code workingDays} is negative
     * @throws DateTimeException if the day of receipt or the result is outside the supported years
     */
    public static LocalDate addWorkingDays(LocalDate dayOfReceipt, int workingDays) {
        checkYear(dayOfReceipt.getYear());
        if (workingDays < 0) {
            throw new IllegalArgumentException("The number of working days must not be negative: " + workingDays);
        }
        LocalDate date = dayOfReceipt;
        int remaining = workingDays;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /**
     * Counts the working days after one date up to and including another.
     * <p>
     * The count covers the days after {@code exclusiveStart} up to and including
     * {@code inclusiveEnd}, which is how a time limit that starts on a day of receipt is measured.
     * If the end is before the start the count is negative, as in {@code ChronoUnit.between}:
     * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
     *
     * @param exclusiveStart  the day after which counting starts, such as a day of receipt, not null
     * @param inclusiveEnd  the last day counted, not null
     * @return the number of working days, negative if the end is before the start
     * @throws DateTimeException if either date is outside the supported years
     */
    public static int workingDaysBetween(LocalDate exclusiveStart, LocalDate inclusiveEnd) {
        checkYear(exclusiveStart.getYear());
        checkYear(inclusiveEnd.getYear());
        if (inclusiveEnd.isBefore(exclusiveStart)) {
            return -workingDaysBetween(inclusiveEnd, exclusiveStart);
        }
        // Weekdays by arithmetic, then minus the distinct holiday dates on weekdays in the range:
        // independent of the day-by-day loop in addWorkingDays, and fast over long ranges.
        long count = weekdaysUpTo(inclusiveEnd) - weekdaysUpTo(exclusiveStart);
        for (int year = exclusiveStart.getYear(); year <= inclusiveEnd.getYear(); year++) {
            Set<LocalDate> seen = new HashSet<>();
            for (PublicHoliday holiday : PublicHoliday.values()) {
                LocalDate date = holiday.dateIn(year);
                if (date.isAfter(exclusiveStart) && !date.isAfter(inclusiveEnd) && !isWeekend(date) && seen.add(date)) {
                    count--;
                }
            }
        }
        return Math.toIntExact(count);
    }

    /** Throws the java.time exception for a year outside {@link #SUPPORTED_YEARS}. */
    static void checkYear(int year) {
        SUPPORTED_YEARS.checkValidIntValue(year, ChronoField.YEAR);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Counts the weekdays (Monday to Friday) from 1969-12-29 up to and including the date; negative before it. */
    private static long weekdaysUpTo(LocalDate date) {
        long days = date.toEpochDay() - MONDAY_EPOCH_DAY;
        return 5 * Math.floorDiv(days, 7) + Math.min(Math.floorMod(days, 7) + 1, 5);
    }
}
