package io.github.polku.quality;

import io.github.polku.contact.AnonymousChannel;
import io.github.polku.contact.AnonymousContact;
import io.github.polku.measurement.ChangeScore;
import io.github.polku.measurement.ChangeScores;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Measurement;
import io.github.polku.measurement.Respondent;
import io.github.polku.path.Closure;
import io.github.polku.path.Destination;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.PathId;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.service.Attendance;
import io.github.polku.service.AttendanceStatus;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Service;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CohortSummary {

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

    private CohortSummary(Collection<RehabilitationPath> paths, Collection<AnonymousContact> contacts,
            OutcomeClassification classification) {
        this.classification = classification;
        this.pathCount = paths.size();
        Map<Stage, List<PathId>> reachedBuilder = byEnum(Stage.class);
        Map<Stage, List<PathId>> currentBuilder = byEnum(Stage.class);
        Map<Destination, List<PathId>> destinations = byEnum(Destination.class);
        List<PathId> positives = new ArrayList<>();
        List<Double> contactToPlanDays = new ArrayList<>();
        List<Double> planToClosureDays = new ArrayList<>();
        Map<String, List<PathId>> changePaths = new LinkedHashMap<>();
        Map<String, List<ChangeScore>> changes = new LinkedHashMap<>();
        int closed = 0;
        int services = 0;
        int remote = 0;
        int partlyRemote = 0;
        int attended = 0;
        int offered = 0;
        int attendedRemotely = 0;
        for (RehabilitationPath path : paths) {
            PathId id = path.getId();
            for (Stage stage : PathFacts.stagesReached(path)) {
                reachedBuilder.get(stage).add(id);
            }
            currentBuilder.get(path.getStage()).add(id);
            if (path.getClosure().isPresent()) {
                Closure closure = path.getClosure().get();
                closed++;
                destinations.get(closure.getDestination()).add(id);
                if (classification.isPositive(closure)) {
                    positives.add(id);
                }
            }
            if (path.getPlan().isPresent()) {
                contactToPlanDays.add((double) ChronoUnit.DAYS.between(path.getFirstContact().getDate(),
                        path.getPlan().get().getCreatedOn()));
                if (path.getClosure().isPresent()) {
                    planToClosureDays.add((double) ChronoUnit.DAYS.between(path.getPlan().get().getCreatedOn(),
                            path.getClosure().get().getDate()));
                }
            }
            for (Service service : path.getServices()) {
                services++;
                remote += service.getDeliveryMode().isRemote() ? 1 : 0;
                partlyRemote += service.getDeliveryMode().isAtLeastPartlyRemote() ? 1 : 0;
                for (Attendance a : service.getAttendances()) {
                    if (a.getStatus().isOffered()) {
                        offered++;
                    }
                    if (a.getStatus() == AttendanceStatus.ATTENDED) {
                        attended++;
                        DeliveryMode mode = a.getDeliveryMode().orElse(service.getDeliveryMode());
                        attendedRemotely += mode.isRemote() ? 1 : 0;
                    }
                }
            }
            collectChanges(path, changePaths, changes);
        }
        this.reached = freeze(reachedBuilder);
        this.current = freeze(currentBuilder);
        this.closedByDestination = freeze(destinations);
        this.closedCount = closed;
        this.positive = Collections.unmodifiableList(positives);
        this.contactToPlan = contactToPlanDays.isEmpty() ? Optional.empty() : Optional.of(Distribution.of(contactToPlanDays));
        this.planToClosure = planToClosureDays.isEmpty() ? Optional.empty() : Optional.of(Distribution.of(planToClosureDays));
        List<ChangeScoreSummary> summaries = new ArrayList<>();
        changes.forEach((key, scores) -> summaries.add(ChangeScoreSummary.of(changePaths.get(key), scores)));
        this.changeScores = Collections.unmodifiableList(summaries);
        this.remoteServices = Share.of(remote, services);
        this.partlyRemoteServices = Share.of(partlyRemote, services);
        this.remoteSessions = Share.of(attendedRemotely, attended);
        this.attendance = Share.of(attended, offered);
        int contactCount = 0;
        Map<AnonymousChannel, Integer> people = new EnumMap<>(AnonymousChannel.class);
        for (AnonymousChannel channel : AnonymousChannel.values()) {
            people.put(channel, 0);
        }
        for (AnonymousContact contact : contacts) {
            contactCount++;
            people.merge(contact.getChannel(), contact.getPeopleCount(), Integer::sum);
        }
        this.anonymousContacts = contactCount;
        this.anonymousPeople = Collections.unmodifiableMap(people);
    }

    /** One change score per instrument, dimension and respondent of the path, first to last measurement. */
    private static void collectChanges(RehabilitationPath path, Map<String, List<PathId>> changePaths,
            Map<String, List<ChangeScore>> changes) {
        Set<InstrumentId> instruments = new LinkedHashSet<>();
        Set<Respondent> respondents = new LinkedHashSet<>();
        for (Measurement m : path.getMeasurements()) {
            instruments.add(m.getInstrumentId());
            respondents.add(m.getRespondent());
        }
        for (InstrumentId id : instruments) {
            Optional<Instrument> instrument = path.findInstrument(id);
            if (instrument.isEmpty()) {
                continue;   // an unknown instrument is reported by the validator
            }
            for (Respondent respondent : respondents) {
                for (ChangeScore score : ChangeScores.firstToLast(instrument.get(), path.getMeasurements(), respondent)) {
                    String key = id.getValue() + "\n" + score.getDimension() + "\n" + respondent;
                    changePaths.computeIfAbsent(key, k -> new ArrayList<>()).add(path.getId());
                    changes.computeIfAbsent(key, k -> new ArrayList<>()).add(score);
                }
            }
        }
    }

    private static <E extends Enum<E>> Map<E, List<PathId>> byEnum(Class<E> type) {
        Map<E, List<PathId>> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, new ArrayList<>());
        }
        return map;
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
        return new CohortSummary(paths, anonymousContacts, classification);
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
