package io.github.polku.quality;

import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.validation.Violation;
import java.util.List;
import java.util.Map;

/**
 * The scaffolding every built-in evaluator shares: its identifier, its subject, and at most one
 * parameter that is a positive whole number with a default. Subclasses only evaluate.
 *
 * @param <T> the subject type
 */
abstract class BuiltInEvaluator<T> implements CriterionEvaluator<T> {

    private final String id;
    private final SubjectKind subjectKind;
    private final Class<T> subjectType;
    private final Map<String, String> defaults;

    private BuiltInEvaluator(String id, SubjectKind subjectKind, Class<T> subjectType, Map<String, String> defaults) {
        this.id = id;
        this.subjectKind = subjectKind;
        this.subjectType = subjectType;
        this.defaults = defaults;
    }

    /** An evaluator of paths. */
    abstract static class OfPath extends BuiltInEvaluator<RehabilitationPath> {
        OfPath(String id) {
            super(id, SubjectKind.PATH, RehabilitationPath.class, Map.of());
        }

        OfPath(String id, String parameter, int defaultValue) {
            super(id, SubjectKind.PATH, RehabilitationPath.class, Map.of(parameter, Integer.toString(defaultValue)));
        }
    }

    /** An evaluator of co-development processes. */
    abstract static class OfProcess extends BuiltInEvaluator<CoDevelopmentProcess> {
        OfProcess(String id) {
            super(id, SubjectKind.PROCESS, CoDevelopmentProcess.class, Map.of());
        }
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final SubjectKind getSubjectKind() {
        return subjectKind;
    }

    @Override
    public final Class<T> getSubjectType() {
        return subjectType;
    }

    @Override
    public final Map<String, String> getDefaultParameters() {
        return defaults;
    }

    @Override
    public final List<Violation> checkParameters(Map<String, String> parameters) {
        return Parameters.positiveIntegers(parameters, defaults.keySet().toArray(new String[0]));
    }
}
