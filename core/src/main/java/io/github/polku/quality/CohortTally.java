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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The figures of a {@link CohortSummary} computed from paths as they come, one at a time: it keeps
 * the identifiers and numbers the figures are made of, never the paths themselves, so a cohort can
 * be summarised while its documents stream past. The formulas are those of {@link CohortSummary}.
 * <p>
 * This class is mutable and not thread-safe.
 */
final class CohortTally {

    final OutcomeClassification classification;
    final Map<Stage, List<PathId>> reached = byEnum(Stage.class);
    final Map<Stage, List<PathId>> current = byEnum(Stage.class);
    final Map<Destination, List<PathId>> closed = byEnum(Destination.class);
    final List<PathId> positive = new ArrayList<>();
    final List<Double> contactToPlanDays = new ArrayList<>();
    final List<Double> planToClosureDays = new ArrayList<>();
    /** Change scores per measure, in order of first appearance, with the path of each score. */
    final Map<MeasureKey, List<PathId>> changePaths = new LinkedHashMap<>();
    final Map<MeasureKey, List<ChangeScore>> changes = new LinkedHashMap<>();
    int pathCount;
    int closedCount;
    int services;
    int remote;
    int partlyRemote;
    int attended;
    int offered;
    int attendedRemotely;
    int anonymousContacts;
    final Map<AnonymousChannel, Integer> anonymousPeople = new EnumMap<>(AnonymousChannel.class);

    CohortTally(OutcomeClassification classification) {
        this.classification = Objects.requireNonNull(classification, "classification");
        for (AnonymousChannel channel : AnonymousChannel.values()) {
            anonymousPeople.put(channel, 0);
        }
    }

    /** Counts one path. */
    void add(RehabilitationPath path) {
        Objects.requireNonNull(path, "path");
        pathCount++;
        PathId id = path.getId();
        for (Stage stage : PathFacts.stagesReached(path)) {
            reached.get(stage).add(id);
        }
        current.get(path.getStage()).add(id);
        if (path.getClosure().isPresent()) {
            Closure closure = path.getClosure().get();
            closedCount++;
            closed.get(closure.getDestination()).add(id);
            if (classification.isPositive(closure)) {
                positive.add(id);
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
        addChanges(path);
    }

    /** Counts one anonymous contact, apart from the paths. */
    void add(AnonymousContact contact) {
        Objects.requireNonNull(contact, "contact");
        anonymousContacts++;
        anonymousPeople.merge(contact.getChannel(), contact.getPeopleCount(), Integer::sum);
    }

    /** One change score per instrument, dimension and respondent of the path, first to last measurement. */
    private void addChanges(RehabilitationPath path) {
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
                    MeasureKey key = new MeasureKey(id, score.getDimension(), respondent);
                    changePaths.computeIfAbsent(key, k -> new ArrayList<>()).add(path.getId());
                    changes.computeIfAbsent(key, k -> new ArrayList<>()).add(score);
                }
            }
        }
    }

    /** The change scores per measure, in order of first appearance. */
    List<ChangeScoreSummary> changeScores() {
        List<ChangeScoreSummary> summaries = new ArrayList<>();
        changes.forEach((key, scores) -> summaries.add(ChangeScoreSummary.of(changePaths.get(key), scores)));
        return summaries;
    }

    /** The summary of the paths and contacts counted so far. */
    CohortSummary toSummary() {
        return new CohortSummary(this);
    }

    static <E extends Enum<E>> Map<E, List<PathId>> byEnum(Class<E> type) {
        Map<E, List<PathId>> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, new ArrayList<>());
        }
        return map;
    }
}
