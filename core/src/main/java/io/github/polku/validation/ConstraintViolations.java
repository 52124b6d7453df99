package io.github.polku.validation;

import io.github.polku.internal.validation.JsonPointers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/** Converts Bean Validation constraint violations into Polku violations. */
final class ConstraintViolations {

    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload", "flags", "regexp",
            "inclusive");

    private ConstraintViolations() {
    }

    /**
     * Converts one constraint violation. The pointer is the property path; code, severity and
     * arguments come from the {@link ViolationPayload} when a rule validator raised it, otherwise
     * from the message template and the constraint's payload and attributes.
     */
    static Violation from(ConstraintViolation<?> cv) {
        String pointer = JsonPointers.of(cv.getPropertyPath());
        ViolationPayload payload = payload(cv);
        if (payload != null) {
            return Violation.builder()
                    .code(payload.getCode())
                    .severity(payload.getSeverity())
                    .path(pointer)
                    // GH-14: pointer arguments are relative to the constrained value; make them absolute
                    .putAllArguments(JsonPointers.relocateArguments(payload.getArguments(),
                            constrainedValue(pointer, payload.getPointer())))
                    .build();
        }
        ConstraintDescriptor<?> descriptor = cv.getConstraintDescriptor();
        return Violation.builder()
                .code(code(cv.getMessageTemplate()))
                .severity(severity(descriptor.getPayload()))
                .path(pointer)
                .putAllArguments(arguments(descriptor.getAttributes()))
                .build();
    }

    /** The pointer of the constrained value: the violation's pointer without the rule's relative part. */
    private static String constrainedValue(String pointer, String relative) {
        return !relative.isEmpty() && pointer.endsWith(relative)
                ? pointer.substring(0, pointer.length() - relative.length()) : pointer;
    }

    private static String code(String template) {
        // "{code}" for Polku's constraints; an application's own constraint may say anything
        int close = template.indexOf('}');
        String code = template.startsWith("{") && close > 0 ? template.substring(1, close) : template;
        if (code.endsWith(".message")) {
            code = code.substring(0, code.length() - ".message".length());
        }
        return code;
    }

    private static ViolationPayload payload(ConstraintViolation<?> cv) {
        if (cv instanceof HibernateConstraintViolation) {
            return ((HibernateConstraintViolation<?>) cv).getDynamicPayload(ViolationPayload.class);
        }
        return null;
    }

    static Severity severity(Set<Class<? extends Payload>> payload) {
        if (payload.contains(Severity.Warning.class)) {
            return Severity.WARNING;
        }
        if (payload.contains(Severity.Info.class)) {
            return Severity.INFO;
        }
        return Severity.ERROR;
    }

    private static Map<String, String> arguments(Map<String, Object> attributes) {
        Map<String, String> arguments = new LinkedHashMap<>();
        // sorted, so the order does not depend on how the annotation was declared
        for (Map.Entry<String, Object> e : new TreeMap<>(attributes).entrySet()) {
            Object value = e.getValue();
            if (!NOT_ARGUMENTS.contains(e.getKey()) && (value instanceof Number || value instanceof CharSequence
                    || value instanceof Boolean || value instanceof Enum)) {
                arguments.put(e.getKey(), String.valueOf(value));
            }
        }
        return arguments;
    }
}
