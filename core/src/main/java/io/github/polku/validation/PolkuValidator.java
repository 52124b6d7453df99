package io.github.polku.validation;

import io.github.polku.internal.validation.RulePayload;
import io.github.polku.rules.RuleBook;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the domain, legal and quality rules (tier 2) of Polku values and reports every problem
 * at once (fi: tarkistaja, sv: validerare).
 * <p>
 * Validation never throws for bad data: it returns a {@link ValidationReport} holding every
 * {@link Violation}, each with a JSON Pointer relative to the validated value. Legal numbers
 * (deadlines, days per week, hours per day, allowance) come from the {@link RuleBook} given at
 * creation, choosing the rule set in force on the date that each rule concerns.
 * <pre>{@code
 * PolkuValidator validator = PolkuValidator.shared();      // built once, shared everywhere
 * ValidationReport report = validator.validate(path);
 * ValidationReport asOf = validator.validate(path, LocalDate.of(2025, 6, 30));
 * }</pre>
 * <p>
 * A value is judged on a date (fi: arviointipäivä, sv: bedömningsdag): an event it records
 * (a first contact, a start or completion of an assessment, a plan, a stage change, a measurement,
 * a closure) cannot have happened after that date, and is reported with
 * {@code polku.path.date.future}. {@link #validate(Object)} judges as of today in Finland
 * (Europe/Helsinki); {@link #validate(Object, LocalDate)} takes the date, for example to
 * re-check an archived document as of the day it was sent, and for reproducible results.
 * <p>
 * The validator wraps one Hibernate Validator instance configured without Expression Language:
 * message parameters are named values, and input is never interpolated. Building a validator is
 * costly; build it once and share it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PolkuValidator implements AutoCloseable {

    private static final class Default {
        static final PolkuValidator INSTANCE = new PolkuValidator(RuleBook.finland());
    }

    private final RuleBook rules;
    private final ValidatorFactory factory;
    /** The validator of the most recent judging date: most calls judge as of today. */
    private volatile Dated latest;

    /** A Hibernate validator that hands the rules and one judging date to the rule validators. */
    private static final class Dated {
        final LocalDate judgedOn;
        final Validator validator;

        Dated(LocalDate judgedOn, Validator validator) {
            this.judgedOn = judgedOn;
            this.validator = validator;
        }
    }

    private PolkuValidator(RuleBook rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .constraintValidatorPayload(RulePayload.of(rules, RulePayload.today()));
        this.factory = configuration.buildValidatorFactory();
    }

    private Validator validatorFor(LocalDate judgedOn) {
        Dated dated = latest;
        if (dated == null || !dated.judgedOn.equals(judgedOn)) {
            // Validators of one factory share its metadata and constraint validators: cheap to make.
            Validator validator = factory.unwrap(HibernateValidatorFactory.class).usingContext()
                    .constraintValidatorPayload(RulePayload.of(rules, judgedOn))
                    .getValidator();
            dated = new Dated(judgedOn, validator);
            latest = dated;
        }
        return dated.validator;
    }

    /**
     * Gets the shared validator with the built-in Finnish {@link RuleBook#finland() rule book}.
     * It lives as long as the class; there is nothing to close, so do not wrap it in
     * try-with-resources.
     *
     * @return the shared validator, the same instance on every call, not null
     * @since 0.1.0
     */
    public static PolkuValidator shared() {
        return Default.INSTANCE;
    }

    /**
     * Obtains the shared validator with the built-in Finnish {@link RuleBook#finland() rule book}.
     *
     * @return the shared validator, the same as {@link #shared()}, not null
     * @deprecated The name suggested a new validator that the caller owns and closes; it returns
     *     the shared one. Use {@link #shared()}.
     */
    @Deprecated(since = "0.1.0")
    public static PolkuValidator create() {
        return shared();
    }

    /**
     * Obtains a new validator that takes its legal numbers from the given rule book. The caller
     * owns it: build it once, share it, and {@link #close() close} it when it is no longer used.
     *
     * @param rules  the rule book, not null
     * @return a new validator, not null
     */
    public static PolkuValidator create(RuleBook rules) {
        return new PolkuValidator(rules);
    }

    /**
     * Gets the rule book this validator applies.
     *
     * @return the rule book, not null
     */
    public RuleBook getRules() {
        return rules;
    }

    /**
     * Validates a value and everything it contains, judged as of today in Finland
     * (Europe/Helsinki).
     *
     * @param value  the value to validate, not null
     * @return every violation found, pointers relative to {@code value}, not null
     */
    public ValidationReport validate(Object value) {
        return validate(value, RulePayload.today());
    }

    /**
     * Validates a value and everything it contains, judged as of the given date: an event the
     * value records that is dated after it is reported.
     *
     * @param value  the value to validate, not null
     * @param judgedOn  the date the value is judged on, not null
     * @return every violation found, pointers relative to {@code value}, not null
     */
    public ValidationReport validate(Object value, LocalDate judgedOn) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(judgedOn, "judgedOn");
        Set<? extends ConstraintViolation<?>> found = validatorFor(judgedOn).validate(value);
        if (found.isEmpty()) {
            return ValidationReport.empty();
        }
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<?> cv : found) {
            violations.add(ConstraintViolations.from(cv));
        }
        // Bean Validation returns a set: sort so that reports are deterministic.
        violations.sort(ViolationOrder.INSTANCE);
        return ValidationReport.of(violations);
    }

    /**
     * Releases the underlying validator factory of a validator from {@link #create(RuleBook)}.
     * Does nothing for the {@link #shared() shared} validator, which is never closed.
     */
    @Override
    public void close() {
        if (this != Default.INSTANCE) {
            factory.close();
        }
    }
}
