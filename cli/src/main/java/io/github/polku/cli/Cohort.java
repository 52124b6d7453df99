package io.github.polku.cli;

import io.github.polku.measurement.ChangeOutcome;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.path.Destination;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.quality.ChangeScoreSummary;
import io.github.polku.quality.CohortSummary;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
     * Summarises the paths with the library's {@link CohortSummary}; instrument and respondent names are
     * given in the language of the report.
     */
    static Cohort of(List<RehabilitationPath> paths, List<CriterionRow> criteria, Language language) {
        Locale locale = language.locale();
        CliText text = CliText.of(language);
        CohortSummary summary = CohortSummary.of(paths);
        Map<Stage, Long> reached = new EnumMap<>(Stage.class);
        summary.getStagesReached().forEach((stage, n) -> reached.put(stage, n.longValue()));
        Map<Destination, Long> destinations = new EnumMap<>(Destination.class);
        summary.getClosuresByDestination().forEach((destination, share) -> {
            if (share.getCount() > 0) {
                destinations.put(destination, (long) share.getCount());
            }
        });
        Map<String, Map<ChangeOutcome, Long>> changes = new LinkedHashMap<>();
        for (ChangeScoreSummary scores : summary.getChangeScores()) {
            Map<ChangeOutcome, Long> outcomes = changes.computeIfAbsent(label(scores, paths, locale, text),
                    k -> emptyOutcomes());
            outcomes.merge(ChangeOutcome.IMPROVED, (long) scores.getImproved().getCount(), Long::sum);
            outcomes.merge(ChangeOutcome.UNCHANGED, (long) scores.getUnchanged().getCount(), Long::sum);
            outcomes.merge(ChangeOutcome.WORSENED, (long) scores.getWorsened().getCount(), Long::sum);
        }
        return new Cohort(summary.getPathCount(), summary.getClosedCount(), Collections.unmodifiableMap(reached),
                Collections.unmodifiableMap(destinations), Collections.unmodifiableMap(changes), List.copyOf(criteria),
                null);
    }

    /** "Instrument – dimension (respondent)"; the dimension only for instruments with several. */
    private static String label(ChangeScoreSummary scores, List<RehabilitationPath> paths, Locale locale,
            CliText text) {
        InstrumentId id = scores.getInstrumentId();
        Optional<Instrument> instrument = Optional.empty();
        for (RehabilitationPath path : paths) {
            instrument = path.findInstrument(id);
            if (instrument.isPresent()) {
                break;
            }
        }
        String name = instrument.map(i -> i.getName(locale)).orElse(id.getValue());
        if (instrument.isPresent() && instrument.get().getDimensions().size() > 1) {
            name += " \u2013 " + instrument.get().getDimension(scores.getDimension()).map(d -> d.getName(locale))
                    .orElse(scores.getDimension());
        }
        return name + " (" + text.get("respondent." + scores.getRespondent().name()) + ")";
    }

    private static Map<ChangeOutcome, Long> emptyOutcomes() {
        Map<ChangeOutcome, Long> outcomes = new EnumMap<>(ChangeOutcome.class);
        for (ChangeOutcome outcome : ChangeOutcome.values()) {
            outcomes.put(outcome, 0L);
        }
        return outcomes;
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
