package io.github.polku.quality;

import io.github.polku.validation.Violation;
import java.util.List;
import java.util.Map;

/**
 * Judges one quality criterion on one subject from its records (fi: kriteerin arvioija, sv:
 * kriteriebed\u00f6mare). This is the service provider interface behind
 * {@link Assessment#automatic(String) automatic assessment}.
 * <p>
 * An evaluator has a stable {@link #getId() identifier}, by which a framework, also one loaded
 * from data, names it; it declares the {@link #getSubjectKind() kind} and Java
 * {@link #getSubjectType() type} of subject it judges, and the parameters it accepts with their
 * defaults. Polku's own evaluators are in {@link EvaluatorRegistry#builtIn()}; add your own with
 * {@link EvaluatorRegistry#with(CriterionEvaluator)}.
 * <p>
 * An implementation must be immutable and thread-safe, must not throw for incomplete records
 * (report {@link CriterionOutcome#INSUFFICIENT_DATA} instead), and must put only non-personal
 * facts into evidence and explanation arguments.
 * <pre>{@code
 * final class HasGoals implements CriterionEvaluator<RehabilitationPath> {
 *     public String getId() { return "example.hasGoals"; }
 *     public SubjectKind getSubjectKind() { return SubjectKind.PATH; }
 *     public Class<RehabilitationPath> getSubjectType() { return RehabilitationPath.class; }
 *     public CriterionResult evaluate(RehabilitationPath path, EvaluationContext context) {
 *         ...
 *         return context.result(CriterionOutcome.MET, "example.hasGoals.met", "goals", 2)
 *                 .addEvidence(context.evidence("/plan/goals", "goals", 2)).build();
 *     }
 * }
 * }</pre>
 *
 * @param <T> the type of subject judged
 * @since 0.1.0
 */
public interface CriterionEvaluator<T> {

    /**
     * Gets the stable identifier: lowerCamel segments separated by dots, at most 64 characters,
     * for example {@code path.namedWorker}.
     *
     * @return the identifier, not null
     */
    String getId();

    /**
     * Gets the kind of subject judged.
     *
     * @return the kind, not null
     */
    SubjectKind getSubjectKind();

    /**
     * Gets the Java type of subject judged.
     *
     * @return the type, not null
     */
    Class<T> getSubjectType();

    /**
     * Gets the parameters this evaluator accepts, with their default values. A criterion may set
     * only these names. The default implementation accepts no parameters.
     *
     * @return the parameter names and defaults, not null, may be empty
     */
    default Map<String, String> getDefaultParameters() {
        return Map.of();
    }

    /**
     * Checks parameter values before any evaluation, so that a misconfigured framework fails when
     * it is set up, not half-way through a cohort. The default implementation accepts everything.
     *
     * @param parameters  the defaults overlaid with the criterion's parameters, not null
     * @return the problems, with pointers {@code /<name>} relative to the parameters; not null,
     *     empty if the values are acceptable
     */
    default List<Violation> checkParameters(Map<String, String> parameters) {
        return List.of();
    }

    /**
     * Evaluates the criterion on a subject.
     *
     * @param subject  the subject, not null
     * @param context  the criterion, the subject reference, the date, the parameters and the rule
     *     book; also builds results and evidence; not null
     * @return the result for {@code context.getCriterion()}, not null
     */
    CriterionResult evaluate(T subject, EvaluationContext context);
}
