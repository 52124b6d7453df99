package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

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
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code COHORT_SUMMARY} document: round trips of random consistent summaries, and every
 * contradiction between figures reported at its pointer, with the structural problems of the
 * same document.
 */
class CohortSummaryDocumentTest {

    private static final PolkuDocuments DOCUMENTS = PolkuDocuments.strict();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsBackEveryConsistentSummary() {
        // 200 generated summaries, each built from a long: a failure names it, and QuickTheories the
        // seed of the run (rerun with -DQT_SEED=..., docs/TESTING.md)
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> readsBack(summary(seed)));
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE})
    void readsBackEveryConsistentSummaryAtTheEdges(long seed) {
        readsBack(summary(seed));
    }

    private static void readsBack(CohortSummary summary) {
        String json = DOCUMENTS.write(summary);
        assertThat(DOCUMENTS.read(json, CohortSummary.class)).isEqualTo(summary);
        assertThat(DOCUMENTS.write(DOCUMENTS.read(json, CohortSummary.class))).isEqualTo(json);
    }

    @Test
    void readsBackASummaryComputedFromPaths() {
        CohortSummary computed = Goldens.cohortSummary();
        CohortSummary back = DOCUMENTS.read(DOCUMENTS.write(computed), CohortSummary.class);
        assertThat(back).isEqualTo(computed);
        assertThat(back.getPathCount()).isEqualTo(2);
        assertThat(back.getChangeScores()).isNotEmpty();
        assertThat(back.getPositiveOutcomes()).isEqualTo(computed.getPositiveOutcomes());
        assertThat(back.getContactToPlanDays().orElseThrow().getMedian()).isEqualTo(computed.getContactToPlanDays().orElseThrow().getMedian());
    }

    @Test
    void leavesOutEmptyListsAndZeroCounts() {
        ObjectNode empty = (ObjectNode) JSON.readTree(DOCUMENTS.write(CohortSummary.builder().build()));
        assertThat(empty.propertyNames()).containsExactly("documentType", "formatVersion", "classification", "remoteServices",
                "atLeastPartlyRemoteServices", "remoteSessions", "attendance", "anonymousContactCount");
        assertThat(DOCUMENTS.read(empty.toString(), CohortSummary.class)).isEqualTo(CohortSummary.builder().build());
    }

    @Test
    void reportsContradictionsAtTheirPointers() {
        ObjectNode doc = (ObjectNode) JSON.readTree(DOCUMENTS.write(Goldens.cohortSummary()));
        StructuralViolationsTest.set(doc, "/positivePaths", "[\"P-NOT-IN-COHORT\"]");
        StructuralViolationsTest.set(doc, "/remoteSessions/total", "100000");
        StructuralViolationsTest.set(doc, "/currentStages/NOT_A_STAGE", "[]");
        StructuralViolationsTest.set(doc, "/changeScores/0/scores/0/laterDate", "\"2000-01-01\"");
        List<Violation> found = validate(doc);
        assertThat(found).extracting(Violation::getCode, Violation::getPath).containsExactlyInAnyOrder(
                tuple("polku.json.code.unknown", "/currentStages/NOT_A_STAGE"),
                tuple("polku.cohort.inconsistent", "/changeScores/0/scores/0"));
        // with the structural problems fixed, the figures are checked against each other
        StructuralViolationsTest.set(doc, "/changeScores/0/scores/0/laterDate", "\"2030-01-01\"");
        ((ObjectNode) doc.get("currentStages")).remove("NOT_A_STAGE");
        assertThat(validate(doc)).extracting(Violation::getCode, Violation::getPath).containsExactlyInAnyOrder(
                tuple(CohortSummary.UNKNOWN_PATH, "/positivePaths"),
                tuple(CohortSummary.INCONSISTENT, "/remoteSessions"));
    }

    @Test
    void reportsAShareWhoseCountExceedsItsTotal() {
        ObjectNode doc = (ObjectNode) JSON.readTree(DOCUMENTS.write(Goldens.cohortSummary()));
        StructuralViolationsTest.set(doc, "/attendance/count", "1000000");
        assertThat(validate(doc)).extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("polku.cohort.inconsistent", "/attendance"));
    }

    @Test
    void reportsDurationsThatAreNotFiniteNumbersOrEmpty() {
        // edited as text: a JSON tree would turn 1e999 into Infinity before the reader saw it
        String json = DOCUMENTS.write(Goldens.cohortSummary()).replace("\"values\":[20,26]", "\"values\":[1e999,\"12\"]")
                .replace("\"values\":[209,301]", "\"values\":[]");
        assertThat(DOCUMENTS.validate(json.getBytes(StandardCharsets.UTF_8)).getViolations())
                .extracting(Violation::getCode, Violation::getPath).containsExactly(
                tuple("polku.json.number", "/contactToPlanDays/values/0"),
                tuple("polku.json.type", "/contactToPlanDays/values/1"),
                tuple("polku.json.invalid", "/planToClosureDays"));
    }

    @Test
    void writesWholeDaysWithoutAFractionAndKeepsFractions() {
        CohortSummary s = CohortSummary.builder().pathsInStage(Stage.CONTACT, List.of(PathId.of("P-1")))
                .pathsReaching(Stage.CONTACT, List.of(PathId.of("P-1"))).contactToPlanDays(Distribution.of(12.5)).build();
        assertThat(DOCUMENTS.write(s)).contains("\"contactToPlanDays\":{\"values\":[12.5]}");
        assertThat(DOCUMENTS.write(Goldens.cohortSummary())).contains("\"contactToPlanDays\":{\"values\":[20,26]}");
        assertThat(DOCUMENTS.read(DOCUMENTS.write(s), CohortSummary.class)).isEqualTo(s);
    }

    private static List<Violation> validate(ObjectNode doc) {
        return DOCUMENTS.validate(doc.toString().getBytes(StandardCharsets.UTF_8)).getViolations();
    }

    // ---------------------------------------------------------------- random consistent summaries

    /** A random summary whose figures fit together, as {@link CohortSummary.Builder#build()} demands. */
    static CohortSummary summary(long seed) {
        Random r = new Random(seed);
        int n = r.nextInt(9);
        OutcomeClassification classification = OutcomeClassification.of(subset(r, Destination.class), subset(r, ClosureReason.class));
        CohortSummary.Builder b = CohortSummary.builder().classification(classification);
        Map<Stage, List<PathId>> current = lists(Stage.class);
        Map<Stage, List<PathId>> reached = lists(Stage.class);
        Map<Destination, List<PathId>> closed = lists(Destination.class);
        List<PathId> positive = new ArrayList<>();
        List<PathId> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PathId id = PathId.of("P-" + seed % 1000 + "-" + i);
            all.add(id);
            Stage stage = Stage.values()[r.nextInt(Stage.values().length)];
            current.get(stage).add(id);
            for (Stage s : Stage.values()) {
                boolean closedStage = s == Stage.CLOSED;
                if (s == Stage.CONTACT || s == stage || (!closedStage && r.nextBoolean())) {
                    reached.get(s).add(id);
                }
            }
            if (stage == Stage.CLOSED) {
                Destination d = Destination.values()[r.nextInt(Destination.values().length)];
                closed.get(d).add(id);
                if (classification.isPositive(d) || r.nextBoolean()) {
                    positive.add(id);
                }
            }
        }
        current.forEach(b::pathsInStage);
        reached.forEach(b::pathsReaching);
        closed.forEach(b::closedPaths);
        b.positivePaths(positive);
        int withPlan = n == 0 ? 0 : r.nextInt(n + 1);
        if (withPlan > 0) {
            b.contactToPlanDays(Distribution.of(days(r, withPlan)));
            int closedWithPlan = Math.min(withPlan, current.get(Stage.CLOSED).size());
            if (closedWithPlan > 0) {
                b.planToClosureDays(Distribution.of(days(r, 1 + r.nextInt(closedWithPlan))));
            }
        }
        for (int k = 0; k < r.nextInt(3) && n > 0; k++) {
            List<PathId> paths = new ArrayList<>();
            List<ChangeScore> scores = new ArrayList<>();
            Direction direction = r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
            for (PathId id : all) {
                if (paths.isEmpty() || r.nextBoolean()) {
                    LocalDate earlier = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(300));
                    paths.add(id);
                    scores.add(ChangeScore.of(InstrumentId.of("test.instrument"), "d" + k, Respondent.CLIENT, direction, earlier,
                            BigDecimal.valueOf(r.nextInt(5)), earlier.plusDays(1 + r.nextInt(300)),
                            BigDecimal.valueOf(r.nextInt(50), 1)));
                }
            }
            b.addChangeScores(ChangeScoreSummary.of(paths, scores));
        }
        int services = r.nextInt(20);
        int partly = services == 0 ? 0 : r.nextInt(services + 1);
        b.remoteServices(Share.of(partly == 0 ? 0 : r.nextInt(partly + 1), services)).atLeastPartlyRemoteServices(Share.of(partly, services));
        int offered = r.nextInt(50);
        int attended = offered == 0 ? 0 : r.nextInt(offered + 1);
        b.attendance(Share.of(attended, offered)).remoteSessions(Share.of(attended == 0 ? 0 : r.nextInt(attended + 1), attended));
        int contacts = r.nextInt(4);
        b.anonymousContactCount(contacts);
        if (contacts > 0) {
            for (AnonymousChannel channel : AnonymousChannel.values()) {
                b.anonymousPeople(channel, r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(20));
            }
        }
        return b.build();
    }

    private static double[] days(Random r, int count) {
        double[] days = new double[count];
        for (int i = 0; i < count; i++) {
            days[i] = r.nextInt(400);
        }
        return days;
    }

    private static <E extends Enum<E>> Set<E> subset(Random r, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (r.nextBoolean()) {
                set.add(e);
            }
        }
        return set;
    }

    private static <E extends Enum<E>> Map<E, List<PathId>> lists(Class<E> type) {
        Map<E, List<PathId>> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, new ArrayList<>());
        }
        return map;
    }
}
