package io.github.polku.serialization.jackson.internal;

import io.github.polku.contact.AnonymousChannel;
import io.github.polku.measurement.ChangeScore;
import io.github.polku.measurement.Direction;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Respondent;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.Destination;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.PathId;
import io.github.polku.path.Stage;
import io.github.polku.quality.ChangeScoreSummary;
import io.github.polku.quality.CohortSummary;
import io.github.polku.quality.Distribution;
import io.github.polku.quality.Share;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The wire format of a {@code COHORT_SUMMARY} document (GH-6): the descriptors of the summary and
 * its figures, and the figures that contradict one another reported at their pointers.
 */
final class CohortCodec {

    /** The code of a figure that contradicts the rest of a cohort summary. */
    static final String COHORT_INCONSISTENT = "polku.cohort.inconsistent";

    private CohortCodec() {
    }

    static void register(Descriptors r) {
        DescriptorBuilder<OutcomeClassification> classification = r.describe(OutcomeClassification.class);
        Prop<Collection<Destination>> destinations = classification.collection("positiveDestinations",
                new ListKind(r.code(Destination.class), true), OutcomeClassification::getPositiveDestinations);
        Prop<Collection<ClosureReason>> reasons = classification.collection("positiveReasons",
                new ListKind(r.code(ClosureReason.class), true), OutcomeClassification::getPositiveReasons);
        classification.register(v -> OutcomeClassification.of(codeSet(v.get(destinations), Destination.class),
                codeSet(v.get(reasons), ClosureReason.class)));

        DescriptorBuilder<Share> share = r.describe(Share.class);
        Prop<Integer> count = share.required("count", Kinds.INTEGER, Share::getCount);
        Prop<Integer> total = share.required("total", Kinds.INTEGER, Share::getTotal);
        share.register(v -> share(v.get(count), v.get(total)));

        DescriptorBuilder<Distribution> distribution = r.describe(Distribution.class);
        Prop<Collection<Double>> values = distribution.required("values", new ListKind(Kinds.DOUBLE, false),
                d -> boxed(d.getValues()));
        distribution.register(v -> Distribution.of(v.get(values)));

        DescriptorBuilder<ChangeScoreEntry> entry = r.describe(ChangeScoreEntry.class);
        Prop<PathId> path = entry.required("path", r.identifier(PathId.class), ChangeScoreEntry::path);
        Prop<LocalDate> earlierDate = entry.required("earlierDate", Kinds.DATE_KIND, ChangeScoreEntry::earlierDate);
        Prop<BigDecimal> earlierValue = entry.required("earlierValue", Kinds.DECIMAL, ChangeScoreEntry::earlierValue);
        Prop<LocalDate> laterDate = entry.required("laterDate", Kinds.DATE_KIND, ChangeScoreEntry::laterDate);
        Prop<BigDecimal> laterValue = entry.required("laterValue", Kinds.DECIMAL, ChangeScoreEntry::laterValue);
        entry.register(v -> new ChangeScoreEntry(v.get(path), v.get(earlierDate), v.get(earlierValue), v.get(laterDate),
                v.get(laterValue)));

        registerChangeScores(r);
        registerSummary(r);
        r.refine(Share.class, t -> {
            Descriptors.property(t, "count").put("minimum", 0);
            Descriptors.property(t, "total").put("minimum", 0);
        });
        r.refine(Distribution.class, t -> Descriptors.property(t, "values").put("minItems", 1));
        r.refine(ChangeScoreSummary.class, t -> Descriptors.property(t, "scores").put("minItems", 1));
    }

    private static void registerChangeScores(Descriptors r) {
        DescriptorBuilder<ChangeScoreSummary> d = r.describe(ChangeScoreSummary.class);
        Prop<InstrumentId> instrument = d.required("instrumentId", r.identifier(InstrumentId.class), ChangeScoreSummary::getInstrumentId);
        Prop<String> dimension = d.required("dimension", Kinds.STRING, ChangeScoreSummary::getDimension);
        Prop<Respondent> respondent = d.required("respondent", r.code(Respondent.class), ChangeScoreSummary::getRespondent);
        Prop<Direction> direction = d.required("direction", r.code(Direction.class), s -> s.getScores().get(0).getDirection());
        Prop<Collection<ChangeScoreEntry>> scores = d.required("scores", new ListKind(r.object(ChangeScoreEntry.class), false),
                ChangeScoreEntry::entries);
        d.register(v -> summary(v.get(instrument), v.get(dimension), v.get(respondent), v.get(direction), v.get(scores)));
    }

