package io.github.polku.quality;

import java.util.OptionalDouble;

/**
 * A share of a whole (fi: osuus, sv: andel): how many of how many, with the ratio.
 * <p>
 * The count and the total are kept, so a reader can see the base of every percentage; the ratio
 * is {@code count / total} and is absent when the total is zero.
 * <pre>{@code
 * Share.of(3, 4).getRatio();   // OptionalDouble[0.75]
 * Share.of(0, 0).getRatio();   // OptionalDouble.empty
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Share {

    private final int count;
    private final int total;

    private Share(int count, int total) {
        this.count = count;
        this.total = total;
    }

    /**
     * Obtains a share.
     *
     * @param count  the number counted, from zero to {@code total}
     * @param total  the number counted from, zero or more
     * @return the share, not null
     * @throws IllegalArgumentException if {@code count} is negative or more than {@code total}
     */
    public static Share of(int count, int total) {
        if (count < 0 || total < 0 || count > total) {
            throw new IllegalArgumentException("A share needs 0 <= count <= total, got " + count + "/" + total);
        }
        return new Share(count, total);
    }

    /**
     * Gets the number counted.
     *
     * @return the count, zero or more
     */
    public int getCount() {
        return count;
    }

    /**
     * Gets the number counted from.
     *
     * @return the total, zero or more
     */
    public int getTotal() {
        return total;
    }

    /**
     * Gets the ratio {@code count / total}.
     *
     * @return the ratio from 0 to 1, empty if the total is zero, not null
     */
    public OptionalDouble getRatio() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / total);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof Share && count == ((Share) obj).count && total == ((Share) obj).total);
    }

    @Override
    public int hashCode() {
        return count * 31 + total;
    }

    /**
     * Returns {@code count/total}, for example {@code 3/4}.
     *
     * @return the share as text, not null
     */
    @Override
    public String toString() {
        return count + "/" + total;
    }
}
