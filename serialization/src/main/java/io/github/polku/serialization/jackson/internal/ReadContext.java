package io.github.polku.serialization.jackson.internal;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.InvalidValueException;
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

    /** The longest property name or map key a violation repeats. */
    static final int MAX_ECHOED_NAME = 64;

    private final boolean strict;
    private final int maxViolations;
    private final List<Violation> violations = new ArrayList<>();
    /** How many violations were left out over the cap, and the highest severity among them. */
    private long leftOut;
    private Severity leftOutSeverity;
    private String[] segments = new String[16];
    private int depth;

    /**
     * Creates a context.
     *
     * @param strict  whether unknown properties are errors (else warnings)
     */
    public ReadContext(boolean strict) {
        this(strict, Integer.MAX_VALUE);
    }

    /**
     * Creates a context that keeps at most {@code maxViolations} violations and counts the rest.
     *
     * @param strict  whether unknown properties are errors (else warnings)
     * @param maxViolations  the number of violations kept, positive
     */
    public ReadContext(boolean strict, int maxViolations) {
        this.strict = strict;
        this.maxViolations = maxViolations;
    }

    /**
     * Checks if unknown properties are errors.
     *
     * @return true if strict, false if they are warnings
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Enters a property or map key.
     *
     * @param name  the name, not null
     */
    public void push(String name) {
        if (depth == segments.length) {
            String[] bigger = new String[depth * 2];
            System.arraycopy(segments, 0, bigger, 0, depth);
            segments = bigger;
        }
        segments[depth++] = name;
    }

    /**
     * Enters an array item.
     *
     * @param index  the index, zero or more
     */
    public void push(int index) {
        push(Integer.toString(index));
    }

    /** Leaves the property, key or item entered last. */
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
            String s = segments[i];
            if (!isPlausibleName(s)) {
                // GH-10: a property name or map key from the input that does not look like one (a
                // broken quote can turn an identity code or a name into a property name) is never
                // echoed: the violation points at the nearest plausible ancestor instead
                break;
            }
            sb.append('/');
            if (s.indexOf('~') < 0 && s.indexOf('/') < 0) {
                sb.append(s);
            } else {
                sb.append(s.replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
    }

    /**
     * Cuts a JSON Pointer before its first segment that must not be repeated (see
     * {@link #isPlausibleName(String)}), whether it was built here or by the parser.
     *
     * @param pointer  a JSON Pointer, not null
     * @return the pointer or its nearest plausible ancestor, not null
     */
    static String plausible(String pointer) {
        int start = 0;
        while (start < pointer.length()) {
            int end = pointer.indexOf('/', start + 1);
            if (end < 0) {
                end = pointer.length();
            }
            String segment = pointer.substring(start + 1, end).replace("~1", "/").replace("~0", "~");
            if (!isPlausibleName(segment)) {
                return pointer.substring(0, start);
            }
            start = end;
        }
        return pointer;
    }

    /**
     * Checks if a pointer segment may be repeated in a violation: 1-64 visible ASCII characters
     * (no space, so no full name), and nothing shaped like a personal identity code.
     *
     * @param segment  the segment, not null
     * @return true if it may be echoed
     */
    static boolean isPlausibleName(String segment) {
        int n = segment.length();
        if (n == 0 || n > MAX_ECHOED_NAME) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = segment.charAt(i);
            if (ch <= ' ' || ch > '~') {      // visible ASCII only: no spaces, controls or other scripts
                return false;
            }
        }
        return !Identifiers.holdsIdentityCode(segment);
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
        if (!full(Severity.ERROR)) {
            add(code, Severity.ERROR, pointer(), arguments);
        }
        return INVALID;
    }

    /**
     * Records an error at a child of the current pointer.
     *
     * @param child  the property name or index, not null
     * @param code  the code, not null
     * @param arguments  name/value pairs
     * @return {@link #INVALID}
     */
    public Object errorAt(String child, String code, Object... arguments) {
        if (!full(Severity.ERROR)) {
            add(code, Severity.ERROR, pointer(child), arguments);
        }
        return INVALID;
    }

    /**
     * Checks if the cap is reached; if so, counts one more violation of that severity as left out.
     * Why count instead of keep: a 16 MiB document can hold millions of wrong values, and keeping a
     * violation for each exhausts any heap.
     */
    private boolean full(Severity severity) {
        if (violations.size() < maxViolations) {
            return false;
        }
        leftOut++;
        if (leftOutSeverity == null || severity.compareTo(leftOutSeverity) < 0) {
            leftOutSeverity = severity;
        }
        return true;
    }

    /**
     * Records a violation at a pointer, cut to its plausible part, unless the cap is reached.
     *
     * @param code  the code, not null
     * @param severity  the severity, not null
     * @param pointer  the JSON Pointer, not null
     * @param arguments  name/value pairs
     */
    public void add(String code, Severity severity, String pointer, Object... arguments) {
        if (full(severity)) {
            return;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            args.put((String) arguments[i], arguments[i + 1]);
        }
        violations.add(Violation.of(code, severity, plausible(pointer), args));
    }

    /**
     * Records an unknown property of the current object: an error when strict, else a warning.
     *
     * @param name  the property name, not null
     */
    public void unknownProperty(String name) {
        Severity severity = strict ? Severity.ERROR : Severity.WARNING;
        if (!full(severity)) {
            add(JsonCodes.UNKNOWN_PROPERTY, severity, pointer(name));
        }
    }

    /**
     * Records violations found in the current value, their pointers prefixed with its pointer.
     *
     * @param found  the violations, not null
     */
    public void relocate(List<Violation> found) {
        String prefix = pointer();
        for (Violation v : found) {
            if (!full(v.getSeverity())) {
                violations.add(v.atLocation(prefix));
            }
        }
    }

    /**
     * Records violations whose pointers are already relative to the document.
     *
     * @param found  the violations, not null
     */
    public void addAll(List<Violation> found) {
        for (Violation v : found) {
            if (!full(v.getSeverity())) {
                violations.add(v);
            }
        }
    }

    /**
     * Gets the violations kept, followed, if any were left out over the cap, by one
     * {@link JsonCodes#LIMIT_VIOLATIONS} violation at the document that counts them, with the
     * highest severity among them (a left-out error keeps the document invalid).
     *
     * @return a new list, not null
     */
    public List<Violation> finish() {
        List<Violation> all = new ArrayList<>(violations.size() + 1);
        all.addAll(violations);
        if (leftOut > 0) {
            all.add(Violation.of(JsonCodes.LIMIT_VIOLATIONS, leftOutSeverity, "",
                    Map.of("max", maxViolations, "more", leftOut)));
        }
        return all;
    }

    /**
     * Gets the violations found so far.
     *
     * @return the live list, not null
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Turns the failure of a factory or builder into violations at the current pointer.
     *
     * @param failure  the failure, not null
     * @return {@link #INVALID}
     */
    Object failed(RuntimeException failure) {
        if (failure instanceof InvalidValueException) {
            relocate(((InvalidValueException) failure).getViolations());
            return INVALID;
        }
        if (failure instanceof IncompleteValueException) {
            return error(JsonCodes.REQUIRED);
        }
        return error(JsonCodes.INVALID);
    }
}
