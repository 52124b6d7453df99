package io.github.polku.quality;

import io.github.polku.internal.validation.JsonPointers;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A quality criterion (fi: laatukriteeri, sv: kvalitetskriterium) of social rehabilitation: a
 * stable code, a name and a description in Finnish, Swedish and English, the sources it is cited
 * from, what it is judged on and how it is {@link Assessment assessed}.
 * <p>
 * A criterion assessed automatically names a {@link CriterionEvaluator} and may carry
 * {@link #getParameters() parameters} for it, such as the minimum duration of long-term support.
 * A criterion assessed by a person has no evaluator; an automatic evaluation reports it as
 * {@link CriterionOutcome#INSUFFICIENT_DATA} and says that a person assesses it.
 * <pre>{@code
 * QualityCriterion namedWorker = QualityCriterion.builder()
 *         .code("NAMED_WORKER")
 *         .name(LocalizedText.of("Omaty\u00f6ntekij\u00e4", "Egen kontaktperson", "Named worker"))
 *         .description(LocalizedText.of("...", "...", "Every client has a named worker."))
 *         .addSource(Citation.of("Social Welfare Act 1301/2014, section 42", Confidence.CONFIRMED))
 *         .subjectKind(SubjectKind.PATH)
 *         .assessment(Assessment.automatic("path.namedWorker"))
 *         .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class QualityCriterion {

    /** The code of a malformed criterion code. */
    public static final String CODE_FORMAT = "polku.quality.criterion.codeFormat";
    /** The code of a criterion without a cited source. */
    public static final String SOURCE_MISSING = "polku.quality.criterion.sourceMissing";
    /** The code of a malformed parameter name. */
    public static final String PARAMETER_NAME_FORMAT = "polku.quality.criterion.parameterNameFormat";
    /** The code of parameters on a criterion assessed by a person. */
    public static final String PARAMETERS_WITHOUT_EVALUATOR = "polku.quality.criterion.parametersWithoutEvaluator";

    QualityCriterion() {
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
     * Gets the stable code of the criterion, unique within its framework: UPPER_SNAKE_CASE, at
     * most 64 characters, for example {@code NAMED_WORKER}.
     *
     * @return the code, not null
     */
    public abstract String getCode();

    /**
     * Gets the name.
     *
     * @return the name in fi, sv and en, not null
     */
    public abstract LocalizedText getName();

    /**
     * Gets the description: what the criterion asks of the service.
     *
     * @return the description in fi, sv and en, not null
     */
    public abstract LocalizedText getDescription();

    /**
     * Gets the cited sources, at least one.
     *
     * @return the sources, not null, not empty
     */
    public abstract List<Citation> getSources();

    /**
     * Gets what the criterion is judged on.
     *
     * @return the subject kind, not null
     */
    public abstract SubjectKind getSubjectKind();

    /**
     * Gets how the criterion is assessed.
     *
     * @return the assessment, not null
     */
    public abstract Assessment getAssessment();

    /**
     * Gets the parameters of the evaluator by name, in insertion order. Names are lowerCamel;
     * values are text that the evaluator interprets. Parameters not given take the evaluator's
     * {@link CriterionEvaluator#getDefaultParameters() defaults}.
     *
     * @return the parameters, not null, may be empty
     */
    public abstract Map<String, String> getParameters();

    /**
     * Checks the structural invariants: the code is well formed, at least one source is cited,
     * parameter names are well formed, and only an automatic criterion has parameters. Strips
     * surrounding white space from parameter values.
     *
     * @return this criterion, or an equal one with stripped parameter values, not null
     * @throws InvalidValueException with code {@value #CODE_FORMAT} at {@code /code},
     *     {@value #SOURCE_MISSING} at {@code /sources}, {@value #PARAMETER_NAME_FORMAT} at
     *     {@code /parameters/<name>} or {@value #PARAMETERS_WITHOUT_EVALUATOR} at {@code /parameters}
     */
    @Value.Check
    protected QualityCriterion normalize() {
        List<Violation> violations = new ArrayList<>();
        if (!Checks.matches(Checks.CRITERION_CODE, getCode())) {
            violations.add(Violation.error(CODE_FORMAT, "/code", Map.of("max", Checks.MAX_LENGTH)));
        }
        if (getSources().isEmpty()) {
            violations.add(Violation.error(SOURCE_MISSING, "/sources", Map.of()));
        }
        for (String name : getParameters().keySet()) {
            if (!Checks.matches(Checks.PARAMETER_NAME, name)) {
                violations.add(Violation.error(PARAMETER_NAME_FORMAT, "/parameters/" + JsonPointers.escape(name), Map.of()));
            }
        }
        if (!getAssessment().isAutomatic() && !getParameters().isEmpty()) {
            violations.add(Violation.error(PARAMETERS_WITHOUT_EVALUATOR, "/parameters", Map.of()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        Map<String, String> stripped = new LinkedHashMap<>();
        getParameters().forEach((name, value) -> stripped.put(name, value.strip()));
        if (stripped.equals(getParameters())) {
            return this;
        }
        Builder copy = builder();
        copy.code(getCode()).name(getName()).description(getDescription()).addAllSources(getSources())
                .subjectKind(getSubjectKind()).assessment(getAssessment()).putAllParameters(stripped);
        return copy.build();
    }

    /**
     * Builder for {@code QualityCriterion}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableQualityCriterion.Builder {
        /** Creates an empty builder; use {@link QualityCriterion#builder()}. */
        Builder() {
        }
    }
}
