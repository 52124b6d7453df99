package io.github.polku.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import io.github.polku.validation.ViolationPayload;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * GH-15: validates with {@link PolkuValidator} and, on the side, with plain Jakarta Validators as
 * an application builds them (default provider, default message interpolator with Expression
 * Language, in Finnish, Swedish and English), and asserts that they agree: the same set of
 * (location, code), and for each of the plain validator's violations a fully interpolated message
 * equal to the one Polku renders for that violation. The rule tests validate through this class, so
 * every rule's test case runs through both.
 */
public final class CrossCheckedValidator {

    private static final Pattern UNINTERPOLATED = Pattern.compile("[{}]|#\\d+$|\\$\\{");
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"),
            Locale.forLanguageTag("sv"));
    // after the constants that the constructor reads
    private static final CrossCheckedValidator SHARED = new CrossCheckedValidator();

    private final PolkuValidator polku = PolkuValidator.shared();
    private final List<Validator> plain = new ArrayList<>();

    private CrossCheckedValidator() {
        for (Locale locale : LOCALES) {
            // what Validation.buildDefaultValidatorFactory() builds, in a given language
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                    .defaultLocale(locale).buildValidatorFactory();
            plain.add(factory.getValidator());
        }
    }

    /**
     * Gets the shared instance.
     *
     * @return the validator, not null
     */
    public static CrossCheckedValidator shared() {
        return SHARED;
    }

    /**
     * Validates with Polku and with plain validators, asserts that they agree, and returns Polku's
     * report.
     *
     * @param value the value, not null
     * @return Polku's report, not null
     */
    public ValidationReport validate(Object value) {
        ValidationReport report = polku.validate(value);
        Set<String> expected = new TreeSet<>();
        for (Violation v : report.getViolations()) {
            expected.add(v.getPath() + " " + v.getCode());
        }
        for (int i = 0; i < LOCALES.size(); i++) {
            Locale locale = LOCALES.get(i);
            Set<String> found = new TreeSet<>();
            for (ConstraintViolation<Object> cv : plain.get(i).validate(value)) {
                Violation v = Violation.from(cv);
                found.add(v.getPath() + " " + v.getCode());
                // A plain validator renders pointer arguments (reference, first) relative to the
                // constrained value, as the rule reported them; Violation.from makes them absolute.
                ViolationPayload payload = cv instanceof HibernateConstraintViolation
                        ? ((HibernateConstraintViolation<?>) cv).getDynamicPayload(ViolationPayload.class) : null;
                Violation asReported = payload == null ? v
                        : Violation.of(v.getCode(), v.getSeverity(), v.getPath(), payload.getArguments());
                assertThat(cv.getMessage())
                        .as("message of %s at %s (%s) in %s", v.getCode(), cv.getPropertyPath(), v.getPath(), locale)
                        .doesNotContainPattern(UNINTERPOLATED)
                        .isEqualTo(asReported.getMessage(locale));
            }
            assertThat(found).as("(location, code) of a plain Jakarta Validator in %s", locale)
                    .isEqualTo(expected);
        }
        return report;
    }
}
