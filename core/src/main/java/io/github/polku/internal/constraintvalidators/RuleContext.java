package io.github.polku.internal.constraintvalidators;

import io.github.polku.internal.validation.JsonPointers;
import io.github.polku.rules.RuleBook;
import io.github.polku.validation.Severity;
import java.time.LocalDate;
import io.github.polku.validation.Violation;
import io.github.polku.validation.ViolationPayload;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** What a {@link RuleValidator} reports to: violations, the rule book in force and the judging date. */
public final class RuleContext {

    private final HibernateConstraintValidatorContext context;
    private final RuleBook rules;
    private final LocalDate judgedOn;
    private boolean valid = true;
    private int reported;

    RuleContext(HibernateConstraintValidatorContext context, RuleBook rules, LocalDate judgedOn) {
        this.context = context;
        this.rules = rules;
        this.judgedOn = judgedOn;
    }

    /**
     * Gets the date the value is judged on: no event it records can have happened after it.
     *
     * @return the judging date, not null
     */
    public LocalDate judgedOn() {
        return judgedOn;
    }

    /**
     * Gets the rule book with the legal numbers.
     *
     * @return the rule book, not null
     */
    public RuleBook rules() {
        return rules;
    }

    /**
     * Reports a violation through Hibernate Validator's own API, so that any Jakarta Validator
     * reports it right: the pointer becomes property nodes (list indexes on the node after the
     * list, as Hibernate Validator does), the arguments become message parameters of the template
     * {@code {code}}, and the code, severity and arguments travel as a {@link ViolationPayload}.
     *
     * @param severity the severity
     * @param code the code, also the message key
     * @param pointer the JSON Pointer below the validated value, "" for the value itself
     * @param arguments alternating argument names and values; values are converted with
     *     {@link String#valueOf(Object)} and must hold no personal data
     */
    public void report(Severity severity, String code, String pointer, Object... arguments) {
        if (arguments.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name-value pairs");
        }
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < arguments.length; i += 2) {
            named.put(String.valueOf(arguments[i]), String.valueOf(arguments[i + 1]));
        }
        if (valid) {
            context.disableDefaultConstraintViolation();
            valid = false;
        }
        // Parameters and payload are copied into each violation when it is added. Hibernate
        // Validator inserts parameter values as literal text, never as an expression
        // (ExpressionLanguageTest).
        for (Map.Entry<String, String> e : named.entrySet()) {
            context.addMessageParameter(e.getKey(), e.getValue());
        }
        context.withDynamicPayload(ViolationPayload.of(code, severity, named, pointer));
        PropertyNodes.add(context.buildConstraintViolationWithTemplate("{" + code + "}"), pointer);
    }

    /**
     * Reports a violation found by another check (for example an instrument checking a
     * measurement) below the given pointer, keeping its code, severity and arguments.
     *
     * @param violation the violation, its path relative to {@code prefix}
     * @param prefix the pointer of the checked value below the validated value
     */
    public void report(Violation violation, String prefix) {
        Object[] arguments = new Object[violation.getArguments().size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : JsonPointers.relocateArguments(violation.getArguments(), prefix).entrySet()) {
            arguments[i++] = e.getKey();
            arguments[i++] = e.getValue();
        }
        report(violation.getSeverity(), violation.getCode(), prefix + violation.getPath(), arguments);
    }

    /**
     * Reports an {@link Severity#ERROR}.
     *
     * @param code the code
     * @param pointer the pointer below the validated value
     * @param arguments name-value pairs
     */
    public void error(String code, String pointer, Object... arguments) {
        report(Severity.ERROR, code, pointer, arguments);
    }

    /**
     * Reports a {@link Severity#WARNING}.
     *
     * @param code the code
     * @param pointer the pointer below the validated value
     * @param arguments name-value pairs
     */
    public void warning(String code, String pointer, Object... arguments) {
        report(Severity.WARNING, code, pointer, arguments);
    }

    /**
     * Reports an {@link Severity#INFO}.
     *
     * @param code the code
     * @param pointer the pointer below the validated value
     * @param arguments name-value pairs
     */
    public void info(String code, String pointer, Object... arguments) {
        report(Severity.INFO, code, pointer, arguments);
    }

    boolean isValid() {
        return valid;
    }
}
