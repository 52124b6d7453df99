package io.github.polku.serialization.jackson.internal;

import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one read: the options, the violations found so far and the JSON Pointer of the
 * value being read. The pointer is kept as a stack of segments and only turned into a string
 * when a violation needs it, so a valid document costs no pointer strings.
 */
public final class ReadContext {

    /** Marks a value that could not be read; its violations are already recorded. */
    public static final Object INVALID = new Object();

    private final boolean strict;
    private final List<Violation> violations = new ArrayList<>();
    private String[] segments = new String[16];
    private int depth;

    /**
     * Creates a context.
     *
     * @param strict  whether unknown properties are errors (else warnings)
     */
    public ReadContext(boolean strict) {
        this.strict = strict;
    }

    /**
     * Creates a context whose pointers start below a prefix, for a document inside a stream.
     *
     * @param strict  whether unknown properties are errors
     * @param prefix  the pointer segments to start from, not null
     * @return the context, not null
     */
    public static ReadContext below(boolean strict, String... prefix) {
        ReadContext c = new ReadContext(strict);
        for (String s : prefix) {
            c.push(s);
        }
        return c;
    }

    public boolean isStrict() {
        return strict;
    }

    public void push(String name) {
        if (depth == segments.length) {
            String[] bigger = new String[depth * 2];
            System.arraycopy(segments, 0, bigger, 0, depth);
            segments = bigger;
        }
        segments[depth++] = name;
    }

    public void push(int index) {
        push(Integer.toString(index));
    }

    public void pop() {
        depth--;
    }

    /**
     * Gets the JSON Pointer of the current value.
     *
     * @return the pointer, not null, {@code ""} for the document
     */
    public String pointer() {
        if (depth == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append('/');
            String s = segments[i];
            if (s.indexOf('~') < 0 && s.indexOf('/') < 0) {
                sb.append(s);
            } else {
                sb.append(s.replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
    }

    String pointer(String child) {
        push(child);
        try {
            return pointer();
        } finally {
            pop();
        }
    }

    /**
     * Records an error at the current pointer.
     *
     * @param code  the code, not null
     * @param arguments  name/value pairs
     * @return {@link #INVALID}
     */
    public Object error(String code, Object... arguments) {
        add(code, Severity.ERROR, pointer(), arguments);
        return INVALID;
    }

    public Object errorAt(String child, String code, Object... arguments) {
        add(code, Severity.ERROR, pointer(child), arguments);
        return INVALID;
    }

    public void add(String code, Severity severity, String pointer, Object... arguments) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            args.put((String) arguments[i], arguments[i + 1]);
        }
        violations.add(Violation.of(code, severity, pointer, args));
    }

    public void unknownProperty(String name) {
        add(JsonCodes.UNKNOWN_PROPERTY, strict ? Severity.ERROR : Severity.WARNING, pointer(name));
    }

    public void relocate(List<Violation> found) {
        String prefix = pointer();
        for (Violation v : found) {
            violations.add(v.atLocation(prefix));
        }
    }

    public void addAll(List<Violation> found) {
        violations.addAll(found);
    }

    /**
     * Gets the violations found so far.
     *
     * @return the live list, not null
     */
    public List<Violation> violations() {
        return violations;
    }

    public boolean hasErrors() {
        for (Violation v : violations) {
            if (v.getSeverity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }
}
