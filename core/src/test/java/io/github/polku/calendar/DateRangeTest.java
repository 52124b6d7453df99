package io.github.polku.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DateRangeTest {

    private static final LocalDate D1 = LocalDate.of(2020, 3, 16);
    private static final LocalDate D2 = LocalDate.of(2020, 5, 31);

    @Nested
    class Parse {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"2020-03-16/2020-05-31", "2020-06-01/..", "2020-03-16/2020-03-16", "-0001-12-31/+10000-01-01"})
        void readsWhatToStringWrites(String text) {
            DateRange range = DateRange.parse(text);
            assertThat(range.toString()).isEqualTo(text);
            assertThat(DateRange.parse(range.toString())).isEqualTo(range);
        }

        @Test
        void readsClosedAndOpenRanges() {
            assertThat(DateRange.parse("2020-03-16/2020-05-31")).isEqualTo(DateRange.of(D1, D2));
            assertThat(DateRange.parse("2020-03-16/..")).isEqualTo(DateRange.startingOn(D1));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"2020-03-16", "2020-03-16/", "/2020-05-31", "2020-03-16/2020-05-31/2020-06-01",
                "2020-02-30/2020-05-31", "2020-03-16/2020-13-01", "2020-03-16/...", "16.3.2020/31.5.2020", "2020-03-16 / 2020-05-31"})
        void rejectsOtherTextWithoutQuotingIt(String text) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> DateRange.parse(text))
                    .satisfies(e -> {
                        assertThat(e.getViolations()).extracting(Violation::getCode).containsExactly(DateRange.FORMAT);
                        assertThat(e.getMessage() + e.getViolations()).doesNotContain("2020", "16.3");
                    });
        }

        @Test
        void rejectsAnEndBeforeTheStart() {
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> DateRange.parse("2020-05-31/2020-03-16"))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode).containsExactly(DateRange.ORDER));
        }
    }

    @Nested
    class WithStart {

        @Test
        void keepsTheEndOrItsAbsence() {
            assertThat(DateRange.of(D1, D2).withStart(D1.plusDays(1))).isEqualTo(DateRange.of(D1.plusDays(1), D2));
            assertThat(DateRange.startingOn(D1).withStart(D2)).isEqualTo(DateRange.startingOn(D2));
            assertThat(DateRange.of(D1, D2).withStart(D2)).isEqualTo(DateRange.of(D2, D2));
        }

        @Test
        void rejectsAStartAfterTheEnd() {
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> DateRange.of(D1, D2).withStart(D2.plusDays(1)))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(DateRange.ORDER, "/end")));
        }
    }

    @Nested
    class Of {
        @Test
        void createsClosedRange() {
            DateRange r = DateRange.of(D1, D2);
            assertThat(r.getStart()).isEqualTo(D1);
            assertThat(r.getEnd()).contains(D2);
            assertThat(r.isOpen()).isFalse();
        }

        @Test
        void acceptsOneDayRange() {
            assertThat(DateRange.of(D1, D1).lengthInDays(D1)).isEqualTo(1);
        }

        @Test
        void rejectsEndBeforeStart() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> DateRange.of(D2, D1))
                    .satisfies(e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(DateRange.ORDER, "/end")));
        }

        @Test
        void pointsAtTheStartInsteadOfQuotingTheDates() {
            // GH-15: the dates of a range may be a client's; the violation names the property
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> DateRange.of(D2, D1))
                    .satisfies(e -> {
                        assertThat(e.getViolations().get(0).getArguments()).isEqualTo(java.util.Map.of("reference", "/start"));
                        assertThat(e.getViolations().get(0).toString() + e.getMessage())
                                .doesNotContain("2020", "03-16", "05-31");
                        assertThat(e.getViolations().get(0).getMessage(java.util.Locale.ENGLISH))
                                .isEqualTo("The end date is before the start date at /start");
                    });
        }

        @Test
        void createsOpenRangeFromEmptyEnd() {
            assertThat(DateRange.of(D1, Optional.empty())).isEqualTo(DateRange.startingOn(D1));
            assertThat(DateRange.startingOn(D1).isOpen()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2020-03-15, false
            2020-03-16, true
            2020-04-30, true
            2020-05-31, true
            2020-06-01, false
            """)
    void containsItsEndsAndDaysBetween(LocalDate date, boolean expected) {
        assertThat(DateRange.of(D1, D2).contains(date)).isEqualTo(expected);
    }

    @Test
    void openRangeContainsEverythingFromStart() {
        assertThat(DateRange.startingOn(D1).contains(LocalDate.of(2100, 1, 1))).isTrue();
        assertThat(DateRange.startingOn(D1).contains(D1.minusDays(1))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2020-01-01, 2020-03-15, false
            2020-01-01, 2020-03-16, true
            2020-05-31, 2020-07-01, true
            2020-06-01, 2020-07-01, false
            """)
    void overlapsWhenSharingADay(LocalDate start, LocalDate end, boolean expected) {
        assertThat(DateRange.of(D1, D2).overlaps(DateRange.of(start, end))).isEqualTo(expected);
        assertThat(DateRange.of(start, end).overlaps(DateRange.of(D1, D2))).isEqualTo(expected);
    }

    @Test
    void countsDaysInclusively() {
        assertThat(DateRange.of(D1, D2).lengthInDays(D2)).isEqualTo(16 + 30 + 31);
        assertThat(DateRange.startingOn(D1).lengthInDays(D1.plusDays(9))).isEqualTo(10);
        assertThat(DateRange.startingOn(D1).lengthInDays(D1.minusDays(1))).isZero();
    }

    @Test
    void printsIsoIntervals() {
        assertThat(DateRange.of(D1, D2)).hasToString("2020-03-16/2020-05-31");
        assertThat(DateRange.startingOn(D1)).hasToString("2020-03-16/..");
    }

    @Test
    void closesAnOpenRange() {
        assertThat(DateRange.startingOn(D1).withEnd(D2)).isEqualTo(DateRange.of(D1, D2));
    }

    @Test
    void equalsIsByStartAndEnd() {
        qt().forAll(integers().between(0, 2000), integers().between(0, 2000)).checkAssert(DateRangeTest::equalityByStartAndEnd);
    }

    static Stream<Arguments> edgeOffsets() {
        return io.github.polku.testing.EdgeCases.combinations(
                io.github.polku.testing.EdgeCases.ofRange(0, 2000), io.github.polku.testing.EdgeCases.ofRange(0, 2000));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("edgeOffsets")
    void equalsIsByStartAndEndAtTheEdges(int a, int b) {
        equalityByStartAndEnd(a, b);
    }

    /** Equal ranges are equal with equal hash codes; a range differing in either end, or open, is not equal. */
    private static void equalityByStartAndEnd(int a, int b) {
        LocalDate start = D1.plusDays(Math.min(a, b));
        LocalDate end = D1.plusDays(Math.max(a, b));
        DateRange one = DateRange.of(start, end);
        DateRange two = DateRange.of(start, end);
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one.contains(start) && one.contains(end)).isTrue();
        assertThat(one.lengthInDays(end)).isEqualTo(Math.abs(a - b) + 1L);

        for (DateRange other : List.of(DateRange.of(start, end.plusDays(1)), DateRange.of(start.minusDays(1), end),
                DateRange.of(start.minusDays(1), end.plusDays(1)), DateRange.startingOn(start))) {
            assertThat(one).as("%s vs %s", one, other).isNotEqualTo(other);
            assertThat(other).as("%s vs %s", other, one).isNotEqualTo(one);
        }
        assertThat(DateRange.startingOn(start)).isEqualTo(DateRange.startingOn(start))
                .hasSameHashCodeAs(DateRange.startingOn(start)).isNotEqualTo(DateRange.startingOn(start.plusDays(1)));
        assertThat(one).isNotEqualTo(one.toString()).isNotEqualTo(null);
    }

    @Test
    void hashCodeTellsNeighbouringRangesApart() {
        // Not required by the contract, but a hash code that ignores an end would put every range
        // with the same start into one bucket: start, end and openness all change it here.
        Set<Integer> hashes = new HashSet<>();
        for (DateRange r : List.of(DateRange.of(D1, D2), DateRange.of(D1, D2.plusDays(1)), DateRange.of(D1.plusDays(1), D2),
                DateRange.startingOn(D1), DateRange.startingOn(D1.plusDays(1)))) {
            hashes.add(r.hashCode());
        }
        assertThat(hashes).hasSize(5);
    }
}
