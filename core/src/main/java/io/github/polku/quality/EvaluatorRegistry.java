package io.github.polku.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The criterion evaluators known by identifier (fi: arvioijarekisteri, sv: register \u00f6ver
 * bed\u00f6mare). A framework names evaluators by identifier; a registry resolves the names.
 * <p>
 * {@link #builtIn()} holds Polku's own evaluators. Add your own to a copy:
 * <pre>{@code
 * EvaluatorRegistry registry = EvaluatorRegistry.builtIn().with(new MyEvaluator());
 * QualityEvaluator evaluator = QualityEvaluator.of(framework, registry);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EvaluatorRegistry {

    private static final EvaluatorRegistry EMPTY = new EvaluatorRegistry(Map.of());
    private static final EvaluatorRegistry BUILT_IN = EMPTY.withAll(BuiltInEvaluators.all());

    private final Map<String, CriterionEvaluator<?>> evaluators;

    private EvaluatorRegistry(Map<String, CriterionEvaluator<?>> evaluators) {
        this.evaluators = evaluators;
    }

    /**
     * Obtains a registry without evaluators.
     *
     * @return the empty registry, not null
     */
    public static EvaluatorRegistry empty() {
        return EMPTY;
    }

    /**
     * Obtains the registry of Polku's built-in evaluators.
     *
     * @return the built-in registry, not null
     */
    public static EvaluatorRegistry builtIn() {
        return BUILT_IN;
    }

    /**
     * Returns a copy of this registry with one more evaluator.
     *
     * @param evaluator  the evaluator, not null
     * @return the new registry, not null
     * @throws IllegalArgumentException if the identifier is malformed or already registered
     */
    public EvaluatorRegistry with(CriterionEvaluator<?> evaluator) {
        return withAll(List.of(evaluator));
    }

    private EvaluatorRegistry withAll(List<? extends CriterionEvaluator<?>> added) {
        Map<String, CriterionEvaluator<?>> copy = new LinkedHashMap<>(evaluators);
        for (CriterionEvaluator<?> evaluator : added) {
            String id = Objects.requireNonNull(evaluator.getId(), "evaluator id");
            if (!Checks.matches(Checks.EVALUATOR_ID, id)) {
                throw new IllegalArgumentException("Malformed evaluator identifier: " + id);
            }
            Objects.requireNonNull(evaluator.getSubjectKind(), "subject kind");
            Objects.requireNonNull(evaluator.getSubjectType(), "subject type");
            if (copy.putIfAbsent(id, evaluator) != null) {
                throw new IllegalArgumentException("Evaluator already registered: " + id);
            }
        }
        return new EvaluatorRegistry(Collections.unmodifiableMap(copy));
    }

    /**
     * Finds an evaluator.
     *
     * @param id  the evaluator identifier, not null
     * @return the evaluator, empty if not registered
     */
    public Optional<CriterionEvaluator<?>> find(String id) {
        return Optional.ofNullable(evaluators.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Gets the identifiers of the registered evaluators, in registration order.
     *
     * @return the identifiers, not null
     */
    public Set<String> getIds() {
        return evaluators.keySet();
    }

    /**
     * Returns the registered identifiers.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "EvaluatorRegistry" + evaluators.keySet();
    }
}
