package io.github.polku.internal.validation;

import io.github.polku.validation.Severity;
import java.util.Map;

/**
 * What a {@link RuleValidator} attaches to each constraint violation it raises, as Hibernate
 * Validator's dynamic payload: the severity, the pointer below the validated bean, and the named
 * arguments. The message template carries the code.
 *
 * @param severity the severity
 * @param relativePointer the JSON Pointer below the constrained bean, "" for the bean itself
 * @param arguments the named, non-personal message arguments
 */
public record ViolationDetail(Severity severity, String relativePointer, Map<String, String> arguments) {
}
