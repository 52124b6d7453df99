package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import io.github.polku.testing.EdgeCases;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticsTest {

    @Test
    void distributionGivesItsValuesSortedAsACopy() {
        Distribution d = Distribution.of(30, 10, 20);
        double[] values = d.getValues();
        assertThat(values).containsExactly(10, 20, 30);
        values[0] = 99;
        assertThat(d.getValues()).containsExactly(10, 20, 30);
        assertThat(Distribution.of(d.getValues())).isEqualTo(d);
    }

    @Nested
    class DistributionOf {
        /*
         * Hand computations with h = (n - 1) p, k = floor(h), Q = x[k] + (h - k)(x[k+1] - x[k]):
         *   1,2,3,4:        n=4, Q1: h=0.75 -> 1 + .75*1 = 1.75; median h=1.5 -> 2.5; Q3 h=2.25 -> 3.25; mean 10/4 = 2.5
         *   7:              every quantile 7, mean 7
         *   3,1,2 (=1,2,3): Q1 h=0.5 -> 1.5; median h=1 -> 2; Q3 h=1.5 -> 2.5; mean 2
         *   10,20,40,80,160: n=5, Q1 h=1 -> 20; median h=2 -> 40; Q3 h=3 -> 80; mean 310/5 = 62
         *   0,0,14,30,31,60: n=6, Q1 h=1.25 -> 0 + .25*14 = 3.5; median h=2.5 -> 14 + .5*16 = 22;
         *                    Q3 h=3.75 -> 30 + .75*1 = 30.75; mean 135/6 = 22.5
         * (R: quantile(c(0,0,14,30,31,60)) gives 3.50 22.00 30.75; Excel QUARTILE.INC agrees.)
         */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                1 2 3 4          | 1  | 1.75 | 2.5 | 3.25  | 4   | 2.5
                7                | 7  | 7    | 7   | 7     | 7   | 7
                3 1 2            | 1  | 1.5  | 2   | 2.5   | 3   | 2
                10 20 40 80 160  | 10 | 20   | 40  | 80    | 160 | 62
                0 0 14 30 31 60  | 0  | 3.5  | 22  | 30.75 | 60  | 22.5
                """)
        void computesQuartilesByLinearInterpolationBetweenClosestRanks(String values, double min, double q1, double median,
                double q3, double max, double mean) {
            Distribution d = Distribution.of(Arrays.stream(values.trim().split(" +")).mapToDouble(Double::parseDouble).toArray());
            assertThat(d.getMin()).isEqualTo(min);
            assertThat(d.getFirstQuartile()).isEqualTo(q1);
            assertThat(d.getMedian()).isEqualTo(median);
            assertThat(d.getThirdQuartile()).isEqualTo(q3);
            assertThat(d.getMax()).isEqualTo(max);
            assertThat(d.getMean()).isEqualTo(mean);
        }

        @Test
        void acceptsNumbersOfAnyType() {
            Distribution d = Distribution.of(List.of(1, 2L, 3.0f, 4.0));
            assertThat(d.getCount()).isEqualTo(4);
            assertThat(d).isEqualTo(Distribution.of(4, 3, 2, 1)).hasSameHashCodeAs(Distribution.of(1, 2, 3, 4));
            assertThat(d.quantile(0)).isEqualTo(1);
            assertThat(d.quantile(1)).isEqualTo(4);
            assertThat(d.quantile(0.9)).isEqualTo(3.7, within(1e-12));   // h = 2.7 -> 3 + .7 * 1
            assertThat(d).hasToString("Distribution[n=4, min=1.0, q1=1.75, median=2.5, q3=3.25, max=4.0, mean=2.5]");
        }

        @Test
        void doesNotChangeTheGivenArray() {
            double[] values = {3, 1, 2};
            Distribution.of(values);
            assertThat(values).containsExactly(3, 1, 2);
        }

        @Test
        void rejectsEmptyAndNonFiniteValues() {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Distribution.of());
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Distribution.of(List.of()));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Distribution.of(1, Double.NaN));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Distribution.of(Double.POSITIVE_INFINITY));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Distribution.of(1).quantile(1.5));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Distribution.of(1).quantile(Double.NaN));
        }
    }

    // Properties: 1,000 generated examples each (QuickTheories; a failure prints the seed, rerun with
    // -DQT_SEED=..., docs/TESTING.md), and the edge lists, shifts and quantiles as rows.

    private static Gen<List<Integer>> values(int maxSize) {
        return lists().of(integers().between(-1000, 1000)).ofSizeBetween(1, maxSize);
    }

    /** One-element lists of every edge value, and the longest list of the extremes, alternating and sorted. */
    private static List<List<Integer>> edgeLists(int maxSize) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int v : EdgeCases.ofRange(-1000, 1000)) {
            lists.add(List.of(v));
        }
        List<Integer> alternating = new ArrayList<>();
        for (int i = 0; i < maxSize; i++) {
            alternating.add(i % 2 == 0 ? -1000 : 1000);
        }
        lists.add(alternating);
        lists.add(alternating.stream().sorted().toList());
        lists.add(Collections.nCopies(maxSize, 1000));
        return lists;
    }

    static Stream<List<Integer>> edgeListsUpTo40() {
        return edgeLists(40).stream();
    }

    static Stream<List<Integer>> edgeListsUpTo41() {
        return edgeLists(41).stream();
    }

    static Stream<Arguments> edgeListsShiftsAndQuantiles() {
        return EdgeCases.combinations(edgeLists(30), EdgeCases.ofRange(-500, 500), List.of(0.0, Double.MIN_VALUE, 0.5, Math.nextDown(1.0), 1.0));
    }

    @Test
    void quartilesAreOrderedAndWithinRange() {
        qt().forAll(values(40)).checkAssert(StatisticsTest::quartilesOrdered);
    }

    @ParameterizedTest
    @MethodSource("edgeListsUpTo40")
    void quartilesAreOrderedAndWithinRangeAtTheEdges(List<Integer> values) {
        quartilesOrdered(values);
    }

    private static void quartilesOrdered(List<Integer> values) {
        Distribution d = Distribution.of(values);
        assertThat(d.getMin()).isLessThanOrEqualTo(d.getFirstQuartile());
        assertThat(d.getFirstQuartile()).isLessThanOrEqualTo(d.getMedian());
        assertThat(d.getMedian()).isLessThanOrEqualTo(d.getThirdQuartile());
        assertThat(d.getThirdQuartile()).isLessThanOrEqualTo(d.getMax());
        assertThat(d.getMin()).isEqualTo((double) Collections.min(values));
        assertThat(d.getMax()).isEqualTo((double) Collections.max(values));
    }

    @Test
    void medianOfOddCountIsTheMiddleValueAndOfEvenCountTheMeanOfTheTwo() {
        qt().forAll(values(41)).checkAssert(StatisticsTest::textbookMedian);
    }

    @ParameterizedTest
    @MethodSource("edgeListsUpTo41")
    void medianOfOddCountIsTheMiddleValueAndOfEvenCountTheMeanOfTheTwoAtTheEdges(List<Integer> values) {
        textbookMedian(values);
    }

    private static void textbookMedian(List<Integer> values) {
        // Independent of the interpolation formula: the textbook definition of the median.
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double expected = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        assertThat(Distribution.of(values).getMedian()).isEqualTo(expected);
    }

    @Test
    void shiftingEveryValueShiftsEveryQuantile() {
        qt().forAll(values(30), integers().between(-500, 500), doubles().between(0, 1)).checkAssert(StatisticsTest::shiftsEveryQuantile);
    }

    @ParameterizedTest
    @MethodSource("edgeListsShiftsAndQuantiles")
    void shiftingEveryValueShiftsEveryQuantileAtTheEdges(List<Integer> values, int shift, double p) {
        shiftsEveryQuantile(values, shift, p);
    }

    private static void shiftsEveryQuantile(List<Integer> values, int shift, double p) {
        double[] shifted = values.stream().mapToDouble(v -> v + shift).toArray();
        assertThat(Distribution.of(shifted).quantile(p)).isCloseTo(Distribution.of(values).quantile(p) + shift, within(1e-9));
    }

    @Nested
    class ShareOf {
        @Test
        void keepsCountTotalAndRatio() {
            Share s = Share.of(3, 4);
            assertThat(s.getCount()).isEqualTo(3);
            assertThat(s.getTotal()).isEqualTo(4);
            assertThat(s.getRatio()).hasValue(0.75);
            assertThat(s).hasToString("3/4").isEqualTo(Share.of(3, 4)).hasSameHashCodeAs(Share.of(3, 4)).isNotEqualTo(Share.of(3, 5));
        }

        @Test
        void hasNoRatioForEmptyTotal() {
            assertThat(Share.of(0, 0).getRatio()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                -1, 4
                 5, 4
                 0, -1
                """)
        void rejectsImpossibleShares(int count, int total) {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Share.of(count, total));
        }
    }
}
