package io.github.polku.quality;

import io.github.polku.contact.AnonymousChannel;
import io.github.polku.contact.AnonymousContact;
import io.github.polku.path.Destination;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.PathId;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcomes of a cohort of rehabilitation paths (fi: kohortin tulokset, sv: kohortens utfall):
 * stages reached, closures by destination, the share of positive outcomes, durations, change
 * scores, remote delivery, attendance, and the anonymous low-threshold contacts counted apart.
 * <p>
 * Every figure has a documented, deterministic formula, and the figures about paths name the paths
 * behind them. Run {@link io.github.polku.validation.PolkuValidator} first: the summary takes the
 * records as they are.
 * <table>
 *   <caption>Figures and formulas</caption>
 *   <tr><th>figure</th><th>formula</th></tr>
 *   <tr><td>{@link #getStagesReached()}</td><td>paths that have been in each stage: every path has
 *       been in {@code CONTACT}; {@code CLOSED} with a closure; others by their stage changes</td></tr>
 *   <tr><td>{@link #getCurrentStages()}</td><td>paths by {@link RehabilitationPath#getStage()}</td></tr>
 *   <tr><td>{@link #getClosuresByDestination()}</td><td>closed paths with the destination / closed paths</td></tr>
 *   <tr><td>{@link #getPositiveOutcomes()}</td><td>closed paths positive under the {@link OutcomeClassification}
 *       / closed paths</td></tr>
 *   <tr><td>{@link #getContactToPlanDays()}</td><td>days from the first contact to the client plan's
 *       creation, over paths with a plan; {@link Distribution} (median and quartiles by linear
 *       interpolation, Hyndman-Fan type 7)</td></tr>
 *   <tr><td>{@link #getPlanToClosureDays()}</td><td>days from the plan's creation to the closure, over
 *       closed paths with a plan</td></tr>
 *   <tr><td>{@link #getChangeScores()}</td><td>per instrument, dimension and respondent: one change
 *       score per path from its first to its last measurement; see {@link ChangeScoreSummary}</td></tr>
 *   <tr><td>{@link #getRemoteServices()}</td><td>services whose delivery mode is wholly remote / services</td></tr>
 *   <tr><td>{@link #getAtLeastPartlyRemoteServices()}</td><td>services delivered wholly or partly remotely
 *       (hybrid) / services</td></tr>
 *   <tr><td>{@link #getRemoteSessions()}</td><td>attended sessions delivered wholly remotely (the
 *       session's own mode, else the service's) / attended sessions</td></tr>
 *   <tr><td>{@link #getAttendance()}</td><td>sessions attended / sessions offered (all but those
 *       cancelled by the provider), pooled over every service of every path</td></tr>
 *   <tr><td>{@link #getAnonymousContactCount()}, {@link #getAnonymousPeopleCount()}</td><td>anonymous
 *       contact records and the people they count; never added to the path figures</td></tr>
 * </table>
 * <p>
 * A summary travels between organisations as a {@code COHORT_SUMMARY} document of
 * {@code polku-serialization}, which holds the facts behind the figures (the paths, raw durations,
 * shares as counts) and reads them back through {@link #builder()}, which checks that they fit
 * together. Two summaries are equal when all their figures and the paths behind them are.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CohortSummary {

    /** Code of the error when a summary names a path that is not in its cohort. */
    public static final String UNKNOWN_PATH = "polku.cohort.unknownPath";
    /** Code of the error when a summary counts a path twice where it may appear once. */
    public static final String DUPLICATE_PATH = "polku.cohort.duplicatePath";
    /** Code of the error when a figure of a summary contradicts its other figures. */
    public static final String INCONSISTENT = "polku.cohort.inconsistent";

    private final OutcomeClassification classification;
    private final int pathCount;
    private final Map<Stage, List<PathId>> reached;
    private final Map<Stage, List<PathId>> current;
    private final Map<Destination, List<PathId>> closedByDestination;
    private final int closedCount;
    private final List<PathId> positive;
    private final Optional<Distribution> contactToPlan;
    private final Optional<Distribution> planToClosure;
    private final List<ChangeScoreSummary> changeScores;
    private final Share remoteServices;
    private final Share partlyRemoteServices;
    private final Share remoteSessions;
    private final Share attendance;
    private final int anonymousContacts;
    private final Map<AnonymousChannel, Integer> anonymousPeople;

    CohortSummary(CohortTally t) {
        this.classification = t.classification;
        this.pathCount = t.pathCount;
        this.reached = freeze(copyLists(t.reached, Stage.class));
        this.current = freeze(copyLists(t.current, Stage.class));
        this.closedByDestination = freeze(copyLists(t.closed, Destination.class));
        this.closedCount = t.closedCount;
        this.positive = List.copyOf(t.positive);
        this.contactToPlan = t.contactToPlanDays.isEmpty() ? Optional.empty() : Optional.of(Distribution.of(t.contactToPlanDays));
        this.planToClosure = t.planToClosureDays.isEmpty() ? Optional.empty() : Optional.of(Distribution.of(t.planToClosureDays));
        this.changeScores = List.copyOf(t.changeScores());
        this.remoteServices = Share.of(t.remote, t.services);
        this.partlyRemoteServices = Share.of(t.partlyRemote, t.services);
        this.remoteSessions = Share.of(t.attendedRemotely, t.attended);
        this.attendance = Share.of(t.attended, t.offered);
        this.anonymousContacts = t.anonymousContacts;
        this.anonymousPeople = Collections.unmodifiableMap(new EnumMap<>(t.anonymousPeople));
    }

    private CohortSummary(Builder b) {
        this.classification = b.classification;
        this.reached = freeze(copyLists(b.reached, Stage.class));
        this.current = freeze(copyLists(b.current, Stage.class));
        this.closedByDestination = freeze(copyLists(b.closed, Destination.class));
        int paths = 0;
        for (List<PathId> ids : current.values()) {
            paths += ids.size();
        }
        this.pathCount = paths;
        int closed = 0;
        for (List<PathId> ids : closedByDestination.values()) {
            closed += ids.size();
        }
        this.closedCount = closed;
        this.positive = Collections.unmodifiableList(new ArrayList<>(b.positive));
        this.contactToPlan = Optional.ofNullable(b.contactToPlan);
        this.planToClosure = Optional.ofNullable(b.planToClosure);
        this.changeScores = Collections.unmodifiableList(new ArrayList<>(b.changeScores));
        this.remoteServices = b.remoteServices;
        this.partlyRemoteServices = b.partlyRemoteServices;
        this.remoteSessions = b.remoteSessions;
        this.attendance = b.attendance;
        this.anonymousContacts = b.anonymousContacts;
        this.anonymousPeople = Collections.unmodifiableMap(new EnumMap<>(b.anonymousPeople));
    }

    private static <E extends Enum<E>> Map<E, List<PathId>> copyLists(Map<E, List<PathId>> from, Class<E> type) {
        Map<E, List<PathId>> copy = CohortTally.byEnum(type);
        from.forEach((k, v) -> copy.get(k).addAll(v));
        return copy;
    }

    private static <E extends Enum<E>> Map<E, List<PathId>> freeze(Map<E, List<PathId>> map) {
        map.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Summarises paths under the {@link OutcomeClassification#standard() standard classification},
     * without anonymous contacts.
     *
     * @param paths  the paths, not null, may be empty
     * @return the summary, not null
     */
    public static CohortSummary of(Collection<RehabilitationPath> paths) {
        return of(paths, List.of(), OutcomeClassification.standard());
    }

    /**
     * Summarises paths and anonymous contacts under a classification of outcomes.
     *
     * @param paths  the paths, not null, may be empty
     * @param anonymousContacts  the anonymous low-threshold and outreach contacts, counted apart
     *     from the paths; not null, may be empty
     * @param classification  which closures count as positive, not null
     * @return the summary, not null
     */
    public static CohortSummary of(Collection<RehabilitationPath> paths, Collection<AnonymousContact> anonymousContacts,
            OutcomeClassification classification) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(anonymousContacts, "anonymousContacts");
        Objects.requireNonNull(classification, "classification");
        Tally tally = tally(classification);
        paths.forEach(tally::add);
        anonymousContacts.forEach(tally::add);
        return tally.toSummary();
    }

    /**
     * Obtains a tally that summarises paths and anonymous contacts given one at a time, for a
     * cohort too large to hold in memory: it keeps the path identifiers and numbers the figures
     * are made of, not the paths. Adding the paths of a collection one by one gives the summary
     * {@link #of(Collection, Collection, OutcomeClassification)} gives.
     *
     * @param classification  which closures count as positive, not null
     * @return a new, empty tally, not null
     * @since 0.1.0
     */
    public static Tally tally(OutcomeClassification classification) {
        return new Tally(new CohortTally(classification));
    }

    /**
     * Summarises a cohort given one path or anonymous contact at a time (fi: kohortin laskenta,
     * sv: kohortens räkning). The caller gives each path once: a path given twice is counted
     * twice, and the summary would then contradict itself as {@link Builder#build()} checks.
     * <p>
     * This class is mutable and not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Tally {
        private final CohortTally tally;

        private Tally(CohortTally tally) {
            this.tally = tally;
        }

        /**
         * Counts one path.
         *
         * @param path  the path, not null
         * @return this tally
         */
        public Tally add(RehabilitationPath path) {
            tally.add(path);
            return this;
        }

        /**
         * Counts one anonymous contact, apart from the paths.
         *
         * @param contact  the contact, not null
         * @return this tally
         */
        public Tally add(AnonymousContact contact) {
            tally.add(contact);
            return this;
        }

        /**
         * Gets the number of paths counted so far.
         *
         * @return the count, zero or more
         */
        public int getPathCount() {
            return tally.pathCount;
        }

        /**
         * Summarises what was counted so far; the tally can go on counting.
         *
         * @return the summary, not null
         */
        public CohortSummary toSummary() {
            return tally.toSummary();
        }

        /**
         * Returns the number of paths counted: no personal data.
         *
         * @return the description, not null
         */
        @Override
        public String toString() {
            return "CohortSummary.Tally[paths=" + tally.pathCount + "]";
        }
    }

    /**
     * Obtains a builder of a summary from its recorded figures, for a summary read back from an
     * exchanged document (fi: kohortin yhteenveto -asiakirja, sv: kohortsammanfattning som
     * dokument). Use {@link #of(Collection)} to compute a summary from paths.
     * <pre>{@code
     * CohortSummary summary = CohortSummary.builder()
     *     .pathsInStage(Stage.CLOSED, List.of(PathId.of("P-1")))
     *     .pathsReaching(Stage.CONTACT, List.of(PathId.of("P-1")))
     *     .pathsReaching(Stage.CLOSED, List.of(PathId.of("P-1")))
     *     .closedPaths(Destination.EMPLOYMENT, List.of(PathId.of("P-1")))
     *     .positivePaths(List.of(PathId.of("P-1")))
     *     .build();
     * }</pre>
     *
     * @return a new builder, not null
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the number of paths.
     *
     * @return the count, zero or more
     */
    public int getPathCount() {
        return pathCount;
    }

    /**
     * Gets the number of paths that have been in each stage.
     *
     * @return the count per stage, every stage in declaration order, zero included; not null
     */
    public Map<Stage, Integer> getStagesReached() {
        return counts(reached);
    }

    /**
     * Gets the paths that have been in a stage.
     *
     * @param stage  the stage, not null
     * @return the path identifiers in cohort order, not null, may be empty
     */
    public List<PathId> getPathsReaching(Stage stage) {
        return reached.get(Objects.requireNonNull(stage, "stage"));
    }

    /**
     * Gets the number of paths in each stage now.
     *
     * @return the count per current stage, every stage in declaration order, zero included; not null
     */
    public Map<Stage, Integer> getCurrentStages() {
        return counts(current);
    }

    /**
     * Gets the paths in a stage now.
     *
     * @param stage  the stage, not null
     * @return the path identifiers in cohort order, not null, may be empty
     * @since 0.1.0
     */
    public List<PathId> getPathsInStage(Stage stage) {
        return current.get(Objects.requireNonNull(stage, "stage"));
    }

    /**
     * Gets the number of closed paths.
     *
     * @return the count, zero or more
     */
    public int getClosedCount() {
        return closedCount;
    }

    /**
     * Gets the closures by destination: for each destination, the closed paths that went there
     * out of all closed paths.
     *
     * @return the share per destination, every destination in declaration order; not null
     */
    public Map<Destination, Share> getClosuresByDestination() {
        Map<Destination, Share> shares = new EnumMap<>(Destination.class);
        closedByDestination.forEach((d, ids) -> shares.put(d, Share.of(ids.size(), closedCount)));
        return Collections.unmodifiableMap(shares);
    }

    /**
     * Gets the closed paths that went to a destination.
     *
     * @param destination  the destination, not null
     * @return the path identifiers in cohort order, not null, may be empty
     */
    public List<PathId> getClosedPaths(Destination destination) {
        return closedByDestination.get(Objects.requireNonNull(destination, "destination"));
    }

    /**
     * Gets the share of closed paths with a positive outcome under the classification.
     *
     * @return positive / closed, not null
     */
    public Share getPositiveOutcomes() {
        return Share.of(positive.size(), closedCount);
    }

    /**
     * Gets the closed paths with a positive outcome.
     *
     * @return the path identifiers in cohort order, not null, may be empty
     */
    public List<PathId> getPositivePaths() {
        return positive;
    }

    /**
     * Gets the classification of outcomes used.
     *
     * @return the classification, not null
     */
    public OutcomeClassification getClassification() {
        return classification;
    }

    /**
     * Gets the distribution of days from the first contact to the client plan.
     *
     * @return the distribution, empty if no path has a plan, not null
     */
    public Optional<Distribution> getContactToPlanDays() {
        return contactToPlan;
    }

    /**
     * Gets the distribution of days from the client plan to the closure.
     *
     * @return the distribution, empty if no closed path has a plan, not null
     */
    public Optional<Distribution> getPlanToClosureDays() {
        return planToClosure;
    }

    /**
     * Gets the change scores per instrument, dimension and respondent, in order of first
     * appearance in the cohort.
     *
     * @return the summaries, not null, may be empty
     */
    public List<ChangeScoreSummary> getChangeScores() {
        return changeScores;
    }

    /**
     * Gets the share of services delivered wholly remotely.
     *
     * @return remote services / services, not null
     */
    public Share getRemoteServices() {
        return remoteServices;
    }

    /**
     * Gets the share of services delivered wholly or partly remotely.
     *
     * @return remote and hybrid services / services, not null
     */
    public Share getAtLeastPartlyRemoteServices() {
        return partlyRemoteServices;
    }

    /**
     * Gets the share of attended sessions that were delivered wholly remotely.
     *
     * @return remote attended sessions / attended sessions, not null
     */
    public Share getRemoteSessions() {
        return remoteSessions;
    }

    /**
     * Gets the attendance rate, pooled over every service of every path.
     *
     * @return sessions attended / sessions offered, not null
     */
    public Share getAttendance() {
        return attendance;
    }

    /**
     * Gets the number of anonymous contact records. They are not paths and never enter the path
     * figures.
     *
     * @return the count, zero or more
     */
    public int getAnonymousContactCount() {
        return anonymousContacts;
    }

    /**
     * Gets the number of people met in anonymous contacts, the sum of their people counts.
     *
     * @return the count, zero or more
     */
    public int getAnonymousPeopleCount() {
        return anonymousPeople.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Gets the number of people met in anonymous contacts by channel.
     *
     * @return the count per channel, every channel in declaration order, zero included; not null
     */
    public Map<AnonymousChannel, Integer> getAnonymousPeopleByChannel() {
        return anonymousPeople;
    }

    private static <E extends Enum<E>> Map<E, Integer> counts(Map<E, List<PathId>> map) {
        Map<E, Integer> counts = new LinkedHashMap<>();
        map.forEach((k, v) -> counts.put(k, v.size()));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Checks if this summary has the same figures as another: the same paths in the same stages,
     * closures, positive outcomes, classification, distributions, change scores, shares and
     * anonymous contact counts.
     *
     * @param obj  the other object, null returns false
     * @return true if the figures are equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof CohortSummary)) {
            return false;
        }
        CohortSummary o = (CohortSummary) obj;
        return classification.equals(o.classification) && reached.equals(o.reached) && current.equals(o.current)
                && closedByDestination.equals(o.closedByDestination) && positive.equals(o.positive)
                && contactToPlan.equals(o.contactToPlan) && planToClosure.equals(o.planToClosure)
                && changeScores.equals(o.changeScores) && remoteServices.equals(o.remoteServices)
                && partlyRemoteServices.equals(o.partlyRemoteServices) && remoteSessions.equals(o.remoteSessions)
                && attendance.equals(o.attendance) && anonymousContacts == o.anonymousContacts
                && anonymousPeople.equals(o.anonymousPeople);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(classification, reached, current, closedByDestination, positive, contactToPlan, planToClosure,
                changeScores, remoteServices, partlyRemoteServices, remoteSessions, attendance, anonymousContacts,
                anonymousPeople);
    }

    /**
     * Builds a {@link CohortSummary} from its recorded figures (fi: kohortin yhteenvedon
     * rakentaja, sv: byggare av kohortsammanfattning). What is not set is empty or zero; the
     * classification defaults to {@link OutcomeClassification#standard()}.
     * <p>
     * {@link #build()} checks that the figures fit together (tier 1: a summary that contradicts
     * itself is meaningless) and reports every contradiction at once, each at the path of its
     * figure, made of the property names of the summary ({@code /currentStages/CLOSED}; see
     * {@link #contradictions()} for the same in the summary's own terms): a path named in a figure but in no current stage
     * ({@value CohortSummary#UNKNOWN_PATH}), a path counted twice where it may appear once
     * ({@value CohortSummary#DUPLICATE_PATH}), and figures that contradict each other
     * ({@value CohortSummary#INCONSISTENT}): a path that has not reached its current stage or
     * {@code CONTACT}, closed paths that are not the paths in {@code CLOSED}, a positive path
     * that is not closed, a closed path with a positive destination that is not positive, more
     * durations than paths, shares over different totals, negative counts.
     * <p>
     * This class is mutable and not thread-safe; the summary it builds is immutable.
     *
     * @since 0.1.0
     */
    public static final class Builder extends CohortFiguresBuilder {

        private Builder() {
        }

        /**
         * Builds the summary after checking that its figures fit together.
         *
         * @return the summary, not null
         * @throws InvalidValueException with every contradiction, at the path of its figure (see
         *     {@link CohortContradiction#toViolation()} and {@link Builder})
         */
        public CohortSummary build() {
            List<CohortContradiction> contradictions = contradictions();
            if (!contradictions.isEmpty()) {
                List<Violation> problems = new ArrayList<>();
                contradictions.forEach(c -> problems.add(c.toViolation()));
                throw new InvalidValueException(problems);
            }
            return new CohortSummary(this);
        }

        /**
         * Finds every contradiction between the figures set so far, in the terms of the summary,
         * for a reader that reports them at its own locations; see {@link Builder} for the rules.
         *
         * @return the contradictions, empty if {@link #build()} would succeed; not null
         * @since 0.1.0
         */
        public List<CohortContradiction> contradictions() {
            return CohortConsistency.check(this);
        }
    }

    /**
     * Returns the main figures: paths, closed, positive outcomes, attendance and remote services.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "CohortSummary[paths=" + pathCount + ", closed=" + closedCount + ", positive=" + getPositiveOutcomes()
                + ", attendance=" + attendance + ", remoteServices=" + remoteServices + ", anonymousContacts="
                + anonymousContacts + "]";
    }
}
