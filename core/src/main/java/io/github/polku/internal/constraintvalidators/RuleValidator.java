package io.github.polku.internal.constraintvalidators;

import io.github.polku.internal.validation.RulePayload;
import io.github.polku.rules.RuleBook;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Base of Polku's class-level rule validators. One constraint annotation on a type runs one
 * validator, which may raise any number of violations, each with its own code, severity, pointer
 * and arguments (reported natively by {@link RuleContext}, with a
 * {@link io.github.polku.validation.ViolationPayload}). Legal numbers come from the
 * {@link RuleBook} given to the validator, never from literals.
 *
 * @param <A> the constraint annotation
 * @param <T> the validated type
 */
public abstract class RuleValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        RulePayload payload = hibernate.getConstraintValidatorPayload(RulePayload.class);
        if (payload == null) {
            // Run by a plain Jakarta Validator: the Finnish rule book, judged as of today.
            payload = RulePayload.of(RuleBook.finland(), RulePayload.today());
        }
        RuleContext rc = new RuleContext(hibernate, payload.rules(), payload.judgedOn());
        check(value, rc);
        return rc.isValid();
    }

    /**
     * Checks the rules of this constraint on a non-null value and reports each breach.
     *
     * @param value the value, not null
     * @param context where to report violations and find the rule book, not null
     */
    protected abstract void check(T value, RuleContext context);
}
