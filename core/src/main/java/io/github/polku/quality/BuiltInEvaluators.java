package io.github.polku.quality;

import java.util.List;

/** Polku's own criterion evaluators, registered in {@link EvaluatorRegistry#builtIn()}. */
final class BuiltInEvaluators {

    private BuiltInEvaluators() {
    }

    static List<CriterionEvaluator<?>> all() {
        // The evaluators over rehabilitation paths and co-development processes join here once
        // those models are part of core.
        return List.of();
    }
}
