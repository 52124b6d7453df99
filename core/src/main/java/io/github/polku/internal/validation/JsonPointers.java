package io.github.polku.internal.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * JSON Pointer (RFC 6901) helpers. Bean Validation property names equal JSON property names by
 * design (STYLE 4.4), so a property path maps one to one onto a pointer.
 */
public final class JsonPointers {

    /**
     * GH-14: the names of the arguments whose values are JSON Pointers into the same document, such
     * as the {@code reference} of {@code polku.path.dates.order}. They are relocated with the
     * violation, so that every pointer of a violation points from the root of the document.
     */
    private static final java.util.Set<String> POINTER_ARGUMENTS = java.util.Set.of("reference", "first");

    private JsonPointers() {
    }

    /**
     * Relocates the pointer arguments of a violation below a prefix.
     *
     * @param arguments  the arguments, not null
     * @param prefix  the pointer of the value the violation's pointers are relative to, not null
     * @return the arguments, pointer arguments prefixed, not null
     */
    public static java.util.Map<String, String> relocateArguments(java.util.Map<String, String> arguments, String prefix) {
        if (prefix.isEmpty() || arguments.keySet().stream().noneMatch(POINTER_ARGUMENTS::contains)) {
            return arguments;
        }
        java.util.Map<String, String> moved = new java.util.LinkedHashMap<>(arguments);
        for (String name : POINTER_ARGUMENTS) {
            String value = moved.get(name);
            if (value != null && isValid(value)) {
                moved.put(name, prefix + value);
            }
        }
        return moved;
    }

    /**
     * Checks a pointer's syntax: empty, or segments each starting with '/', with '~' only as
     * '~0' or '~1'.
     *
     * @param pointer the text to check, not null
     * @return true if it is a JSON Pointer
     */
    public static boolean isValid(String pointer) {
        if (pointer.isEmpty()) {
            return true;
        }
        if (pointer.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '~') {
                if (i + 1 >= pointer.length() || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Escapes one reference token ('~' to '~0', '/' to '~1').
     *
     * @param token the raw token, not null
     * @return the escaped token
     */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Converts a Bean Validation property path into a JSON Pointer. Iterable indexes and map keys
     * become their own segments; container element nodes ({@code <list element>}) add nothing.
     *
     * @param path the property path, not null
     * @return the pointer, {@code ""} for the root
     */
    public static String of(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            // HV puts the index or key of an element on the node *after* the container.
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(String.valueOf(node.getKey())));
            }
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }
}
