package io.github.polku.quality;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * The distribution of a set of numbers (fi: jakauma, sv: f\u00f6rdelning): count, minimum,
 * quartiles, median, maximum and mean, with documented formulas.
 * <p>
 * Quantiles use <b>linear interpolation between closest ranks</b>, the method numbered 7 by
 * Hyndman and Fan (1996), which is the default of R ({@code quantile(type = 7)}), of NumPy
 * ({@code numpy.quantile}) and of spreadsheets ({@code QUARTILE.INC}, {@code PERCENTILE.INC}). For
 * the values sorted ascending as {@code x[0] <= ... <= x[n-1]} and a probability {@code p}:
 * <pre>
 *   h = (n - 1) * p,  k = floor(h)
 *   Q(p) = x[k] + (h - k) * (x[k+1] - x[k])      (Q(p) = x[n-1] when k = n - 1)
 * </pre>
 * The median is {@code Q(0.5)} (the middle value, or the mean of the two middle values), the first
 * quartile {@code Q(0.25)}, the third {@code Q(0.75)}. The mean is the sum divided by the count.
 * Example: for 1, 2, 3, 4 the quartiles are 1.75, 2.5 and 3.25.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Distribution {

    private final double[] sorted;
    private final double mean;

    private Distribution(double[] sorted) {
        this.sorted = sorted;
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        this.mean = sum / sorted.length;
    }

    /**
     * Obtains the distribution of some numbers.
     *
     * @param values  the numbers, not null, not empty, each finite
     * @return the distribution, not null
     * @throws IllegalArgumentException if there are no values or a value is not finite
     */
    public static Distribution of(Collection<? extends Number> values) {
        Objects.requireNonNull(values, "values");
        double[] array = new double[values.size()];
        int i = 0;
        for (Number n : values) {
            array[i++] = Objects.requireNonNull(n, "value").doubleValue();
        }
        return of(array);
    }

    /**
     * Obtains the distribution of some numbers.
     *
     * @param values  the numbers, not null, not empty, each finite; not changed
     * @return the distribution, not null
     * @throws IllegalArgumentException if there are no values or a value is not finite
     */
    public static Distribution of(double... values) {
        Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            throw new IllegalArgumentException("A distribution needs at least one value");
        }
        double[] sorted = values.clone();
        for (double v : sorted) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Values must be finite");
            }
        }
        Arrays.sort(sorted);
        return new Distribution(sorted);
    }

    /**
     * Gets the values in ascending order, as exchanged in a cohort summary document.
     *
     * @return a copy of the values, sorted, at least one; not null
     * @since 0.1.0
     */
    public double[] getValues() {
        return sorted.clone();
    }

    /**
     * Gets the number of values.
     *
     * @return the count, at least one
     */
    public int getCount() {
        return sorted.length;
    }

    /**
     * Gets the smallest value.
     *
     * @return the minimum
     */
    public double getMin() {
        return sorted[0];
    }

    /**
     * Gets the largest value.
     *
     * @return the maximum
     */
    public double getMax() {
        return sorted[sorted.length - 1];
    }

    /**
     * Gets the arithmetic mean.
     *
     * @return the sum of the values divided by their count
     */
    public double getMean() {
        return mean;
    }

    /**
     * Gets the median, {@code Q(0.5)}.
     *
     * @return the median
     */
    public double getMedian() {
        return quantile(0.5);
    }

    /**
     * Gets the first (lower) quartile, {@code Q(0.25)}.
     *
     * @return the first quartile
     */
    public double getFirstQuartile() {
        return quantile(0.25);
    }

    /**
     * Gets the third (upper) quartile, {@code Q(0.75)}.
     *
     * @return the third quartile
     */
    public double getThirdQuartile() {
        return quantile(0.75);
    }

    /**
     * Gets a quantile by linear interpolation between closest ranks (Hyndman-Fan type 7).
     *
     * @param p  the probability, from 0 to 1
     * @return the quantile; the minimum for 0 and the maximum for 1
     * @throws IllegalArgumentException if {@code p} is outside 0 to 1
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be from 0 to 1, got " + p);
        }
        double h = (sorted.length - 1) * p;
        int k = (int) Math.floor(h);
        if (k >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Distribution && Arrays.equals(sorted, ((Distribution) obj).sorted));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    /**
     * Returns the count, minimum, quartiles, maximum and mean.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Distribution[n=" + getCount() + ", min=" + getMin() + ", q1=" + getFirstQuartile() + ", median="
                + getMedian() + ", q3=" + getThirdQuartile() + ", max=" + getMax() + ", mean=" + getMean() + "]";
    }
}
