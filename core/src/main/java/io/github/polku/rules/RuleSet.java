package io.github.polku.rules;

import io.github.polku.calendar.FinnishCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The legal numbers in force from one date on (fi: säännöstö, sv: regelverk).
 * <p>
 * A rule set holds a value for every {@link LegalNumber}, the date from which it applies and a
 * citation of its source. Rule sets are collected in a {@link RuleBook}, which picks the one in
 * force on a given date.
 * <pre>{@code
 * RuleSet in2024 = RuleBook.finland().getEffective(LocalDate.of(2024, 5, 1));
 * int maxDays = in2024.getInt(LegalNumber.RWA_MAX_DAYS_PER_WEEK);   // 4
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RuleSet {

    RuleSet() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a rule set.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the first date on which this rule set applies.
     *
     * @return the date, not null
     */
    public abstract LocalDate getEffectiveFrom();

    /**
     * Gets the citation of the statutes and amendments this rule set follows.
     *
     * @return the source, not null
     */
    public abstract String getSource();

    /**
     * Gets every legal number of this set.
     *
     * @return the values by number, complete, not null
     */
    public abstract Map<LegalNumber, BigDecimal> getValues();

    /**
     * Gets one legal number.
     *
     * @param number  the number, not null
     * @return the value, not null
     */
    public BigDecimal get(LegalNumber number) {
        return getValues().get(number);
    }

    /**
     * Gets one legal number that is a whole number, such as a count of days.
     *
     * @param number  the number, not null
     * @return the value
     * @throws ArithmeticException if the value has a fractional part
     */
    public int getInt(LegalNumber number) {
        return get(number).intValueExact();
    }

    /**
     * Obtains the last day of a statutory time limit, given the last day as counted from its
     * start: moved to the next working day if it is a day off and
     * {@link LegalNumber#TIME_LIMIT_EXTENDED_PAST_DAY_OFF} is in force, otherwise unchanged.
     * <p>
     * Section 5 of the Act on the computation of statutory time limits (150/1930) lets an act
     * whose time limit ends on a Sunday or another public holiday, Independence Day, May Day,
     * Christmas Eve, Midsummer Eve or a Saturday be done on the first working day after it
     * ({@link FinnishCalendar#nextWorkingDayIfDayOff(LocalDate)}). THL's child-welfare handbook
     * counts the time limits of the Social Welfare Act (1301/2014, section 36) under that Act, so
     * Polku applies this method to every time limit of section 36 it checks: the start of a
     * service need assessment by the seventh working day (always a working day already, so
     * unchanged) and the completion of the assessment of a child needing special support within
     * three months (which can end on any day). It does not apply it to lengths of periods that are
     * not time limits for doing an act, such as the length of a period of rehabilitative work
     * activity, nor to an urgent assessment, which must start at once.
     * <pre>{@code
     * RuleSet rules = RuleBook.finland().getEffective(LocalDate.of(2024, 9, 24));
     * rules.lastDayOfTimeLimit(LocalDate.of(2024, 12, 24));   // 2024-12-27, the Friday after Christmas
     * }</pre>
     *
     * @param countedLastDay  the last day of the time limit as counted from its start, not null
     * @return the day by which the act may be done, not null
     * @throws java.time.DateTimeException if the day or the result is outside
     *     {@link FinnishCalendar#SUPPORTED_YEARS}
     */
    public LocalDate lastDayOfTimeLimit(LocalDate countedLastDay) {
        Objects.requireNonNull(countedLastDay, "countedLastDay");
        if (getInt(LegalNumber.TIME_LIMIT_EXTENDED_PAST_DAY_OFF) == 0) {
            return countedLastDay;
        }
        return FinnishCalendar.nextWorkingDayIfDayOff(countedLastDay);
    }

    /**
     * Checks that every legal number has a value and none is negative.
     *
     * @throws IllegalArgumentException if a number is missing or negative
     */
    @Value.Check
    protected void checkComplete() {
        Set<LegalNumber> missing = EnumSet.allOf(LegalNumber.class);
        missing.removeAll(getValues().keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Rule set from " + getEffectiveFrom() + " lacks " + missing);
        }
        for (Map.Entry<LegalNumber, BigDecimal> e : getValues().entrySet()) {
            if (e.getValue().signum() < 0) {
                throw new IllegalArgumentException(e.getKey() + " must not be negative");
            }
        }
    }

    /**
     * Builder for {@code RuleSet}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableRuleSet.Builder {
        /** Creates an empty builder; use {@link RuleSet#builder()}. */
        Builder() {
        }
    }
}
