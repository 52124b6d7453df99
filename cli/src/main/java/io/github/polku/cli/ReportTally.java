package io.github.polku.cli;

import io.github.polku.contact.AnonymousContact;
import io.github.polku.measurement.ChangeOutcome;
import io.github.polku.measurement.Instrument;
import io.github.polku.path.Destination;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.PathId;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.quality.ChangeScoreSummary;
import io.github.polku.quality.CohortSummary;
import io.github.polku.quality.CriterionOutcome;
import io.github.polku.quality.CriterionResult;
import io.github.polku.quality.QualityCriterion;
import io.github.polku.quality.QualityEvaluator;
import io.github.polku.quality.QualityFramework;
import io.github.polku.quality.SubjectKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts the paths of {@code polku report} as they stream past (GH-21): the figures of the report
 * and the outcome of every criterion are counts per category, so memory grows with the number of
 * categories, not of paths, except for the identifier of each path, kept to find duplicates. The
 * {@code COHORT_SUMMARY} document names the paths behind its figures, so for it the identifiers
 * are kept as well ({@link CohortSummary#tally(OutcomeClassification)}).
 */
final class ReportTally {

    private final Language language;
    private final CliText text;
    private final QualityFramework framework;
    private QualityEvaluator evaluator;
    private final LocalDate evaluatedOn;
    private final CohortSummary.Tally summary;
    private final Set<PathId> seen = new HashSet<>();
    private long paths;
    private long closed;
    private final Map<Stage, Long> reached = new EnumMap<>(Stage.class);
    private final Map<Destination, Long> destinations = new EnumMap<>(Destination.class);
    private final Map<String, Map<ChangeOutcome, Long>> changes = new LinkedHashMap<>();
    private final Map<String, long[]> criteria = new LinkedHashMap<>();

    /**
     * A tally for the text, JSON and HTML report, or (with {@code keepSummary}) for the summary
     * document; {@code evaluator} is null when no criterion is evaluated.
     */
    ReportTally(Language language, QualityFramework framework, QualityEvaluator evaluator, LocalDate evaluatedOn,
            boolean keepSummary) {
        this.language = language;
        this.text = CliText.of(language);
        this.framework = framework;
        this.evaluator = evaluator;
        this.evaluatedOn = evaluatedOn;
        this.summary = keepSummary ? CohortSummary.tally(OutcomeClassification.standard()) : null;
        for (Stage stage : Stage.values()) {
            reached.put(stage, 0L);
        }
        if (framework != null) {
            for (QualityCriterion c : framework.getCriteria()) {
                criteria.put(c.getCode(), new long[CriterionOutcome.values().length]);
            }
        }
    }

    /**
     * Counts a path, unless a path with its identifier was counted before.
     *
     * @return false for a duplicate, which is not counted
     */
    boolean add(RehabilitationPath path) {
        if (!seen.add(path.getId())) {
            return false;
        }
        paths++;
        if (summary != null) {
            summary.add(path);
            return true;
        }
        // The library's formulas, over a cohort of one; only the counts are kept.
        CohortSummary one = CohortSummary.of(List.of(path));
        closed += one.getClosedCount();
        one.getStagesReached().forEach((stage, n) -> reached.merge(stage, n.longValue(), Long::sum));
        one.getClosuresByDestination().forEach((destination, share) -> {
            if (share.getCount() > 0) {
                destinations.merge(destination, (long) share.getCount(), Long::sum);
            }
        });
        for (ChangeScoreSummary scores : one.getChangeScores()) {
            Map<ChangeOutcome, Long> outcomes = changes.computeIfAbsent(label(scores, path), k -> emptyOutcomes());
            outcomes.merge(ChangeOutcome.IMPROVED, (long) scores.getImproved().getCount(), Long::sum);
            outcomes.merge(ChangeOutcome.UNCHANGED, (long) scores.getUnchanged().getCount(), Long::sum);
            outcomes.merge(ChangeOutcome.WORSENED, (long) scores.getWorsened().getCount(), Long::sum);
        }
        if (evaluator != null) {
            for (CriterionResult result : evaluator.evaluate(path, evaluatedOn).getResults()) {
                criteria.get(result.getCriterionCode())[result.getOutcome().ordinal()]++;
            }
        }
        return true;
    }

    /** Evaluates the paths from now on with another evaluator (one that knows more client records). */
    void evaluateWith(QualityEvaluator value) {
        this.evaluator = value;
    }

    /** Counts an anonymous contact (only the summary document shows them). */
    void add(AnonymousContact contact) {
        if (summary != null) {
            summary.add(contact);
        }
    }

    long paths() {
        return paths;
    }

    /** The summary document of the paths counted; only for a tally made with {@code keepSummary}. */
    CohortSummary summary() {
        return summary.toSummary();
    }

    /** The report of the paths counted. */
    Cohort cohort() {
        List<Cohort.CriterionRow> rows = new ArrayList<>();
        if (framework != null) {
            Locale locale = language.locale();
            for (QualityCriterion c : framework.getCriteria()) {
                long[] n = criteria.get(c.getCode());
                // A criterion that a person judges is counted only where a person's judgement was given.
                boolean byPerson = c.getSubjectKind() == SubjectKind.PATH && !c.getAssessment().isAutomatic();
                rows.add(new Cohort.CriterionRow(c.getCode(), c.getName().get(locale),
                        n[CriterionOutcome.MET.ordinal()], n[CriterionOutcome.PARTLY_MET.ordinal()],
                        n[CriterionOutcome.NOT_MET.ordinal()], n[CriterionOutcome.INSUFFICIENT_DATA.ordinal()],
                        n[CriterionOutcome.NOT_APPLICABLE.ordinal()], byPerson));
            }
        }
        Map<Destination, Long> closures = new EnumMap<>(destinations);
        return new Cohort(paths, closed, new EnumMap<>(reached),
                closures, new LinkedHashMap<>(changes), rows);
    }

    /** "Instrument – dimension (respondent)"; the dimension only for instruments with several. */
    private String label(ChangeScoreSummary scores, RehabilitationPath path) {
        Locale locale = language.locale();
        Optional<Instrument> instrument = path.findInstrument(scores.getInstrumentId());
        String name = instrument.map(i -> i.getName(locale)).orElse(scores.getInstrumentId().getValue());
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
}
