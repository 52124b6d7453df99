package io.github.polku.client;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Finnish personal identity code (fi: henkilötunnus, sv: personbeteckning), such as the
 * fictional {@code 131052-308T}.
 * <p>
 * A code has the form {@code DDMMYYCZZZQ}: the date of birth, a century sign, a three-digit
 * individual number and a control character. Since 1 January 2023 the century sign is part of
 * the identity: {@code 100190-999P} and {@code 100190Y999P} belong to different people, so this
 * class never normalises one sign to another and two codes are {@link #equals(Object) equal} only
 * when all eleven characters are.
 *
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Finnish</th><th>Swedish</th><th>Meaning</th></tr>
 *   <tr><td>personal identity code</td><td>henkilötunnus (hetu)</td><td>personbeteckning</td>
 *       <td>the whole eleven-character code</td></tr>
 *   <tr><td>date of birth</td><td>syntymäaika</td><td>födelsedatum</td>
 *       <td>{@code DDMMYY}, the first six characters</td></tr>
 *   <tr><td>century sign</td><td>välimerkki</td><td>skiljetecken</td>
 *       <td>{@code +} for 1800–1899; {@code -}, {@code Y}, {@code X}, {@code W}, {@code V},
 *       {@code U} for 1900–1999; {@code A}, {@code B}, {@code C}, {@code D}, {@code E}, {@code F}
 *       for 2000–2099</td></tr>
 *   <tr><td>individual number</td><td>yksilönumero</td><td>individnummer</td>
 *       <td>{@code ZZZ}: 002–899 for ordinary codes, 900–999 for temporary codes</td></tr>
 *   <tr><td>temporary code</td><td>tilapäinen henkilötunnus</td><td>tillfällig personbeteckning</td>
 *       <td>a code with an individual number 900–999, given for example in a hospital before the
 *       real code is known; also used by the fictional test persons of the Digital and
 *       Population Data Services Agency (DVV)</td></tr>
 *   <tr><td>control character</td><td>tarkistusmerkki</td><td>kontrolltecken</td>
 *       <td>{@code Q}: {@code "0123456789ABCDEFHJKLMNPRSTUVWXY"} at index
 *       {@code DDMMYYZZZ mod 31}; G, I, O, Q and Z are never used</td></tr>
 * </table>
 *
 * <h2>Validation</h2>
 * {@link #parse(CharSequence)} accepts ordinary codes only; {@link #parseAllowingTemporary(CharSequence)}
 * also accepts the temporary range 900–999. Both throw an {@link InvalidValueException} carrying
 * every problem found. {@link #check(CharSequence, boolean)} reports the same problems without
 * throwing, for readers that collect all problems of a document. All violations are errors at the
 * JSON Pointer {@code ""}; the caller relocates them with
 * {@link ValidationReport#atLocation(String)}.
 * <table>
 *   <caption>Violation codes</caption>
 *   <tr><th>Code</th><th>Arguments</th><th>Reported when</th></tr>
 *   <tr><td>{@value #FORMAT}</td><td>none</td><td>the text is not eleven characters, a character
 *       is not allowed at its position (whitespace included), the century sign is unknown, or the
 *       control character is not in the alphabet; nothing else is checked then</td></tr>
 *   <tr><td>{@value #DATE}</td><td>none</td><td>{@code DDMMYY} is not a calendar date in the
 *       century of the sign, for example 29 February 1900 or a 13th month</td></tr>
 *   <tr><td>{@value #INDIVIDUAL_NUMBER}</td><td>{@code min}, {@code max}: the allowed range,
 *       {@code 002} and {@code 899} (or {@code 999} when temporary codes are allowed)</td>
 *       <td>the individual number is 000 or 001, or 900–999 when temporary codes are not
 *       allowed</td></tr>
 *   <tr><td>{@value #CHECKSUM}</td><td>none</td><td>the control character does not match</td></tr>
 * </table>
 * When the format is right, the date, individual-number and checksum problems are all reported,
 * in that order. No violation, argument or exception message contains the code or any part of it.
 * <p>
 * Lower-case letters are accepted and upper-cased (ASCII letters only), as the population register
 * writes the code in upper case; {@code 131052a308t} is the same code as {@code 131052A308T}. No
 * other change is made: surrounding or inner whitespace is a format error.
 * <p>
 * The code is personal data. {@link #toString()} is masked; use {@link #toUnmaskedString()} to
 * store or send the code. Legal sex is deliberately not derived from the individual number: codes
 * issued in the future may not encode it. Whether the date of birth lies in the future is not
 * checked here, as that needs a clock.
 * <pre>{@code
 * PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");
 * LocalDate born = code.getBirthDate();                       // 1952-10-13
 * ValidationReport report = PersonalIdentityCode.check(text, false).atLocation("/identityCode");
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PersonalIdentityCode {

    /** The code of a text that does not have the shape of a personal identity code. */
    public static final String FORMAT = "polku.identityCode.format";
    /** The code of a date of birth that does not exist in the century of the century sign. */
    public static final String DATE = "polku.identityCode.date";
    /** The code of an individual number outside the allowed range. */
    public static final String INDIVIDUAL_NUMBER = "polku.identityCode.individualNumber";
    /** The code of a control character that does not match the date and individual number. */
    public static final String CHECKSUM = "polku.identityCode.checksum";

    /** The number of characters in a code. */
    private static final int LENGTH = 11;
    /** The index of the century sign. */
    private static final int SIGN_INDEX = 6;
    /** The index of the control character. */
    private static final int CONTROL_INDEX = 10;
    /** The control characters, indexed by {@code DDMMYYZZZ mod 31} (DVV). */
    private static final String CONTROL_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    /**
     * Individual numbers. These are fixed by the structure of the code, not by a social welfare
     * statute with an effective date, so they are constants here and not in the rule book.
     */
    private static final int MIN_INDIVIDUAL_NUMBER = 2;
    private static final int MAX_ORDINARY_INDIVIDUAL_NUMBER = 899;
    private static final int MIN_TEMPORARY_INDIVIDUAL_NUMBER = 900;
    private static final int MAX_TEMPORARY_INDIVIDUAL_NUMBER = 999;
    private static final String MASK = "PersonalIdentityCode[****]";

    /** The code in upper case, all eleven characters. */
    private final String text;
    private final LocalDate birthDate;

    private PersonalIdentityCode(String text, LocalDate birthDate) {
        this.text = text;
        this.birthDate = birthDate;
    }

    /**
     * Obtains an ordinary personal identity code from its text. The temporary individual numbers
     * 900–999 are rejected; use {@link #parseAllowingTemporary(CharSequence)} to accept them.
     *
     * @param text  the code, for example {@code 131052-308T}; lower-case letters are upper-cased; not null
     * @return the code, not null
     * @throws InvalidValueException if the text is not a valid ordinary code, carrying every
     *     violation that {@link #check(CharSequence, boolean) check(text, false)} reports
     */
    public static PersonalIdentityCode parse(CharSequence text) {
        return parse(text, false);
    }

    /**
     * Obtains a personal identity code from its text, accepting temporary codes with an individual
     * number 900–999 as well as ordinary ones.
     *
     * @param text  the code, for example {@code 010594Y9032}; lower-case letters are upper-cased; not null
     * @return the code, not null
     * @throws InvalidValueException if the text is not a valid code, carrying every violation that
     *     {@link #check(CharSequence, boolean) check(text, true)} reports
     */
    public static PersonalIdentityCode parseAllowingTemporary(CharSequence text) {
        return parse(text, true);
    }

    /**
     * Checks a text as a personal identity code and reports every problem without throwing.
     * <p>
     * If the format is wrong, the report holds one {@value #FORMAT} violation and nothing else is
     * checked. Otherwise it holds, in this order, a {@value #DATE}, a {@value #INDIVIDUAL_NUMBER}
     * and a {@value #CHECKSUM} violation for each part that is wrong. Every violation is an error
     * at the pointer {@code ""}.
     *
     * @param text  the text to check, not null
     * @param allowTemporary  true to accept the temporary individual numbers 900–999
     * @return the report, empty if the text is a valid code, not null
     */
    public static ValidationReport check(CharSequence text, boolean allowTemporary) {
        List<Violation> violations = new ArrayList<>(3);
        analyse(text, allowTemporary, violations);
        return ValidationReport.of(violations);
    }

    private static PersonalIdentityCode parse(CharSequence text, boolean allowTemporary) {
        List<Violation> violations = new ArrayList<>(3);
        PersonalIdentityCode code = analyse(text, allowTemporary, violations);
        if (code == null) {
            throw new InvalidValueException(violations);
        }
        return code;
    }

    /**
     * Checks the text, adding a violation for each problem.
     *
     * @return the code, or null if a violation was added
     */
    private static PersonalIdentityCode analyse(CharSequence input, boolean allowTemporary, List<Violation> violations) {
        Objects.requireNonNull(input, "text");
        String text = upperCase(input.toString());
        if (!hasFormat(text)) {
            violations.add(Violation.error(FORMAT, "", Map.of()));
            return null;
        }
        int day = number(text, 0, 2);
        int month = number(text, 2, 4);
        int year = century(text.charAt(SIGN_INDEX)) + number(text, 4, 6);
        int individual = number(text, 7, 10);
        LocalDate birthDate = null;
        if (month >= 1 && month <= 12 && day >= 1 && day <= Year.of(year).atMonth(month).lengthOfMonth()) {
            birthDate = LocalDate.of(year, month, day);
        } else {
            violations.add(Violation.error(DATE, "", Map.of()));
        }
        int max = allowTemporary ? MAX_TEMPORARY_INDIVIDUAL_NUMBER : MAX_ORDINARY_INDIVIDUAL_NUMBER;
        if (individual < MIN_INDIVIDUAL_NUMBER || individual > max) {
            Map<String, String> range = new LinkedHashMap<>();
            range.put("min", threeDigits(MIN_INDIVIDUAL_NUMBER));
            range.put("max", threeDigits(max));
            violations.add(Violation.error(INDIVIDUAL_NUMBER, "", range));
        }
        int checked = number(text, 0, 6) * 1000 + individual;
        if (text.charAt(CONTROL_INDEX) != CONTROL_CHARACTERS.charAt(checked % CONTROL_CHARACTERS.length())) {
            violations.add(Violation.error(CHECKSUM, "", Map.of()));
        }
        return birthDate == null || !violations.isEmpty() ? null : new PersonalIdentityCode(text, birthDate);
    }

    /** Upper-cases ASCII letters only, so that no other script's case rules can produce a match. */
    private static String upperCase(String text) {
        if (text.length() != LENGTH) {
            return text;        // a format error anyway; do not copy arbitrarily long input
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }

    private static boolean hasFormat(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < CONTROL_INDEX; i++) {
            if (i != SIGN_INDEX && !isDigit(text.charAt(i))) {
                return false;
            }
        }
        return century(text.charAt(SIGN_INDEX)) >= 0 && CONTROL_CHARACTERS.indexOf(text.charAt(CONTROL_INDEX)) >= 0;
    }

    /**
     * Gets the first year of the century a sign stands for.
     *
     * @return 1800, 1900 or 2000, or -1 if the character is not a century sign
     */
    private static int century(char sign) {
        switch (sign) {
            case '+':
                return 1800;
            case '-':
            case 'Y':
            case 'X':
            case 'W':
            case 'V':
            case 'U':
                return 1900;
            case 'A':
            case 'B':
            case 'C':
            case 'D':
            case 'E':
            case 'F':
                return 2000;
            default:
                return -1;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';    // ASCII only: Character.isDigit accepts other scripts
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static String threeDigits(int value) {
        return String.format("%03d", value);
    }

    /**
     * Gets the date of birth, from the first six characters and the century of the century sign.
     *
     * @return the date of birth, not null
     */
    public LocalDate getBirthDate() {
        return birthDate;
    }

    /**
     * Gets the century sign (fi: välimerkki, sv: skiljetecken), exactly as in the code: one of
     * {@code +}, {@code -}, {@code Y}, {@code X}, {@code W}, {@code V}, {@code U}, {@code A},
     * {@code B}, {@code C}, {@code D}, {@code E} and {@code F}.
     *
     * @return the century sign
     */
    public char getCenturySign() {
        return text.charAt(SIGN_INDEX);
    }

    /**
     * Checks if this is a temporary code, one with an individual number 900–999. Such codes are
     * not in the population register; they are obtained only from
     * {@link #parseAllowingTemporary(CharSequence)}.
     *
     * @return true if the individual number is 900–999
     */
    public boolean isTemporary() {
        return number(text, 7, 10) >= MIN_TEMPORARY_INDIVIDUAL_NUMBER;
    }

    /**
     * Returns the full code, for storing or sending it, for example {@code 131052-308T}. Letters are
     * in upper case.
     * <p>
     * <b>The result is personal data.</b> Do not log it, print it or put it in a message; use it
     * only where the code itself must be kept or exchanged.
     *
     * @return the eleven-character code, not null
     */
    public String toUnmaskedString() {
        return text;
    }

    /**
     * Checks if this code is equal to another. Codes are equal only when all eleven characters,
     * the century sign included, are equal: {@code 100190-999P} is not {@code 100190Y999P}.
     *
     * @param obj  the object to compare to, null returns false
     * @return true if the other object is an equal code
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof PersonalIdentityCode && text.equals(((PersonalIdentityCode) obj).text));
    }

    /**
     * Returns a hash code computed from all eleven characters.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Returns a masked text, {@code PersonalIdentityCode[****]}, the same for every code, so that
     * the code cannot leak into logs. Use {@link #toUnmaskedString()} for the code itself.
     *
     * @return the masked text, not null
     */
    @Override
    public String toString() {
        return MASK;
    }
}
