package io.github.polku.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Explicit edge-case rows for the property tests: the values a property-testing engine tries first
 * (the bounds of a range, the value next to each bound, and the value closest to zero), written down
 * so that every build runs them, whatever the random seed.
 */
public final class EdgeCases {

    private EdgeCases() {
    }

    /**
     * The edge values of an integer range: its bounds, the values next to them and the value of the
     * range closest to zero, without duplicates and in ascending order.
     *
     * @param min the least value
     * @param max the greatest value
     * @return the edge values
     */
    public static List<Integer> ofRange(int min, int max) {
        List<Integer> edges = new ArrayList<>();
        int nearZero = Math.max(min, Math.min(max, 0));
        for (int v : new int[] {min, min + 1, nearZero, max - 1, max}) {
            if (v >= min && v <= max && !edges.contains(v)) {
                edges.add(v);
            }
        }
        edges.sort(null);
        return edges;
    }

    /**
     * Every combination of the given values, one row per combination, as JUnit arguments.
     *
     * @param columns the values of each parameter
     * @return the rows
     */
    public static Stream<Arguments> combinations(List<?>... columns) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[0]);
        for (List<?> column : columns) {
            List<Object[]> next = new ArrayList<>();
            for (Object[] row : rows) {
                for (Object value : column) {
                    Object[] longer = java.util.Arrays.copyOf(row, row.length + 1);
                    longer[row.length] = value;
                    next.add(longer);
                }
            }
            rows = next;
        }
        return rows.stream().map(Arguments::of);
    }
}
