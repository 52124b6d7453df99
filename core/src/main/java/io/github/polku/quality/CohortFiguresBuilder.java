package io.github.polku.quality;

import io.github.polku.contact.AnonymousChannel;
import io.github.polku.path.Destination;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.PathId;
import io.github.polku.path.Stage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The recorded figures of a {@link CohortSummary}, set one by one: the state and the setters of
 * {@link CohortSummary.Builder}, which adds the consistency check and {@code build()}. It is the
 * builder's package-private base, as a generated Immutables builder is, so that the summary, its
 * figures' setters and its consistency check ({@link CohortConsistency}) are three files.
 * <p>
 * This class is mutable and not thread-safe.
 */
abstract class CohortFiguresBuilder {
    OutcomeClassification classification = OutcomeClassification.standard();
    final Map<Stage, List<PathId>> current = CohortTally.byEnum(Stage.class);
    final Map<Stage, List<PathId>> reached = CohortTally.byEnum(Stage.class);
    final Map<Destination, List<PathId>> closed = CohortTally.byEnum(Destination.class);
    final List<PathId> positive = new ArrayList<>();
    Distribution contactToPlan;
    Distribution planToClosure;
    final List<ChangeScoreSummary> changeScores = new ArrayList<>();
    Share remoteServices = Share.of(0, 0);
    Share partlyRemoteServices = Share.of(0, 0);
    Share remoteSessions = Share.of(0, 0);
    Share attendance = Share.of(0, 0);
    int anonymousContacts;
    final Map<AnonymousChannel, Integer> anonymousPeople = new EnumMap<>(AnonymousChannel.class);

    CohortFiguresBuilder() {
        for (AnonymousChannel channel : AnonymousChannel.values()) {
            anonymousPeople.put(channel, 0);
        }
    }

    /**
     * Sets the classification of outcomes the summary was made under.
     *
     * @param classification  the classification, not null
     * @return this builder
     */
    public CohortSummary.Builder classification(OutcomeClassification classification) {
        this.classification = Objects.requireNonNull(classification, "classification");
        return self();
    }

    /**
     * Sets the paths in a stage now. Together, the stages list every path of the cohort once.
     *
     * @param stage  the stage, not null
     * @param paths  the path identifiers in cohort order, not null; replaces earlier ones
     * @return this builder
     */
    public CohortSummary.Builder pathsInStage(Stage stage, Collection<PathId> paths) {
        return replace(current, stage, paths);
    }

    /**
     * Sets the paths that have been in a stage.
     *
     * @param stage  the stage, not null
     * @param paths  the path identifiers in cohort order, not null; replaces earlier ones
     * @return this builder
     */
    public CohortSummary.Builder pathsReaching(Stage stage, Collection<PathId> paths) {
        return replace(reached, stage, paths);
    }

    /**
     * Sets the closed paths that went to a destination.
     *
     * @param destination  the destination, not null
     * @param paths  the path identifiers in cohort order, not null; replaces earlier ones
     * @return this builder
     */
    public CohortSummary.Builder closedPaths(Destination destination, Collection<PathId> paths) {
        return replace(closed, destination, paths);
    }

    /**
     * Sets the closed paths with a positive outcome.
     *
     * @param paths  the path identifiers in cohort order, not null; replaces earlier ones
     * @return this builder
     */
    public CohortSummary.Builder positivePaths(Collection<PathId> paths) {
        positive.clear();
        positive.addAll(noNulls(paths));
        return self();
    }

    /**
     * Sets the distribution of days from the first contact to the client plan.
     *
     * @param days  the distribution, null if no path has a plan
     * @return this builder
     */
    public CohortSummary.Builder contactToPlanDays(Distribution days) {
        this.contactToPlan = days;
        return self();
    }

    /**
     * Sets the distribution of days from the client plan to the closure.
     *
     * @param days  the distribution, null if no closed path has a plan
     * @return this builder
     */
    public CohortSummary.Builder planToClosureDays(Distribution days) {
        this.planToClosure = days;
        return self();
    }

    /**
     * Adds the change scores of one instrument, dimension and respondent.
     *
     * @param summary  the summary, not null
     * @return this builder
     */
    public CohortSummary.Builder addChangeScores(ChangeScoreSummary summary) {
        changeScores.add(Objects.requireNonNull(summary, "summary"));
        return self();
    }

    /**
     * Sets the share of services delivered wholly remotely.
     *
     * @param share  remote services / services, not null
     * @return this builder
     */
    public CohortSummary.Builder remoteServices(Share share) {
        this.remoteServices = Objects.requireNonNull(share, "share");
        return self();
    }

    /**
     * Sets the share of services delivered wholly or partly remotely.
     *
     * @param share  remote and hybrid services / services, not null
     * @return this builder
     */
    public CohortSummary.Builder atLeastPartlyRemoteServices(Share share) {
        this.partlyRemoteServices = Objects.requireNonNull(share, "share");
        return self();
    }

    /**
     * Sets the share of attended sessions delivered wholly remotely.
     *
     * @param share  remote attended sessions / attended sessions, not null
     * @return this builder
     */
    public CohortSummary.Builder remoteSessions(Share share) {
        this.remoteSessions = Objects.requireNonNull(share, "share");
        return self();
    }

    /**
     * Sets the attendance rate.
     *
     * @param share  sessions attended / sessions offered, not null
     * @return this builder
     */
    public CohortSummary.Builder attendance(Share share) {
        this.attendance = Objects.requireNonNull(share, "share");
        return self();
    }

    /**
     * Sets the number of anonymous contact records.
     *
     * @param count  the count, zero or more (checked by {@link CohortSummary.Builder#build()})
     * @return this builder
     */
    public CohortSummary.Builder anonymousContactCount(int count) {
        this.anonymousContacts = count;
        return self();
    }

    /**
     * Sets the number of people met in anonymous contacts through one channel.
     *
     * @param channel  the channel, not null
     * @param people  the count, zero or more (checked by {@link CohortSummary.Builder#build()})
     * @return this builder
     */
    public CohortSummary.Builder anonymousPeople(AnonymousChannel channel, int people) {
        anonymousPeople.put(Objects.requireNonNull(channel, "channel"), people);
        return self();
    }

    private <E extends Enum<E>> CohortSummary.Builder replace(Map<E, List<PathId>> map, E key, Collection<PathId> paths) {
        List<PathId> list = map.get(Objects.requireNonNull(key, "key"));
        list.clear();
        list.addAll(noNulls(paths));
        return self();
    }

    private static Collection<PathId> noNulls(Collection<PathId> paths) {
        Objects.requireNonNull(paths, "paths");
        for (PathId id : paths) {
            Objects.requireNonNull(id, "path identifier");
        }
        return paths;
    }

    private CohortSummary.Builder self() {
        // the only subclass; the setters return it so that callers chain them on the public type
        return (CohortSummary.Builder) this;
    }
}
