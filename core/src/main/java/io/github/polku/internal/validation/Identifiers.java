package io.github.polku.internal.validation;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Map;
import java.util.regex.Pattern;

/** Shared format rule of Polku's identifier types (ClientId, PathId, GoalId, ...). */
public final class Identifiers {

    /** The code of a malformed identifier. */
    public static final String FORMAT = "polku.id.format";

    /** 1-64 characters: letters, digits and . _ : - ; starting with a letter or digit. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private Identifiers() {
    }

    /**
     * Checks an identifier's format.
     *
     * @param value the identifier, not null
     * @param kind the type name for the message, e.g. "ClientId"
     * @return the value
     * @throws InvalidValueException with code {@value #FORMAT} if malformed
     */
    public static String check(String value, String kind) {
        if (!ID.matcher(value).matches()) {
            // never echo the value: an integrator may have put personal data in it
            throw InvalidValueException.of(Violation.error(FORMAT, "", Map.of("kind", kind, "max", 64)));
        }
        return value;
    }

    /**
     * Checks if an identifier is well formed, without throwing.
     *
     * @param value the identifier, not null
     * @return true if {@link #check} would accept it
     */
    public static boolean isValid(String value) {
        return ID.matcher(value).matches();
    }
}
