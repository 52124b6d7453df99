package io.github.polku.quality;

import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Map;
import java.util.regex.Pattern;

/** Shared tier-1 checks of the quality package. */
final class Checks {

    /** Criterion codes: stable UPPER_SNAKE_CASE, like every code of the exchange format. */
    static final Pattern CRITERION_CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /** Framework identifiers: the identifier alphabet of {@code io.github.polku.identifier}. */
    static final Pattern FRAMEWORK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    /** Evaluator identifiers and parameter names: lowerCamel segments separated by dots. */
    static final Pattern EVALUATOR_ID = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");
    static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    static final int MAX_LENGTH = 64;

    private Checks() {
    }

    static void notBlank(String text, String attribute) {
        if (text.isBlank()) {
            throw InvalidValueException.of(Violation.error(IncompleteValueException.CODE, "/" + attribute,
                    Map.of("attribute", attribute)));
        }
    }

    static boolean matches(Pattern pattern, String text) {
        return text.length() <= MAX_LENGTH && pattern.matcher(text).matches();
    }
}
