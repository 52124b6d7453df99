package io.github.polku.cli;

import io.github.polku.measurement.ChangeOutcome;
import io.github.polku.measurement.ChangeScore;
import io.github.polku.measurement.ChangeScores;
import io.github.polku.measurement.Instrument;
import io.github.polku.path.Closure;
import io.github.polku.path.Destination;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.path.StageChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome summary of a cohort of rehabilitation paths: how far the paths got, where the closed
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

    /** One quality criterion over the cohort: how many subjects met it, did not, or could not be judged. */
    static final class CriterionRow {
        final String code;
        final String name;
        final long met;
        final long notMet;
        final long notApplicable;

        CriterionRow(String code, String name, long met, long notMet, long notApplicable) {
            this.code = code;
            this.name = name;
            this.met = met;
            this.notMet = notMet;
            this.notApplicable = notApplicable;
        }
    }

    /**
     * Summarises the paths; instrument names are given in the language of the report.
     */
    static Cohort of(List<RehabilitationPath> paths, List<CriterionRow> criteria, Locale locale) {
        Map<Stage, Long> reached = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            if (stage != Stage.CLOSED) {
                reached.put(stage, 0L);
            }
        }
        Map<Destination, Long> destinations = new EnumMap<>(Destination.class);
        Map<String, Map<ChangeOutcome, Long>> changes = new LinkedHashMap<>();
        long closed = 0;
        for (RehabilitationPath path : paths) {
            reached.merge(furthestStage(path), 1L, Long::sum);
            Optional<Closure> closure = path.getClosure();
            if (closure.isPresent()) {
                closed++;
                destinations.merge(closure.get().getDestination(), 1L, Long::sum);
            }
            for (Instrument instrument : path.getInstruments()) {
                for (ChangeScore score : ChangeScores.firstToLast(instrument, path.getMeasurements())) {
                    String label = instrument.getName(locale) + " \u2013 " + instrument.getDimension(score.getDimension())
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

    /** The furthest open stage the path reached; a path may go back (a revised plan), so it is the maximum. */
    static Stage furthestStage(RehabilitationPath path) {
        Stage furthest = Stage.CONTACT;
        for (StageChange change : path.getStageChanges()) {
            Stage stage = change.getStage();
            if (stage != Stage.CLOSED && stage.ordinal() > furthest.ordinal()) {
                furthest = stage;
            }
        }
        return furthest;
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
