package io.github.polku.cli;

import io.github.polku.measurement.ChangeOutcome;
import io.github.polku.measurement.ChangeScore;
import io.github.polku.measurement.ChangeScores;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Measurement;
import io.github.polku.path.Closure;
import io.github.polku.path.Destination;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.path.StageChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome summary of a cohort of rehabilitation paths: which stages the paths have been in, where the closed
 * ones led, and how the clients' measurements changed. Counts only; no personal data.
 */
final class Cohort {

    private final long paths;
    private final long closed;
    private final Map<Stage, Long> stagesReached;
    private final Map<Destination, Long> destinations;
    private final Map<String, Map<ChangeOutcome, Long>> changes;
    private final List<CriterionRow> criteria;

    private Cohort(long paths, long closed, Map<Stage, Long> stagesReached, Map<Destination, Long> destinations,
            Map<String, Map<ChangeOutcome, Long>> changes, List<CriterionRow> criteria) {
        this.paths = paths;
        this.closed = closed;
        this.stagesReached = stagesReached;
        this.destinations = destinations;
        this.changes = changes;
        this.criteria = criteria;
    }

    /**
     * One quality criterion over the cohort: how many subjects met it, met it in part, did not meet it,
     * had too little data to judge, or were not in its scope.
     */
    static final class CriterionRow {
        final String code;
        final String name;
        final long met;
        final long partlyMet;
        final long notMet;
        final long insufficientData;
        final long notApplicable;

        CriterionRow(String code, String name, long met, long partlyMet, long notMet, long insufficientData,
                long notApplicable) {
            this.code = code;
            this.name = name;
            this.met = met;
            this.partlyMet = partlyMet;
            this.notMet = notMet;
            this.insufficientData = insufficientData;
            this.notApplicable = notApplicable;
        }

        /** The counts in chart order: met, partly met, not met, insufficient data, not applicable. */
        long[] counts() {
            return new long[] {met, partlyMet, notMet, insufficientData, notApplicable};
        }
    }

    /**
     * Summarises the paths; instrument names are given in the language of the report.
     */
    static Cohort of(List<RehabilitationPath> paths, List<CriterionRow> criteria, Locale locale) {
        Map<Stage, Long> reached = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            reached.put(stage, 0L);
        }
        Map<Destination, Long> destinations = new EnumMap<>(Destination.class);
        Map<String, Map<ChangeOutcome, Long>> changes = new LinkedHashMap<>();
        long closed = 0;
        for (RehabilitationPath path : paths) {
            for (Stage stage : stagesBeenIn(path)) {
                reached.merge(stage, 1L, Long::sum);
            }
            Optional<Closure> closure = path.getClosure();
            if (closure.isPresent()) {
                closed++;
                destinations.merge(closure.get().getDestination(), 1L, Long::sum);
            }
            Set<InstrumentId> measured = new LinkedHashSet<>();
            for (Measurement m : path.getMeasurements()) {
                measured.add(m.getInstrumentId());
            }
            for (InstrumentId id : measured) {
                Optional<Instrument> known = path.findInstrument(id);
                if (known.isEmpty()) {
                    continue;
                }
                Instrument instrument = known.get();
                for (ChangeScore score : ChangeScores.firstToLast(instrument, path.getMeasurements())) {
                    String label = instrument.getDimensions().size() == 1 ? instrument.getName(locale)
                            : instrument.getName(locale) + " \u2013 " + instrument.getDimension(score.getDimension())
                                    .map(d -> d.getName(locale)).orElse(score.getDimension());
                    changes.computeIfAbsent(label, k -> emptyOutcomes()).merge(score.getOutcome(), 1L, Long::sum);
                }
            }
        }
        return new Cohort(paths.size(), closed, Collections.unmodifiableMap(reached),
                Collections.unmodifiableMap(destinations), Collections.unmodifiableMap(changes), List.copyOf(criteria));
    }

    private static Map<ChangeOutcome, Long> emptyOutcomes() {
        Map<ChangeOutcome, Long> outcomes = new EnumMap<>(ChangeOutcome.class);
        for (ChangeOutcome outcome : ChangeOutcome.values()) {
            outcomes.put(outcome, 0L);
        }
        return outcomes;
    }

    /**
     * The stages a path has been in: contact, every stage it changed to, and closed if it has a
     * closure. A stage skipped (an assessment omitted) is not counted; a stage entered twice counts once.
     */
    static Set<Stage> stagesBeenIn(RehabilitationPath path) {
        Set<Stage> stages = EnumSet.of(Stage.CONTACT);
        for (StageChange change : path.getStageChanges()) {
            stages.add(change.getStage());
        }
        if (path.getClosure().isPresent()) {
            stages.add(Stage.CLOSED);
        }
        return stages;
    }

    long paths() {
        return paths;
    }

    long closed() {
        return closed;
    }

    Map<Stage, Long> stagesReached() {
        return stagesReached;
    }

    Map<Destination, Long> destinations() {
        return destinations;
    }

    Map<String, Map<ChangeOutcome, Long>> changes() {
        return changes;
    }

    List<CriterionRow> criteria() {
        return criteria;
    }

    static List<CriterionRow> noCriteria() {
        return new ArrayList<>();
    }
}
