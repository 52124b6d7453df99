package io.github.polku.quality;

import io.github.polku.measurement.ChangeOutcome;
import io.github.polku.measurement.ChangeScore;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Respondent;
import io.github.polku.path.PathId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The change scores of one instrument, dimension and respondent over a cohort (fi:
 * muutospisteiden yhteenveto, sv: sammanfattning av f\u00f6r\u00e4ndringspo\u00e4ng): how many paths,
 * the distribution of the improvement, and the shares that improved, stayed the same or worsened.
 * <p>
 * Each path contributes one change score: from its first to its last measurement of the instrument
 * by the respondent ({@link io.github.polku.measurement.ChangeScores#firstToLast}). The
 * improvement is the change in the direction of the scale, so a positive value is always better.
 * The distribution uses the formulas of {@link Distribution}; the shares count
 * {@link ChangeOutcome}s over the paths.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChangeScoreSummary {

    /** What the scores measure: the one instrument, dimension and respondent of them all. */
    private final MeasureKey measure;
    private final List<PathId> paths;
    private final List<ChangeScore> scores;

    private ChangeScoreSummary(MeasureKey measure, List<PathId> paths, List<ChangeScore> scores) {
        this.measure = measure;
        this.paths = paths;
        this.scores = scores;
    }

    /**
     * Obtains a summary of change scores of one instrument, dimension and respondent.
     *
     * @param paths  the path of each score, in the same order, not null, not empty
     * @param scores  the change scores, not null, the same size as {@code paths}, all of one
     *     instrument, dimension and respondent
     * @return the summary, not null
     * @throws IllegalArgumentException if the lists are empty, differ in size, or mix instruments,
     *     dimensions or respondents
     */
    public static ChangeScoreSummary of(List<PathId> paths, List<ChangeScore> scores) {
        if (scores.isEmpty() || paths.size() != scores.size()) {
            throw new IllegalArgumentException("Needs one path per change score, at least one");
        }
        MeasureKey measure = MeasureKey.of(scores.get(0));
        for (ChangeScore s : scores) {
            if (!MeasureKey.of(s).equals(measure)) {
                throw new IllegalArgumentException("Change scores of different instruments, dimensions or respondents");
            }
        }
        return new ChangeScoreSummary(measure,
                Collections.unmodifiableList(new ArrayList<>(paths)), Collections.unmodifiableList(new ArrayList<>(scores)));
    }

    /**
     * Gets the instrument.
     *
     * @return the instrument identifier, not null
     */
    public InstrumentId getInstrumentId() {
        return measure.instrument();
    }

    /**
     * Gets the dimension code.
     *
     * @return the dimension, not null
     */
    public String getDimension() {
        return measure.dimension();
    }

    /**
     * Gets the respondent whose measurements were compared.
     *
     * @return the respondent, not null
     */
    public Respondent getRespondent() {
        return measure.respondent();
    }

    /**
     * Gets the number of paths with a change score.
     *
     * @return the count, at least one
     */
    public int getCount() {
        return scores.size();
    }

    /**
     * Gets the paths behind the figures, in cohort order.
     *
     * @return the path identifiers, not null, not empty
     */
    public List<PathId> getPaths() {
        return paths;
    }

    /**
     * Gets the change score of each path, in the order of {@link #getPaths()}.
     *
     * @return the change scores, not null, not empty
     */
    public List<ChangeScore> getScores() {
        return scores;
    }

    /**
     * Gets the distribution of the improvements: mean, median, quartiles.
     *
     * @return the distribution, not null
     */
    public Distribution getImprovement() {
        double[] values = new double[scores.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = scores.get(i).getImprovement().doubleValue();
        }
        return Distribution.of(values);
    }

    /**
     * Gets the share of paths whose later value is better.
     *
     * @return improved / count, not null
     */
    public Share getImproved() {
        return share(ChangeOutcome.IMPROVED);
    }

    /**
     * Gets the share of paths whose values are equal.
     *
     * @return unchanged / count, not null
     */
    public Share getUnchanged() {
        return share(ChangeOutcome.UNCHANGED);
    }

    /**
     * Gets the share of paths whose later value is worse.
     *
     * @return worsened / count, not null
     */
    public Share getWorsened() {
        return share(ChangeOutcome.WORSENED);
    }

    private Share share(ChangeOutcome outcome) {
        int n = (int) scores.stream().filter(s -> s.getOutcome() == outcome).count();
        return Share.of(n, scores.size());
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof ChangeScoreSummary && paths.equals(((ChangeScoreSummary) obj).paths)
                && scores.equals(((ChangeScoreSummary) obj).scores));
    }

    @Override
    public int hashCode() {
        return Objects.hash(paths, scores);
    }

    /**
     * Returns the instrument, dimension, respondent, count and shares.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "ChangeScoreSummary[" + measure.instrument() + " " + measure.dimension() + " " + measure.respondent() + ", n=" + getCount()
                + ", improved " + getImproved() + ", unchanged " + getUnchanged() + ", worsened " + getWorsened() + "]";
    }
}
