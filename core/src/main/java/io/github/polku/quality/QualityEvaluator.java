package io.github.polku.quality;

import io.github.polku.client.Client;
import io.github.polku.client.ClientId;
import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.rules.RuleBook;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Evaluates subjects against a {@link QualityFramework} (fi: laadun arvioija, sv:
 * kvalitetsbed\u00f6mare): one path, one co-development process, or a whole cohort.
 * <p>
 * For each criterion that applies to the kind of subject, an automatic criterion is judged by its
 * {@link CriterionEvaluator}; a criterion assessed by a person reports the {@link PersonAssessment}
 * given for the subject (explanation code {@value #JUDGED_BY_PERSON}), or else
 * {@link CriterionOutcome#INSUFFICIENT_DATA} with the explanation code {@value #ASSESSED_BY_PERSON}.
 * Every evaluator of the framework is resolved, and its parameters checked, when the evaluator is
 * created, so a misconfigured framework fails before the first subject.
 * <pre>{@code
 * QualityEvaluator evaluator = QualityEvaluator.of(framework);
 * QualityEvaluation evaluation = evaluator.evaluate(Subject.path("P-1"), path, LocalDate.of(2025, 6, 30));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe if the evaluators of its registry are.
 *
 * @since 0.1.0
 */
public final class QualityEvaluator {

    /** The explanation code of a criterion that a person assesses, without a person assessment given. */
    public static final String ASSESSED_BY_PERSON = "polku.quality.assessedByPerson";
    /** The explanation code of a criterion judged by a given {@link PersonAssessment}. */
    public static final String JUDGED_BY_PERSON = "polku.quality.judgedByPerson";

    private final QualityFramework framework;
    private final EvaluatorRegistry registry;
    private final RuleBook rules;
    private final Map<ClientId, Client> clients;
    private final Map<String, PersonAssessment> personAssessments;

    private QualityEvaluator(QualityFramework framework, EvaluatorRegistry registry, RuleBook rules,
            Map<ClientId, Client> clients, Map<String, PersonAssessment> personAssessments) {
        this.framework = framework;
        this.registry = registry;
        this.rules = rules;
        this.clients = clients;
        this.personAssessments = personAssessments;
    }

    /**
     * Obtains an evaluator for a framework with the {@link EvaluatorRegistry#builtIn() built-in}
     * evaluators and the {@link RuleBook#finland() Finnish rule book}.
     *
     * @param framework  the framework, not null
     * @return the evaluator, not null
     * @throws InvalidValueException with code {@value QualityFramework#UNKNOWN_EVALUATOR},
     *     {@value QualityFramework#SUBJECT_MISMATCH}, {@value QualityFramework#UNKNOWN_PARAMETER} or
     *     an evaluator's parameter code, located in the framework, if a criterion cannot be evaluated
     */
    public static QualityEvaluator of(QualityFramework framework) {
        return of(framework, EvaluatorRegistry.builtIn());
    }

    /**
     * Obtains an evaluator for a framework with the given evaluators and the
     * {@link RuleBook#finland() Finnish rule book}.
     *
     * @param framework  the framework, not null
     * @param registry  the evaluators, not null
     * @return the evaluator, not null
     * @throws InvalidValueException if a criterion cannot be evaluated with this registry, as in
     *     {@link #of(QualityFramework)}
     */
    public static QualityEvaluator of(QualityFramework framework, EvaluatorRegistry registry) {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(registry, "registry");
        List<Violation> problems = framework.checkEvaluators(registry);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
        return new QualityEvaluator(framework, registry, RuleBook.finland(), Map.of(), Map.of());
    }

    /**
     * Returns a copy of this evaluator that takes legal numbers from another rule book.
     *
     * @param ruleBook  the rule book, not null
     * @return the new evaluator, not null
     */
    public QualityEvaluator withRules(RuleBook ruleBook) {
        return new QualityEvaluator(framework, registry, Objects.requireNonNull(ruleBook, "ruleBook"), clients,
                personAssessments);
    }

    /**
     * Returns a copy of this evaluator that knows the client records of the paths it evaluates.
     * Criteria about the client, such as the named worker, report
     * {@link CriterionOutcome#INSUFFICIENT_DATA} for a path whose client record is not given.
     *
     * @param clientRecords  the client records, not null, may be empty
     * @return the new evaluator, not null
     * @throws IllegalArgumentException if two records have the same client identifier
     */
    public QualityEvaluator withClients(Collection<Client> clientRecords) {
        Objects.requireNonNull(clientRecords, "clientRecords");
        return new QualityEvaluator(framework, registry, rules, EvaluationContext.indexClients(clientRecords),
                personAssessments);
    }

    /**
     * Returns a copy of this evaluator that reports the given person assessments for the criteria
     * {@link Assessment#byPerson() assessed by a person}. A criterion and subject without an
     * assessment stay {@link CriterionOutcome#INSUFFICIENT_DATA}.
     *
     * @param assessments  the person assessments, not null, may be empty
     * @return the new evaluator, not null
     * @throws IllegalArgumentException if an assessment names a criterion that the framework does
     *     not have, or one that is assessed automatically or judges another kind of subject, or if
     *     two assessments name the same criterion and subject
     */
    public QualityEvaluator withPersonAssessments(Collection<PersonAssessment> assessments) {
        Map<String, PersonAssessment> index = new HashMap<>();
        for (PersonAssessment a : assessments) {
            QualityCriterion criterion = framework.findCriterion(a.getCriterionCode()).orElseThrow(
                    () -> new IllegalArgumentException("No criterion " + a.getCriterionCode() + " in " + framework));
            if (criterion.getAssessment().isAutomatic() || criterion.getSubjectKind() != a.getSubject().getKind()) {
                throw new IllegalArgumentException("Criterion " + a.getCriterionCode()
                        + " is not assessed by a person on subjects of kind " + a.getSubject().getKind());
            }
            if (index.put(key(a.getCriterionCode(), a.getSubject()), a) != null) {
                throw new IllegalArgumentException("Two person assessments of " + a.getCriterionCode() + " on " + a.getSubject());
            }
        }
        return new QualityEvaluator(framework, registry, rules, clients, Map.copyOf(index));
    }

    private static String key(String criterionCode, Subject subject) {
        return criterionCode + " " + subject;
    }

    /**
     * Gets the framework evaluated against.
     *
     * @return the framework, not null
     */
    public QualityFramework getFramework() {
        return framework;
    }

    /**
     * Evaluates one rehabilitation path: every criterion for {@link SubjectKind#PATH}, in
     * framework order.
     *
     * @param path  the path, not null
     * @param evaluatedOn  the date of the evaluation, not null
     * @return the evaluation, not null
     */
    public QualityEvaluation evaluate(RehabilitationPath path, LocalDate evaluatedOn) {
        return evaluate(Subject.of(path), path, evaluatedOn);
    }

    /**
     * Evaluates one co-development process: every criterion for {@link SubjectKind#PROCESS}, in
     * framework order.
     *
     * @param process  the process, not null
     * @param evaluatedOn  the date of the evaluation, not null
     * @return the evaluation, not null
     */
    public QualityEvaluation evaluate(CoDevelopmentProcess process, LocalDate evaluatedOn) {
        return evaluate(Subject.of(process), process, evaluatedOn);
    }

    /**
     * Evaluates a cohort of rehabilitation paths and summarises each path criterion: the share of
     * paths that met it, with the paths behind every figure.
     *
     * @param paths  the paths, not null, may be empty
     * @param evaluatedOn  the date of the evaluation, not null
     * @return the evaluations and summaries, not null
     */
    public CohortQualityEvaluation evaluateCohort(Collection<RehabilitationPath> paths, LocalDate evaluatedOn) {
        return evaluateCohort(paths, Subject::of, evaluatedOn);
    }

    /**
     * Evaluates one subject: every criterion for the subject's kind, in framework order.
     *
     * @param subject  the reference of the subject, not null
     * @param value  the subject itself: a path for {@link SubjectKind#PATH}, a process for
     *     {@link SubjectKind#PROCESS}; not null
     * @param evaluatedOn  the date of the evaluation, not null
     * @return the evaluation, not null
     * @throws IllegalArgumentException if the value is not of the type an evaluator of the
     *     subject's kind judges
     */
    public QualityEvaluation evaluate(Subject subject, Object value, LocalDate evaluatedOn) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        QualityEvaluation.Builder evaluation = QualityEvaluation.builder().frameworkId(framework.getId())
                .frameworkVersion(framework.getVersion()).subject(subject).evaluatedOn(evaluatedOn);
        for (QualityCriterion criterion : framework.getCriteria()) {
            if (criterion.getSubjectKind() == subject.getKind()) {
                evaluation.addResult(evaluate(criterion, subject, value, evaluatedOn));
            }
        }
        return evaluation.build();
    }

    /**
     * Evaluates every subject of a cohort and summarises each criterion over the cohort.
     *
     * @param <T> the type of the subjects
     * @param values  the subjects, not null, may be empty
     * @param subjectOf  gives the reference of a subject, not null
     * @param evaluatedOn  the date of the evaluation, not null
     * @return the evaluations and summaries, not null
     * @throws IllegalArgumentException if a value is not of the type its evaluators judge
     */
    public <T> CohortQualityEvaluation evaluateCohort(Collection<? extends T> values, Function<? super T, Subject> subjectOf,
            LocalDate evaluatedOn) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(subjectOf, "subjectOf");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        List<QualityEvaluation> evaluations = new ArrayList<>(values.size());
        for (T value : values) {
            evaluations.add(evaluate(subjectOf.apply(value), value, evaluatedOn));
        }
        return CohortQualityEvaluation.of(framework, evaluatedOn, evaluations);
    }

    private CriterionResult evaluate(QualityCriterion criterion, Subject subject, Object value, LocalDate evaluatedOn) {
        if (!criterion.getAssessment().isAutomatic()) {
            PersonAssessment judged = personAssessments.get(key(criterion.getCode(), subject));
            if (judged == null) {
                return CriterionResult.builder().criterionCode(criterion.getCode()).outcome(CriterionOutcome.INSUFFICIENT_DATA)
                        .explanationCode(ASSESSED_BY_PERSON).build();
            }
            return CriterionResult.builder().criterionCode(criterion.getCode()).outcome(judged.getOutcome())
                    .explanationCode(JUDGED_BY_PERSON).putExplanationArgument("assessedOn", judged.getAssessedOn().toString())
                    .addEvidence(Evidence.builder().subject(subject).pointer("").putValue("assessedBy", "PERSON")
                            .putValue("assessedOn", judged.getAssessedOn().toString()).putValue("outcome", judged.getOutcome().name())
                            .build())
                    .build();
        }
        CriterionEvaluator<?> evaluator = registry.find(criterion.getAssessment().getEvaluatorId().orElseThrow()).orElseThrow();
        CriterionResult result = run(evaluator, value,
                EvaluationContext.of(criterion, evaluator, subject, evaluatedOn, rules).withClients(clients));
        if (!result.getCriterionCode().equals(criterion.getCode())) {
            throw new IllegalStateException("Evaluator " + evaluator.getId() + " returned a result for "
                    + result.getCriterionCode() + " instead of " + criterion.getCode());
        }
        return result;
    }

    private static <T> CriterionResult run(CriterionEvaluator<T> evaluator, Object value, EvaluationContext context) {
        if (!evaluator.getSubjectType().isInstance(value)) {
            throw new IllegalArgumentException("Evaluator " + evaluator.getId() + " judges "
                    + evaluator.getSubjectType().getName() + ", not " + value.getClass().getName());
        }
        return evaluator.evaluate(evaluator.getSubjectType().cast(value), context);
    }

    /**
     * Returns the framework and the registry.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "QualityEvaluator[" + framework + ", " + registry + "]";
    }
}
