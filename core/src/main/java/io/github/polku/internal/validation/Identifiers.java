package io.github.polku.internal.validation;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Shared format rule of Polku's identifier types (ClientId, PathId, GoalId, ...) and the one
 * identity-code rule (GH-17, GH-21): an identifier, free code or reference shaped like a Finnish
 * personal identity code is refused with {@value #IDENTITY_CODE}, wherever it is read, because such
 * values are printed by {@code toString()}, in reports and evidence; a text built from parts
 * (property name, pointer, message argument) may not hold one anywhere. Exported to the
 * serialization module, which applies the same rule to property names and received reports.
 */
public final class Identifiers {

    /** The code of a malformed identifier. */
    public static final String FORMAT = "polku.id.format";

    /** The code of an identifier shaped like a personal identity code. */
    public static final String IDENTITY_CODE = "polku.id.identityCode";

    /**
     * The shape of a Finnish personal identity code: six digits, a century sign, three digits and a
     * control character. The only place the shape is written down; the JSON Schema of the
     * identity-code property uses it too.
     */
    public static final String IDENTITY_CODE_REGEX = "[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]";

    /**
     * The shape as a whole-value ECMA-262 pattern for JSON Schema, which has no case-insensitive flag:
     * each letter range of {@link #IDENTITY_CODE_REGEX} is given in both cases, as the reader accepts.
     */
    public static final String IDENTITY_CODE_SCHEMA_PATTERN = "^" + IDENTITY_CODE_REGEX
            .replace("A-FU-Y", "A-FU-Ya-fu-y").replace("0-9A-Y", "0-9A-Ya-y") + "$";

    /** The shape in any case, found anywhere in a text. */
    private static final Pattern IDENTITY_CODE_SHAPE = Pattern.compile(IDENTITY_CODE_REGEX, Pattern.CASE_INSENSITIVE);

    /** The length of a personal identity code: a shorter text cannot hold one. */
    private static final int IDENTITY_CODE_LENGTH = 11;

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
        if (isIdentityCode(value)) {
            // identifiers are shown in reports, evidence and cohort summaries: keep them pseudonymous
            throw InvalidValueException.of(Violation.error(IDENTITY_CODE, "", Map.of("kind", kind)));
        }
        if (!ID.matcher(value).matches()) {
            // never echo the value: an integrator may have put personal data in it
            throw InvalidValueException.of(Violation.error(FORMAT, "", Map.of("kind", kind, "max", 64)));
        }
        return value;
    }

    /**
     * Checks if a whole value (an identifier, code or reference) is shaped like a personal identity
     * code, in any case. A value only containing one ({@code P-131052-308T}) is not: identifiers
     * are checked as a whole, like the codes they could be confused with.
     *
     * @param value the value, not null
     * @return true if it is
     */
    public static boolean isIdentityCode(String value) {
        return value.length() == IDENTITY_CODE_LENGTH && IDENTITY_CODE_SHAPE.matcher(value).matches();
    }

    /**
     * Checks if a text holds something shaped like a personal identity code, anywhere, in any case:
     * the rule for texts built from parts, such as property names, pointers and message arguments.
     *
     * @param text the text, not null
     * @return true if it does
     */
    public static boolean holdsIdentityCode(String text) {
        return text.length() >= IDENTITY_CODE_LENGTH && IDENTITY_CODE_SHAPE.matcher(text).find();
    }

    /**
     * Adds a {@value #IDENTITY_CODE} violation if a free code or reference is shaped like an identity code.
     *
     * @param value the value, not null
     * @param attribute the attribute name, also the violation's pointer below the value and its {@code kind}
     * @param into the violations found so far, not null
     */
    public static void checkFree(String value, String attribute, List<Violation> into) {
        if (isIdentityCode(value)) {
            into.add(Violation.error(IDENTITY_CODE, "/" + attribute, Map.of("kind", attribute)));
        }
    }

    /**
     * Checks that a free code or reference is not shaped like an identity code.
     *
     * @param value the value, not null
     * @param attribute the attribute name, also the violation's pointer below the value and its {@code kind}
     * @throws InvalidValueException with code {@value #IDENTITY_CODE} if it does
     */
    public static void requireFree(String value, String attribute) {
        if (isIdentityCode(value)) {
            throw InvalidValueException.of(Violation.error(IDENTITY_CODE, "/" + attribute, Map.of("kind", attribute)));
        }
    }
}
