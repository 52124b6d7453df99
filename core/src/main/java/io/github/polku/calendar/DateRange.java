package io.github.polku.calendar;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of dates with a start and an optional end, both inclusive (fi: aikaväli, sv:
 * tidsintervall). A range without an end is open: it is still going on.
 * <p>
 * Used for the period of a service, a pause, a phase of a co-development process and the like.
 * The end is never before the start; a range of one day has the same start and end.
 * <pre>{@code
 * DateRange spring = DateRange.of(LocalDate.of(2020, 3, 16), LocalDate.of(2020, 5, 31));
 * DateRange ongoing = DateRange.startingOn(LocalDate.of(2020, 6, 1));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DateRange {

    /** The code of a text that is not a date range in ISO-8601 interval form. */
    public static final String FORMAT = "polku.dateRange.format";

    /** The code of a range whose end is before its start. */
    public static final String ORDER = "polku.dateRange.order";

    private final LocalDate start;
    private final LocalDate end;

    private DateRange(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains a closed range.
     *
     * @param start  the first day, not null
     * @param end  the last day, not null, not before {@code start}
     * @return the range, not null
     * @throws InvalidValueException with code {@value #ORDER} at {@code /end} if the end is before the
     *     start; its argument {@code reference} is the pointer {@code /start}, never a date
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            // The dates may be a client's (a service, a pause): point at the start, never quote it.
            throw InvalidValueException.of(Violation.error(ORDER, "/end", Map.of("reference", "/start")));
        }
        return new DateRange(start, end);
    }

    /**
     * Obtains a range with an optional end.
     *
     * @param start  the first day, not null
     * @param end  the last day, empty for an open range, not null
     * @return the range, not null
     * @throws InvalidValueException with code {@value #ORDER} if the end is before the start
     */
    public static DateRange of(LocalDate start, Optional<LocalDate> end) {
        return end.isPresent() ? of(start, end.get()) : startingOn(start);
    }

    /**
     * Obtains an open range that has started and not ended.
     *
     * @param start  the first day, not null
     * @return the range, not null
     */
    public static DateRange startingOn(LocalDate start) {
        return new DateRange(Objects.requireNonNull(start, "start"), null);
    }

    /**
     * Obtains a range from its ISO-8601 interval text, as {@link #toString()} writes it:
     * {@code 2020-03-16/2020-05-31} for a closed range, {@code 2020-06-01/..} for an open one.
     *
     * @param text  the text to parse, not null
     * @return the range, not null
     * @throws InvalidValueException with code {@value #FORMAT} if the text is not {@code start/end}
     *     or {@code start/..} with ISO-8601 dates, or {@value #ORDER} if the end is before the start;
     *     neither quotes the text, which may hold a client's dates
     */
    public static DateRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
            throw InvalidValueException.of(Violation.error(FORMAT, "", Map.of()));
        }
        LocalDate start = parseDate(s.substring(0, slash), "/start");
        String end = s.substring(slash + 1);
        return end.equals("..") ? startingOn(start) : of(start, parseDate(end, "/end"));
    }

    private static LocalDate parseDate(String text, String pointer) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidValueException.of(Violation.error(FORMAT, pointer, Map.of()));
        }
    }

    /**
     * Gets the first day.
     *
     * @return the start, not null
     */
    public LocalDate getStart() {
        return start;
    }

    /**
     * Gets the last day, if the range has ended.
     *
     * @return the end, empty for an open range, not null
     */
    public Optional<LocalDate> getEnd() {
        return Optional.ofNullable(end);
    }

    /**
     * Checks if the range has no end.
     *
     * @return true if open
     */
    public boolean isOpen() {
        return end == null;
    }

    /**
     * Checks if a date lies in the range, ends included.
     *
     * @param date  the date, not null
     * @return true if {@code start <= date} and, for a closed range, {@code date <= end}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /**
     * Checks if this range shares at least one day with another.
     *
     * @param other  the other range, not null
     * @return true if they overlap
     */
    public boolean overlaps(DateRange other) {
        return (end == null || !other.start.isAfter(end)) && (other.end == null || !start.isAfter(other.end));
    }

    /**
     * Counts the days of the range, both ends included, up to the given date for an open range.
     *
     * @param asOf  the date an open range is measured to, not null
     * @return the number of days, zero if an open range starts after {@code asOf}
     */
    public long lengthInDays(LocalDate asOf) {
        LocalDate last = end != null ? end : asOf;
        return last.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, last) + 1;
    }

    /**
     * Returns a copy of this range starting on the given day, with the same end (or none).
     *
     * @param newStart  the first day, not null, not after the end
     * @return the range, not null
     * @throws InvalidValueException with code {@value #ORDER} if the range has an end before
     *     {@code newStart}
     */
    public DateRange withStart(LocalDate newStart) {
        return end == null ? startingOn(newStart) : of(newStart, end);
    }

    /**
     * Returns a copy of this range ending on the given day.
     *
     * @param newEnd  the last day, not null, not before the start
     * @return the closed range, not null
     * @throws InvalidValueException if the end is before the start
     */
    public DateRange withEnd(LocalDate newEnd) {
        return of(start, newEnd);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof DateRange)) {
            return false;
        }
        DateRange other = (DateRange) obj;
        return start.equals(other.start) && Objects.equals(end, other.end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + Objects.hashCode(end);
    }

    /**
     * Returns the range in ISO-8601 interval form, {@code 2020-03-16/2020-05-31}, or
     * {@code 2020-06-01/..} for an open range.
     *
     * @return the range as text, not null
     */
    @Override
    public String toString() {
        return start + "/" + (end == null ? ".." : end.toString());
    }
}
