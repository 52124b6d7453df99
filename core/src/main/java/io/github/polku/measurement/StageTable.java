package io.github.polku.measurement;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The table that derives a stage of a journey of change from a 1-10 reading (fi: muutoksen
 * vaiheiden taulukko, sv: tabell över förändringsresans steg).
 * <p>
 * Outcomes Star style instruments give each outcome area a reading from 1 to 10; the reading is
 * primary and the stage is derived from it through a per-Star table, two readings per stage in
 * the common five-stage journey (DOMAIN 6.1). The stage names differ between Stars and belong to
 * the licensed Star, so Polku ships the mechanism and the {@link #standard() standard} table
 * without names; a licensed user may add the names of their Star with
 * {@link #of(List, List)}.
 * <pre>{@code
 * StageTable.standard().stageOf(BigDecimal.valueOf(3));   // 2: readings 3-4 are stage 2
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StageTable {

    /** The code of a table whose last readings are not positive and strictly increasing. */
    public static final String ORDER = "polku.measurement.stages.order";
    /** The code of a table whose number of names differs from its number of stages. */
    public static final String NAMES = "polku.measurement.stages.names";

    private static final StageTable STANDARD = of(List.of(2, 4, 6, 8, 10), List.of());

    private final int[] lastReadings;
    private final List<String> names;

    private StageTable(int[] lastReadings, List<String> names) {
        this.lastReadings = lastReadings;
        this.names = names;
    }

    /**
     * Obtains the standard five-stage table: readings 1-2, 3-4, 5-6, 7-8 and 9-10 are stages
     * 1 to 5. The stages are not named.
     *
     * @return the table, not null
     */
    public static StageTable standard() {
        return STANDARD;
    }

    /**
     * Obtains a table from the last reading of each stage. Stage 1 starts at reading 1; stage
     * {@code k + 1} starts right after the last reading of stage {@code k}.
     *
     * @param lastReadings  the last reading of each stage, positive and strictly increasing, not empty
     * @param names  the stage names in stage order, either empty or one per stage, not null
     * @return the table, not null
     * @throws InvalidValueException with code {@value #ORDER} at {@code /lastReadings/i} if a last
     *     reading is not positive or not above the previous one, or with code {@value #NAMES} at
     *     {@code /names} if the names do not match the stages
     */
    public static StageTable of(List<Integer> lastReadings, List<String> names) {
        int[] last = new int[lastReadings.size()];
        int previous = 0;
        for (int i = 0; i < last.length; i++) {
            last[i] = Objects.requireNonNull(lastReadings.get(i), "lastReadings");
            if (last[i] <= previous) {
                throw InvalidValueException.of(Violation.error(ORDER, "/lastReadings/" + i, Map.of("stage", i + 1)));
            }
            previous = last[i];
        }
        if (last.length == 0) {
            throw InvalidValueException.of(Violation.error(ORDER, "/lastReadings", Map.of("stage", 1)));
        }
        if (!names.isEmpty() && names.size() != last.length) {
            throw InvalidValueException.of(Violation.error(NAMES, "/names", Map.of("stages", last.length)));
        }
        return new StageTable(last, List.copyOf(names));
    }

    /**
     * Gets the number of stages.
     *
     * @return the number of stages, at least 1
     */
    public int getStageCount() {
        return lastReadings.length;
    }

    /**
     * Gets the last reading of each stage, in stage order.
     *
     * @return the last readings, not null, not empty
     */
    public List<Integer> getLastReadings() {
        List<Integer> out = new ArrayList<>(lastReadings.length);
        for (int last : lastReadings) {
            out.add(last);
        }
        return List.copyOf(out);
    }

    /**
     * Gets the name of a stage, if the table has names.
     *
     * @param stage  the stage number, from 1 to {@link #getStageCount()}
     * @return the name, empty if the stages are not named, not null
     * @throws IllegalArgumentException if there is no such stage
     */
    public Optional<String> getStageName(int stage) {
        if (stage < 1 || stage > lastReadings.length) {
            throw new IllegalArgumentException("No stage " + stage + " in a table of " + lastReadings.length);
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(stage - 1));
    }

    /**
     * Derives the stage of a reading.
     *
     * @param reading  the reading, a whole number from 1 to the last reading of the last stage, not null
     * @return the stage number, from 1 to {@link #getStageCount()}
     * @throws IllegalArgumentException if the reading is not a whole number within the table;
     *     check the reading against the instrument first
     */
    public int stageOf(BigDecimal reading) {
        Objects.requireNonNull(reading, "reading");
        if (reading.compareTo(BigDecimal.ONE) < 0 || reading.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("A journey-of-change reading is a whole number from 1");
        }
        for (int i = 0; i < lastReadings.length; i++) {
            if (reading.compareTo(BigDecimal.valueOf(lastReadings[i])) <= 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("The reading is above the stage table's last reading "
                + lastReadings[lastReadings.length - 1]);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof StageTable && Arrays.equals(lastReadings, ((StageTable) obj).lastReadings)
                && names.equals(((StageTable) obj).names));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(lastReadings) * 31 + names.hashCode();
    }

    /**
     * Returns the table as text, for example {@code StageTable[2, 4, 6, 8, 10]}.
     *
     * @return the table as text, not null
     */
    @Override
    public String toString() {
        return "StageTable" + Arrays.toString(lastReadings) + (names.isEmpty() ? "" : names);
    }
}
