package io.github.polku.internal.validation;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Map;
import java.util.regex.Pattern;

/** Shared format rule of Polku's identifier types (ClientId, PathId, GoalId, ...). */
public final class Identifiers {

    /** The code of a malformed identifier. */
    public static final String FORMAT = "polku.id.format";

    /** The code of an identifier shaped like a personal identity code. */
    public static final String IDENTITY_CODE = "polku.id.identityCode";

    /** The shape of a Finnish personal identity code, any century sign, any case. */
    private static final Pattern IDENTITY_CODE_SHAPE = Pattern.compile("(?i)[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]");

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
     * @throws InvalidValueException with code {@value #FORMAT} if malformed, or
     *     {@value #IDENTITY_CODE} if shaped like a personal identity code
     */
    public static String check(String value, String kind) {
        if (!ID.matcher(value).matches()) {
            // never echo the value: an integrator may have put personal data in it
            throw InvalidValueException.of(Violation.error(FORMAT, "", Map.of("kind", kind, "max", 64)));
        }
        if (IDENTITY_CODE_SHAPE.matcher(value).matches()) {
            // identifiers are shown in reports, evidence and cohort summaries: keep them pseudonymous
            throw InvalidValueException.of(Violation.error(IDENTITY_CODE, "", Map.of("kind", kind)));
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
        return ID.matcher(value).matches() && !IDENTITY_CODE_SHAPE.matcher(value).matches();
    }
}
