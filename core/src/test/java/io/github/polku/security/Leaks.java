package io.github.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fictional but recognisable personal data, and the checks that none of it reaches a surface that
 * Polku prints: {@code toString()}, exception messages, violations (code, pointer, arguments,
 * messages in fi, sv and en) and reports.
 * <p>
 * Every free text contains {@link #TEXT_MARKER}; the identity codes were computed by hand with the
 * DVV control-character formula ({@code DDMMYYZZZ mod 31}), independently of the code under test.
 */
final class Leaks {

    /** The part every fictional free text and name contains. */
    static final String TEXT_MARKER = "SECRET";
    /** A fictional name; the spaces keep it from being a valid identifier. */
    static final String NAME = "Aino SECRET-NAME Virtanen";
    /** The surname alone, which must not appear either. */
    static final String SURNAME = "Virtanen";
    /** 15 March 1987, individual number 123: 150387123 mod 31 = 15, control H. */
    static final String CODE_1987 = "150387-123H";
    /** 29 February 2004, individual number 456: 290204456 mod 31 = 2, control 2. */
    static final String CODE_2004 = "290204A4562";
    /** 31 December 1999 with a 2023 century sign, temporary number 901: 311299901 mod 31 = 9, control 9. */
    static final String CODE_TEMPORARY = "311299Y9019";
    /** The birth month of {@link #CODE_1987}, itself personal data on a path. */
    static final String BIRTH_MONTH = "1987-03";

    /** Values that must never be printed, even partly (the date-and-number part of each code). */
    static final List<String> FORBIDDEN = List.of(TEXT_MARKER, SURNAME, CODE_1987, CODE_2004, CODE_TEMPORARY,
            "150387", "290204", "311299", "123H", "4562", "9019", BIRTH_MONTH);

    private Leaks() {
    }

    /** Free text with the marker and a label saying where it was put. */
    static String text(String label) {
        return TEXT_MARKER + "-" + label + ": " + NAME + " (" + CODE_1987 + ") told the worker about her week";
    }

    /** Fails if the text contains any forbidden value, case-insensitively. */
    static void assertClean(String surface, String text) {
        if (text == null) {
            return;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN) {
            assertThat(upper).as("%s must not contain %s", surface, forbidden)
                    .doesNotContain(forbidden.toUpperCase(Locale.ROOT));
        }
    }

    /** Fails if any printable part of the violation leaks personal data. */
    static void assertClean(Violation v) {
        assertClean("violation code", v.getCode());
        assertClean("violation pointer", v.getPath());
        for (Map.Entry<String, String> argument : v.getArguments().entrySet()) {
            assertClean("argument name", argument.getKey());
            assertClean("argument " + argument.getKey() + " of " + v.getCode(), argument.getValue());
        }
        assertClean("violation toString", v.toString());
        for (String language : List.of("fi", "sv", "en")) {
            assertClean("message (" + language + ") of " + v.getCode(), v.getMessage(Locale.forLanguageTag(language)));
        }
    }

    /** Fails if the report or any of its violations leaks personal data. */
    static void assertClean(ValidationReport report) {
        assertClean("report toString", report.toString());
        report.getViolations().forEach(Leaks::assertClean);
    }

    /** Fails if the exception, its causes or its violations leak personal data. */
    static void assertClean(Throwable thrown) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable t = thrown; t != null && !seen.contains(t); t = t.getCause()) {
            seen.add(t);
            assertClean("message of " + t.getClass().getName(), t.getMessage());
            assertClean("localized message of " + t.getClass().getName(), t.getLocalizedMessage());
            assertClean("toString of " + t.getClass().getName(), t.toString());
            for (Throwable suppressed : t.getSuppressed()) {
                assertClean(suppressed);
            }
            if (t instanceof InvalidValueException) {
                ((InvalidValueException) t).getViolations().forEach(Leaks::assertClean);
            }
        }
    }

    /** Runs the action, which must throw; checks and returns what it threw. */
    static Throwable thrownClean(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            assertClean(e);
            return e;
        }
        throw new AssertionError("expected an exception");
    }
}
