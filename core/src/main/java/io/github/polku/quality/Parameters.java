package io.github.polku.quality;

import io.github.polku.internal.validation.JsonPointers;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parameter checks shared by the built-in evaluators. */
final class Parameters {

    /** The code of a parameter that must be a whole number of at least one. */
    static final String NOT_POSITIVE_INTEGER = "polku.quality.parameter.notPositiveInteger";

    private Parameters() {
    }

    /** Checks that each named parameter is a whole number from 1 to 1000. */
    static List<Violation> positiveIntegers(Map<String, String> parameters, String... names) {
        List<Violation> violations = new ArrayList<>();
        for (String name : names) {
            String value = parameters.get(name);
            if (!isPositiveInteger(value)) {
                violations.add(Violation.error(NOT_POSITIVE_INTEGER, "/" + JsonPointers.escape(name), Map.of("max", 1000)));
            }
        }
        return violations;
    }

    private static boolean isPositiveInteger(String value) {
        if (value == null || !value.strip().matches("[0-9]{1,4}")) {
            return false;
        }
        int n = Integer.parseInt(value.strip());
        return n >= 1 && n <= 1000;
    }
}