    private static void registerSummary(Descriptors r) {
        DescriptorBuilder<CohortSummary> d = r.describe(CohortSummary.class);
        Kind pathIds = new ListKind(r.identifier(PathId.class), false);
        Kind share = r.object(Share.class);
        Prop<OutcomeClassification> classification = d.required("classification", r.object(OutcomeClassification.class),
                CohortSummary::getClassification);
        Prop<Map<Stage, Collection<PathId>>> currentStages = d.collection("currentStages",
                new MapKind(r.codes(Stage.class), pathIds), s -> paths(Stage.class, s::getPathsInStage));
        Prop<Map<Stage, Collection<PathId>>> stagesReached = d.collection("stagesReached",
                new MapKind(r.codes(Stage.class), pathIds), s -> paths(Stage.class, s::getPathsReaching));
        Prop<Map<Destination, Collection<PathId>>> closedPaths = d.collection("closedPaths",
                new MapKind(r.codes(Destination.class), pathIds), s -> paths(Destination.class, s::getClosedPaths));
        Prop<Collection<PathId>> positivePaths = d.collection("positivePaths", pathIds, CohortSummary::getPositivePaths);
        Prop<Distribution> contactToPlan = d.optional("contactToPlanDays", r.object(Distribution.class),
                CohortSummary::getContactToPlanDays);
        Prop<Distribution> planToClosure = d.optional("planToClosureDays", r.object(Distribution.class),
                CohortSummary::getPlanToClosureDays);
        Prop<Collection<ChangeScoreSummary>> changeScores = d.collection("changeScores",
                new ListKind(r.object(ChangeScoreSummary.class), false), CohortSummary::getChangeScores);
        Prop<Share> remoteServices = d.required("remoteServices", share, CohortSummary::getRemoteServices);
        Prop<Share> partlyRemote = d.required("atLeastPartlyRemoteServices", share, CohortSummary::getAtLeastPartlyRemoteServices);
        Prop<Share> remoteSessions = d.required("remoteSessions", share, CohortSummary::getRemoteSessions);
        Prop<Share> attendance = d.required("attendance", share, CohortSummary::getAttendance);
        Prop<Integer> contactCount = d.required("anonymousContactCount", Kinds.INTEGER, CohortSummary::getAnonymousContactCount);
        Prop<Map<AnonymousChannel, Integer>> peopleByChannel = d.collection("anonymousPeopleByChannel",
                new MapKind(r.codes(AnonymousChannel.class), Kinds.INTEGER), s -> nonZero(s.getAnonymousPeopleByChannel()));
        d.register(v -> {
            CohortSummary.Builder b = CohortSummary.builder().classification(v.get(classification));
            v.getOrDefault(currentStages, Map.of()).forEach(b::pathsInStage);
            v.getOrDefault(stagesReached, Map.of()).forEach(b::pathsReaching);
            v.getOrDefault(closedPaths, Map.of()).forEach(b::closedPaths);
            if (v.get(positivePaths) != null) {
                b.positivePaths(v.get(positivePaths));
            }
            b.contactToPlanDays(v.get(contactToPlan)).planToClosureDays(v.get(planToClosure));
            v.getOrDefault(changeScores, List.of()).forEach(b::addChangeScores);
            b.remoteServices(v.get(remoteServices)).atLeastPartlyRemoteServices(v.get(partlyRemote))
                    .remoteSessions(v.get(remoteSessions)).attendance(v.get(attendance)).anonymousContactCount(v.get(contactCount));
            v.getOrDefault(peopleByChannel, Map.of()).forEach(b::anonymousPeople);
            return CohortSummaryPointers.build(b);
        });
    }

    /** GH-14: a share whose count is negative or above its total contradicts the cohort summary. */
    private static Share share(int count, int total) {
        try {
            return Share.of(count, total);
        } catch (IllegalArgumentException e) {
            throw InvalidValueException.of(Violation.error(COHORT_INCONSISTENT, "", Map.of()));
        }
    }

    private static ChangeScoreSummary summary(InstrumentId instrument, String dimension, Respondent respondent,
            Direction direction, Collection<ChangeScoreEntry> entries) {
        List<PathId> paths = new ArrayList<>();
        List<ChangeScore> scores = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        int i = 0;
        for (ChangeScoreEntry e : entries) {
            try {
                scores.add(ChangeScore.of(instrument, dimension, respondent, direction, e.earlierDate(), e.earlierValue(),
                        e.laterDate(), e.laterValue()));
                paths.add(e.path());
            } catch (IllegalArgumentException ex) {
                // GH-14: a later measurement not after the earlier one, or a blank dimension
                problems.add(Violation.error(COHORT_INCONSISTENT, "/scores/" + i, Map.of()));
            }
            i++;
        }
        if (scores.isEmpty() && problems.isEmpty()) {
            problems.add(Violation.error(JsonCodes.INVALID, "/scores", Map.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
        return ChangeScoreSummary.of(paths, scores);
    }

    /** The lists of paths by each key that has any, in key order. */
    private static <E extends Enum<E>> Map<E, Collection<PathId>> paths(Class<E> type, Function<E, List<PathId>> lists) {
        Map<E, Collection<PathId>> map = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            List<PathId> ids = lists.apply(key);
            if (!ids.isEmpty()) {
                map.put(key, ids);
            }
        }
        return map;
    }

    private static <E extends Enum<E>> Map<E, Integer> nonZero(Map<E, Integer> counts) {
        Map<E, Integer> map = new LinkedHashMap<>();
        counts.forEach((k, n) -> {
            if (n != 0) {
                map.put(k, n);
            }
        });
        return map;
    }

    private static <E extends Enum<E>> Set<E> codeSet(Collection<E> codes, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (codes != null) {
            set.addAll(codes);
        }
        return set;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double d : values) {
            list.add(d);
        }
        return list;
    }

    /** One change score of a {@link ChangeScoreSummary} on the wire: the path and its two values. */
    record ChangeScoreEntry(PathId path, LocalDate earlierDate, BigDecimal earlierValue, LocalDate laterDate,
            BigDecimal laterValue) {

        static List<ChangeScoreEntry> entries(ChangeScoreSummary summary) {
            List<ChangeScoreEntry> entries = new ArrayList<>(summary.getCount());
            for (int i = 0; i < summary.getCount(); i++) {
                ChangeScore score = summary.getScores().get(i);
                entries.add(new ChangeScoreEntry(summary.getPaths().get(i), score.getEarlierDate(), score.getEarlierValue(),
                        score.getLaterDate(), score.getLaterValue()));
            }
            return entries;
        }
    }
}
