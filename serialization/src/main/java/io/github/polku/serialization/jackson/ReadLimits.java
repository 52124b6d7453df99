package io.github.polku.serialization.jackson;

import java.util.Objects;

/**
 * The parser limits of reading (fi: lukurajat, sv: läsgränser): each limit exceeded is reported
 * with its own violation code instead of exhausting memory or stack.
 * <p>
 * The defaults: nesting depth 64, strings of 65,536 characters, numbers of 100 digits,
 * documents of 16 MiB (16,777,216 bytes) and 1,000 violations kept per document. In a stream, the
 * document size and the violation cap apply to each document.
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxDocumentSize(1_000_000);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadLimits {

    private static final ReadLimits DEFAULTS = new ReadLimits(64, 65_536, 100, 16L * 1024 * 1024, 1_000);

    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final long maxDocumentSize;
    private final int maxViolations;

    private ReadLimits(int maxDepth, int maxStringLength, int maxNumberLength, long maxDocumentSize, int maxViolations) {
        this.maxDepth = positive(maxDepth, "maxDepth");
        this.maxStringLength = positive(maxStringLength, "maxStringLength");
        this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
        if (maxDocumentSize < 1 || maxDocumentSize > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxDocumentSize must be from 1 to " + (Integer.MAX_VALUE - 8));
        }
        this.maxDocumentSize = maxDocumentSize;
        this.maxViolations = positive(maxViolations, "maxViolations");
    }

    private static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }

    /**
     * Obtains the default limits.
     *
     * @return the defaults, not null
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Gets the maximum nesting depth of objects and arrays (code {@code polku.json.limit.depth}).
     *
     * @return the depth, positive
     */
    public int getMaxDepth() {
        return maxDepth;
    }

    /**
     * Gets the maximum length of a string in characters (code {@code polku.json.limit.stringLength}).
     *
     * @return the length, positive
     */
    public int getMaxStringLength() {
        return maxStringLength;
    }

    /**
     * Gets the maximum length of a number in characters (code {@code polku.json.limit.numberLength}).
     *
     * @return the length, positive
     */
    public int getMaxNumberLength() {
        return maxNumberLength;
    }

    /**
     * Gets the maximum size of one document in bytes (code {@code polku.json.limit.documentSize}).
     *
     * @return the size, positive
     */
    public long getMaxDocumentSize() {
        return maxDocumentSize;
    }

    /**
     * Gets the maximum number of violations kept for one document. A document with more gets the
     * first {@code maxViolations} violations found, followed by one more, {@code polku.json.limit.violations},
     * that counts the violations left out (argument {@code more}). Its severity is the highest
     * severity among those left out, so a document with a left-out error is still invalid. The
     * counts of a report count the violations kept. The cap bounds the memory of reading a
     * document however many problems it has.
     *
     * @return the number, positive
     */
    public int getMaxViolations() {
        return maxViolations;
    }

    /**
     * Returns a copy with another maximum nesting depth.
     *
     * @param depth  the depth, positive
     * @return the limits, not null
     * @throws IllegalArgumentException if not positive
     */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(depth, maxStringLength, maxNumberLength, maxDocumentSize, maxViolations);
    }

    /**
     * Returns a copy with another maximum string length.
     *
     * @param length  the length in characters, positive
     * @return the limits, not null
     * @throws IllegalArgumentException if not positive
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDepth, length, maxNumberLength, maxDocumentSize, maxViolations);
    }

    /**
     * Returns a copy with another maximum number length.
     *
     * @param length  the length in characters, positive
     * @return the limits, not null
     * @throws IllegalArgumentException if not positive
     */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxDepth, maxStringLength, length, maxDocumentSize, maxViolations);
    }

    /**
     * Returns a copy with another maximum document size.
     *
     * @param bytes  the size in bytes, positive, below 2 GiB
     * @return the limits, not null
     * @throws IllegalArgumentException if out of range
     */
    public ReadLimits withMaxDocumentSize(long bytes) {
        return new ReadLimits(maxDepth, maxStringLength, maxNumberLength, bytes, maxViolations);
    }

    /**
     * Returns a copy with another maximum number of violations kept per document.
     *
     * @param count  the number of violations, positive
     * @return the limits, not null
     * @throws IllegalArgumentException if not positive
     */
    public ReadLimits withMaxViolations(int count) {
        return new ReadLimits(maxDepth, maxStringLength, maxNumberLength, maxDocumentSize, count);
    }

    /**
     * Checks if these limits equal others.
     *
     * @param obj  the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ReadLimits)) {
            return false;
        }
        ReadLimits o = (ReadLimits) obj;
        return maxDepth == o.maxDepth && maxStringLength == o.maxStringLength && maxNumberLength == o.maxNumberLength
                && maxDocumentSize == o.maxDocumentSize && maxViolations == o.maxViolations;
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(maxDepth, maxStringLength, maxNumberLength, maxDocumentSize, maxViolations);
    }

    /**
     * Gets the limits as text.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ReadLimits[depth=" + maxDepth + ", string=" + maxStringLength + ", number=" + maxNumberLength
                + ", document=" + maxDocumentSize + ", violations=" + maxViolations + "]";
    }
}
