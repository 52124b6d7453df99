package io.github.polku.quality;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.internal.validation.Messages;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The result of evaluating one quality criterion on one subject (fi: kriteerin arviointitulos,
 * sv: kriteriets bed\u00f6mningsresultat): the {@link CriterionOutcome outcome}, the
 * {@link Evidence evidence} that led to it, and an explanation rendered on demand in Finnish,
 * Swedish or English.
 * <p>
 * The explanation is a message code with named arguments, rendered from the same message bundles
 * as violations. Like evidence, the arguments hold only non-personal facts.
 * <pre>{@code
 * CriterionResult r = ...;
 * r.getOutcome();                                   // NOT_MET
 * r.getExplanation(Locale.forLanguageTag("fi"));    // the Finnish explanation
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CriterionResult {

    private static final Pattern MESSAGE_CODE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");

    CriterionResult() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the code of the criterion evaluated.
     *
     * @return the criterion code, not null
     */
    public abstract String getCriterionCode();

    /**
     * Gets the outcome.
     *
     * @return the outcome, not null
     */
    public abstract CriterionOutcome getOutcome();

    /**
     * Gets the evidence that led to the outcome: the records and values looked at.
     *
     * @return the evidence, not null, may be empty (for example for a criterion assessed by a person)
     */
    public abstract List<Evidence> getEvidence();

    /**
     * Gets the message code of the explanation, for example
     * {@code polku.quality.namedWorker.missing}. Codes are API, like violation codes.
     *
     * @return the code, not null
     */
    public abstract String getExplanationCode();

    /**
     * Gets the named arguments of the explanation, in insertion order.
     *
     * @return the arguments, not null, may be empty
     */
    public abstract Map<String, String> getExplanationArguments();

    /**
     * Renders the explanation in the given language. Finnish ({@code fi}), Swedish ({@code sv})
     * and English are supported; any other language falls back to English. The default locale of
     * the JVM is never consulted.
     *
     * @param locale  the language, not null
     * @return the explanation, not null
     */
    public String getExplanation(Locale locale) {
        return Messages.render(getExplanationCode(), getExplanationArguments(), locale);
    }

    /**
     * Checks that the codes are well formed.
     *
     * @throws IllegalArgumentException if the criterion code or the explanation code is malformed
     * @throws io.github.polku.validation.InvalidValueException with code {@code polku.id.identityCode} at
     *     {@code /explanationArguments} if an argument holds something shaped like a personal identity code
     */
    @Value.Check
    protected void check() {
        if (!Checks.matches(Checks.CRITERION_CODE, getCriterionCode())) {
            throw new IllegalArgumentException("Malformed criterion code: " + getCriterionCode());
        }
        if (!MESSAGE_CODE.matcher(getExplanationCode()).matches()) {
            throw new IllegalArgumentException("Malformed explanation code: " + getExplanationCode());
        }
        for (String value : getExplanationArguments().values()) {
            if (Identifiers.holdsIdentityCode(value)) {
                throw InvalidValueException.of(Violation.error(Identifiers.IDENTITY_CODE, "/explanationArguments",
                        Map.of("kind", "explanationArguments")));
            }
        }
    }

    /**
     * Returns the criterion code, the outcome, the explanation code and arguments, and the number
     * of pieces of evidence.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return getCriterionCode() + " " + getOutcome() + " " + getExplanationCode() + " "
                + getExplanationArguments() + " (" + getEvidence().size() + " evidence)";
    }

    /**
     * Builder for {@code CriterionResult}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableCriterionResult.Builder {
        /** Creates an empty builder; use {@link CriterionResult#builder()}. */
        Builder() {
        }
    }
}
