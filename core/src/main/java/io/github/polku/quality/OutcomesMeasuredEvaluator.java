package io.github.polku.quality;

import io.github.polku.measurement.Measurement;
import io.github.polku.path.RehabilitationPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link BuiltInEvaluators#OUTCOMES_MEASURED}: the client's situation was measured with one
 * instrument by one respondent on at least {@code minimumTimepoints} different dates, so that a
 * change can be computed.
 */
final class OutcomesMeasuredEvaluator extends BuiltInEvaluator.OfPath {

    static final String MINIMUM_TIMEPOINTS = "minimumTimepoints";
    static final String MEASURED = "polku.quality.outcomesMeasured.measured";
    static final String TOO_FEW = "polku.quality.outcomesMeasured.tooFew";
    static final String NONE = "polku.quality.outcomesMeasured.none";
    static final String ONGOING = "polku.quality.outcomesMeasured.ongoing";
    static final String NOT_REHABILITATED = "polku.quality.outcomesMeasured.notRehabilitated";

    OutcomesMeasuredEvaluator() {
        super(BuiltInEvaluators.OUTCOMES_MEASURED, MINIMUM_TIMEPOINTS, 2);
    }

    @Override
    public CriterionResult evaluate(RehabilitationPath path, EvaluationContext context) {
        // dates per instrument and respondent, in the order first measured; and the last index of each
        Map<MeasureKey, Set<LocalDate>> dates = new LinkedHashMap<>();
        Map<MeasureKey, Integer> lastIndex = new LinkedHashMap<>();
        List<Measurement> measurements = path.getMeasurements();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            MeasureKey key = MeasureKey.of(m.getInstrumentId(), m.getRespondent());
            dates.computeIfAbsent(key, k -> new TreeSet<>()).add(m.getDate());
            lastIndex.put(key, i);
        }
        int best = 0;
        MeasureKey bestKey = null;
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<MeasureKey, Set<LocalDate>> e : dates.entrySet()) {
            MeasureKey key = e.getKey();
            evidence.add(context.evidence("/measurements/" + lastIndex.get(key), "instrument", key.instrument().getValue(),
                    "respondent", key.respondent(), "timepoints", e.getValue().size()));
            if (e.getValue().size() > best) {
                best = e.getValue().size();
                bestKey = e.getKey();
            }
        }
        int minimum = context.getIntParameter(MINIMUM_TIMEPOINTS);
        String instrument = bestKey == null ? "none" : bestKey.instrument().getValue();
        boolean rehabilitated = PathFacts.reachedRehabilitation(path);
        CriterionResult.Builder result;
        if (best >= minimum) {
            result = context.result(CriterionOutcome.MET, MEASURED, "instrument", instrument, "timepoints", best);
        } else if (!rehabilitated && path.getClosure().isPresent()) {
            result = context.result(CriterionOutcome.NOT_APPLICABLE, NOT_REHABILITATED, "timepoints", best);
        } else if (path.getClosure().isEmpty() && (best > 0 || !rehabilitated)) {
            result = context.result(CriterionOutcome.NOT_APPLICABLE, ONGOING, "timepoints", best, "minimum", minimum);
        } else if (best > 0) {
            result = context.result(CriterionOutcome.PARTLY_MET, TOO_FEW, "instrument", instrument, "timepoints", best,
                    "minimum", minimum);
        } else {
            result = context.result(CriterionOutcome.NOT_MET, NONE, "minimum", minimum);
            evidence.add(context.evidence("/measurements", "measurements", 0));
        }
        return result.addAllEvidence(evidence).build();
    }
}
