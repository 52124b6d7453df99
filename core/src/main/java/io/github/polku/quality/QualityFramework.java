package io.github.polku.quality;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.internal.validation.JsonPointers;
import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A quality framework (fi: laatukriteeristö, sv: kvalitetskriterier): a named, versioned set of
 * {@link QualityCriterion quality criteria} with its cited source.
 * <p>
 * A framework is data. Build one in code with {@link #builder()}, or exchange it as a
 * {@code QUALITY_FRAMEWORK} JSON document of {@code polku-serialization} (the one format of quality
 * frameworks; {@code polku report --framework FILE} reads it), so that an organiser can use a
 * framework Polku does not ship, such as the ten SOSKU criteria of THL (Työpaperi 7/2018), whose
 * exact wording Polku could not confirm. A reader of such a document checks the framework's
 * evaluators with {@link #checkEvaluators(EvaluatorRegistry)}: an unknown evaluator is an error, not a
 * silent fall-back to assessment by a person, so that a misspelt identifier cannot turn an automatic
 * criterion into one that is never evaluated. Evaluate paths and processes against a framework with
 * {@link QualityEvaluator}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class QualityFramework {

    /** The code of a malformed framework identifier. */
    public static final String ID_FORMAT = "polku.quality.framework.idFormat";
    /** The code of a framework without a cited source. */
    public static final String SOURCE_MISSING = "polku.quality.framework.sourceMissing";
    /** The code of a framework without criteria. */
    public static final String NO_CRITERIA = "polku.quality.framework.noCriteria";
    /** The code of a criterion code used twice in one framework. */
    public static final String DUPLICATE_CRITERION = "polku.quality.criterion.duplicateCode";
    /** The code of a criterion whose evaluator is not in the registry. */
    public static final String UNKNOWN_EVALUATOR = "polku.quality.criterion.unknownEvaluator";
    /** The code of a criterion whose evaluator judges another kind of subject. */
    public static final String SUBJECT_MISMATCH = "polku.quality.criterion.subjectMismatch";
    /** The code of a parameter that the criterion's evaluator does not accept. */
    public static final String UNKNOWN_PARAMETER = "polku.quality.criterion.unknownParameter";

    QualityFramework() {
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
     * Obtains Polku's built-in framework, {@code POLKU}: criteria whose sources could be cited as
     * confirmed, each judged by a {@link BuiltInEvaluators built-in evaluator} or by a person.
     * <table>
     *   <caption>The built-in criteria</caption>
     *   <tr><th>code</th><th>judged on</th><th>assessment</th><th>cited source</th></tr>
     *   <tr><td>{@code NEED_ASSESSMENT}</td><td>path</td><td>{@value BuiltInEvaluators#NEED_ASSESSMENT}</td><td>Social Welfare Act, section 36; THL guide</td></tr>
     *   <tr><td>{@code NEED_ASSESSMENT_ON_TIME}</td><td>path</td><td>{@value BuiltInEvaluators#NEED_ASSESSMENT_ON_TIME}</td><td>section 36; THL handbook on counting working days</td></tr>
     *   <tr><td>{@code CLIENT_PLAN_WITH_CLIENT}</td><td>path</td><td>{@value BuiltInEvaluators#CLIENT_PLAN}</td><td>section 39; Act 812/2000, section 8</td></tr>
     *   <tr><td>{@code NAMED_WORKER}</td><td>path</td><td>{@value BuiltInEvaluators#NAMED_WORKER}</td><td>section 42; THL guide</td></tr>
     *   <tr><td>{@code GOALS_FOLLOWED_UP}</td><td>path</td><td>{@value BuiltInEvaluators#GOALS_FOLLOWED_UP}</td><td>section 39; THL AVAIN</td></tr>
     *   <tr><td>{@code VOLUNTARY_PARTICIPATION}</td><td>path</td><td>by a person</td><td>SOSKU theme (client's own will); Act 812/2000, section 8</td></tr>
     *   <tr><td>{@code LONG_TERM_SUPPORT}</td><td>path</td><td>{@value BuiltInEvaluators#LONG_TERM_SUPPORT}</td><td>SOSKU theme (long-term support)</td></tr>
     *   <tr><td>{@code METHOD_MIX}</td><td>path</td><td>{@value BuiltInEvaluators#METHOD_MIX}</td><td>section 17 components; low-threshold work</td></tr>
     *   <tr><td>{@code COOPERATION_AT_CLOSURE}</td><td>path</td><td>{@value BuiltInEvaluators#COOPERATION_AT_CLOSURE}</td><td>section 17 (coordination)</td></tr>
     *   <tr><td>{@code OUTCOMES_MEASURED}</td><td>path</td><td>{@value BuiltInEvaluators#OUTCOMES_MEASURED}</td><td>THL AVAIN; THL guide</td></tr>
     *   <tr><td>{@code CLIENTS_ABOVE_TOKENISM}</td><td>process</td><td>{@value BuiltInEvaluators#CLIENTS_ABOVE_TOKENISM}</td><td>SOSKU co-development; Arnstein 1969; Act 611/2021</td></tr>
     *   <tr><td>{@code STAFF_COMPETENCE_DEVELOPMENT}</td><td>process</td><td>{@value BuiltInEvaluators#STAFF_COMPETENCE}</td><td>SOSKU theme (continuous competence development)</td></tr>
     * </table>
     * It is <b>not</b> the list of ten SOSKU criteria of THL, which Polku could not confirm; exchange
     * that list as your own framework. The framework is defined in code, built once on first use.
     *
     * @return the built-in framework, not null
     */
    public static QualityFramework builtIn() {
        return BuiltInFramework.FRAMEWORK;
    }

    /**
     * Gets the identifier: letters, digits, {@code . _ : -}, at most 64 characters.
     *
     * @return the identifier, not null
     */
    public abstract String getId();

    /**
     * Gets the version. Together with the identifier it names the exact set of criteria an
     * evaluation used.
     *
     * @return the version, not null, not blank
     */
    public abstract String getVersion();

    /**
     * Gets the name.
     *
     * @return the name in fi, sv and en, not null
     */
    public abstract LocalizedText getName();

    /**
     * Gets the cited sources of the framework as a whole, at least one.
     *
     * @return the sources, not null, not empty
     */
    public abstract List<Citation> getSources();

    /**
     * Gets the criteria in order, at least one; their codes are unique.
     *
     * @return the criteria, not null, not empty
     */
    public abstract List<QualityCriterion> getCriteria();

    /**
     * Finds a criterion by code.
     *
     * @param code  the criterion code, not null
     * @return the criterion, empty if the framework has none with this code
     */
    public Optional<QualityCriterion> findCriterion(String code) {
        Objects.requireNonNull(code, "code");
        return getCriteria().stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    /**
     * Checks the structural invariants: a well-formed identifier, a non-blank version, at least one
     * source, at least one criterion and unique criterion codes. Strips surrounding white space
     * from the version.
     *
     * @return this framework, or an equal one with a stripped version, not null
     * @throws InvalidValueException with code {@value #ID_FORMAT} at {@code /id},
     *     {@code polku.value.missing} at {@code /version}, {@value #SOURCE_MISSING} at
     *     {@code /sources}, {@value #NO_CRITERIA} at {@code /criteria} or
     *     {@value #DUPLICATE_CRITERION} at {@code /criteria/<i>/code} of the second use, or
     *     {@code polku.id.identityCode} at {@code /id} or {@code /version} if it holds something shaped
     *     like a personal identity code
     */
    @Value.Check
    protected QualityFramework normalize() {
        List<Violation> violations = new ArrayList<>();
        if (Identifiers.isIdentityCode(getId())) {
            Identifiers.checkFree(getId(), "id", violations);
        } else if (!Checks.matches(Checks.FRAMEWORK_ID, getId())) {
            violations.add(Violation.error(ID_FORMAT, "/id", Map.of("max", Checks.MAX_LENGTH)));
        }
        if (getVersion().isBlank()) {
            violations.add(Violation.error(IncompleteValueException.CODE, "/version", Map.of("attribute", "version")));
        }
        Identifiers.checkFree(getVersion(), "version", violations);
        if (getSources().isEmpty()) {
            violations.add(Violation.error(SOURCE_MISSING, "/sources", Map.of()));
        }
        if (getCriteria().isEmpty()) {
            violations.add(Violation.error(NO_CRITERIA, "/criteria", Map.of()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < getCriteria().size(); i++) {
            String code = getCriteria().get(i).getCode();
            if (seen.putIfAbsent(code, i) != null) {
                violations.add(Violation.error(DUPLICATE_CRITERION, "/criteria/" + i + "/code", Map.of("code", code)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        String version = getVersion().strip();
        if (version.equals(getVersion())) {
            return this;
        }
        Builder copy = builder();
        copy.id(getId()).version(version).name(getName()).addAllSources(getSources()).addAllCriteria(getCriteria());
        return copy.build();
    }

    /**
     * Returns the identifier, version and criterion codes.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        List<String> codes = new ArrayList<>();
        getCriteria().forEach(c -> codes.add(c.getCode()));
        return "QualityFramework[" + getId() + " " + getVersion() + " " + codes + "]";
    }

    /**
     * Checks every automatic criterion against a registry: its evaluator is registered, judges the
     * criterion's subject kind and knows the criterion's parameters and their values.
     *
     * @param registry  the evaluators, not null
     * @return the problems, with pointers into the framework such as
     *     {@code /criteria/2/assessment/evaluatorId}; empty if there are none
     */
    public List<Violation> checkEvaluators(EvaluatorRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < getCriteria().size(); i++) {
            checkEvaluator(getCriteria().get(i), "/criteria/" + i, registry, violations);
        }
        return violations;
    }

    private static void checkEvaluator(QualityCriterion criterion, String base, EvaluatorRegistry registry,
            List<Violation> violations) {
        Optional<String> id = criterion.getAssessment().getEvaluatorId();
        if (id.isEmpty()) {
            return;
        }
        Optional<CriterionEvaluator<?>> found = registry.find(id.get());
        if (found.isEmpty()) {
            violations.add(Violation.error(UNKNOWN_EVALUATOR, base + "/assessment/evaluatorId", Map.of("evaluator", id.get())));
            return;
        }
        CriterionEvaluator<?> evaluator = found.get();
        if (evaluator.getSubjectKind() != criterion.getSubjectKind()) {
            violations.add(Violation.error(SUBJECT_MISMATCH, base + "/subjectKind",
                    Map.of("evaluator", evaluator.getId(), "expected", evaluator.getSubjectKind())));
        }
        boolean known = true;
        for (String name : criterion.getParameters().keySet()) {
            if (!evaluator.getDefaultParameters().containsKey(name)) {
                known = false;
                violations.add(Violation.error(UNKNOWN_PARAMETER, base + "/parameters/" + JsonPointers.escape(name),
                        Map.of("evaluator", evaluator.getId(),
                                "accepted", String.join(", ", new TreeSet<>(evaluator.getDefaultParameters().keySet())))));
            }
        }
        if (known) {
            for (Violation v : evaluator.checkParameters(EvaluationContext.mergeParameters(evaluator, criterion))) {
                violations.add(v.atLocation(base + "/parameters"));
            }
        }
    }

    /**
     * Builder for {@code QualityFramework}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableQualityFramework.Builder {
        /** Creates an empty builder; use {@link QualityFramework#builder()}. */
        Builder() {
        }
    }
}
