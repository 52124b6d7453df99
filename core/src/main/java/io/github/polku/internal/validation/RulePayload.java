package io.github.polku.internal.validation;

import io.github.polku.rules.RuleBook;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What {@code PolkuValidator} hands to every {@link RuleValidator} through Hibernate Validator's
 * constraint validator payload: the rule book and the date the value is judged on.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RulePayload {

    /** The time zone of "today" when no judging date is given: Finnish time. */
    public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final RuleBook rules;
    private final LocalDate judgedOn;

    private RulePayload(RuleBook rules, LocalDate judgedOn) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.judgedOn = Objects.requireNonNull(judgedOn, "judgedOn");
    }

    /**
     * Obtains a payload.
     *
     * @param rules the rule book, not null
     * @param judgedOn the judging date, not null
     * @return the payload, not null
     */
    public static RulePayload of(RuleBook rules, LocalDate judgedOn) {
        return new RulePayload(rules, judgedOn);
    }

    /**
     * Gets today's date in Finland ({@link #FINLAND}).
     *
     * @return today, not null
     */
    public static LocalDate today() {
        return LocalDate.now(FINLAND);
    }

    public RuleBook rules() {
        return rules;
    }

    public LocalDate judgedOn() {
        return judgedOn;
    }
}
