package io.github.polku.cli;

import io.github.polku.measurement.ChangeOutcome;
import io.github.polku.path.Destination;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome summary of a cohort of rehabilitation paths, for the report: which stages the paths have been in, where the closed
 * ones led, and how the clients' measurements changed. Counts only; no personal data.
 */
final class Cohort {

    private final long paths;
    private final long closed;
    private final Map<Stage, Long> stagesReached;
    private final Map<Destination, Long> destinations;
    private final Map<String, Map<ChangeOutcome, Long>> changes;
    private final List<CriterionRow> criteria;
    private final Evaluation evaluation;

    /** Which quality framework the criteria come from, and the date of the evaluation. */
    static final class Evaluation {
        final String frameworkId;
        final String frameworkVersion;
        final String frameworkName;
        final LocalDate evaluatedOn;

        Evaluation(String frameworkId, String frameworkVersion, String frameworkName, LocalDate evaluatedOn) {
            this.frameworkId = frameworkId;
            this.frameworkVersion = frameworkVersion;
            this.frameworkName = frameworkName;
            this.evaluatedOn = evaluatedOn;
        }
    }

    Cohort(long paths, long closed, Map<Stage, Long> stagesReached, Map<Destination, Long> destinations,
            Map<String, Map<ChangeOutcome, Long>> changes, List<CriterionRow> criteria) {
        this(paths, closed, Collections.unmodifiableMap(stagesReached), Collections.unmodifiableMap(destinations),
                Collections.unmodifiableMap(changes), List.copyOf(criteria), null);
    }

    private Cohort(long paths, long closed, Map<Stage, Long> stagesReached, Map<Destination, Long> destinations,
            Map<String, Map<ChangeOutcome, Long>> changes, List<CriterionRow> criteria, Evaluation evaluation) {
        this.paths = paths;
        this.closed = closed;
        this.stagesReached = stagesReached;
        this.destinations = destinations;
        this.changes = changes;
        this.criteria = criteria;
        this.evaluation = evaluation;
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
        /** True for a criterion that a person judges: the records cannot show it. */
        final boolean byPerson;

        CriterionRow(String code, String name, long met, long partlyMet, long notMet, long insufficientData,
                long notApplicable) {
            this(code, name, met, partlyMet, notMet, insufficientData, notApplicable, false);
        }

        CriterionRow(String code, String name, long met, long partlyMet, long notMet, long insufficientData,
                long notApplicable, boolean byPerson) {
            this.byPerson = byPerson;
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
     * Summarises a list of paths, with criterion rows computed elsewhere; the command itself counts
     * paths as they stream past with {@link ReportTally}.
     */
    static Cohort of(List<RehabilitationPath> paths, List<CriterionRow> criteria, Language language) {
        ReportTally tally = new ReportTally(language, null, null, null, false);
        paths.forEach(tally::add);
        Cohort counted = tally.cohort();
        return new Cohort(counted.paths, counted.closed, counted.stagesReached, counted.destinations, counted.changes,
                List.copyOf(criteria), null);
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

    /** The framework and date of the quality evaluation, if the criteria were evaluated. */
    Optional<Evaluation> evaluation() {
        return Optional.ofNullable(evaluation);
    }

    Cohort withEvaluation(Evaluation value) {
        return new Cohort(paths, closed, stagesReached, destinations, changes, criteria, value);
    }

}
