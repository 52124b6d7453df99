package io.github.polku.internal.validation;

import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/** Converts Bean Validation constraint violations into Polku violations. */
public final class Violations {

    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload", "flags", "regexp",
            "inclusive");

    private Violations() {
    }

    /**
     * Converts one constraint violation. The code is the message template without braces; the
     * severity, extra pointer and arguments come from a {@link ViolationDetail} when a
     * {@link RuleValidator} raised it, otherwise from the constraint's payload and attributes.
     *
     * @param cv the constraint violation, not null
     * @return the violation, not null
     */
    public static Violation from(ConstraintViolation<?> cv) {
        String template = cv.getMessageTemplate();
        // "{code}" for built-in constraints, "{code}#n" for RuleContext reports
        int close = template.indexOf('}');
        String code = template.startsWith("{") && close > 0 ? template.substring(1, close) : template;
        if (code.endsWith(".message")) {
            code = code.substring(0, code.length() - ".message".length());
        }
        String pointer = JsonPointers.of(cv.getPropertyPath());
        ViolationDetail detail = detail(cv);
        if (detail != null) {
            return Violation.builder()
                    .code(code)
                    .severity(detail.severity())
                    .path(pointer + detail.relativePointer())
                    .putAllArguments(JsonPointers.relocateArguments(detail.arguments(), pointer))
                    .build();
        }
        ConstraintDescriptor<?> descriptor = cv.getConstraintDescriptor();
        return Violation.builder()
                .code(code)
                .severity(severity(descriptor.getPayload()))
                .path(pointer)
                .putAllArguments(arguments(descriptor.getAttributes()))
                .build();
    }

    private static ViolationDetail detail(ConstraintViolation<?> cv) {
        if (cv instanceof HibernateConstraintViolation) {
            return ((HibernateConstraintViolation<?>) cv).getDynamicPayload(ViolationDetail.class);
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
