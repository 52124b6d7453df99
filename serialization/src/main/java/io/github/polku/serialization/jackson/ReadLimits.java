package io.github.polku.serialization.jackson;

/**
 * The parser limits of reading (fi: lukurajat, sv: läsgränser): each limit exceeded is reported
 * with its own violation code instead of exhausting memory or stack.
 * <p>
 * The defaults: nesting depth 64, strings of 65,536 characters, numbers of 100 digits and
 * documents of 16 MiB (16,777,216 bytes). In a stream, the document size applies to each document.
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxDocumentSize(1_000_000);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadLimits {

    private static final ReadLimits DEFAULTS = new ReadLimits(64, 65_536, 100, 16L * 1024 * 1024);

    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final long maxDocumentSize;

    private ReadLimits(int maxDepth, int maxStringLength, int maxNumberLength, long maxDocumentSize) {
        this.maxDepth = positive(maxDepth, "maxDepth");
        this.maxStringLength = positive(maxStringLength, "maxStringLength");
        this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
        if (maxDocumentSize < 1 || maxDocumentSize > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxDocumentSize must be from 1 to " + (Integer.MAX_VALUE - 8));
        }
        this.maxDocumentSize = maxDocumentSize;
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
     * Returns a copy with another maximum nesting depth.
     *
     * @param depth  the depth, positive
     * @return the limits, not null
     * @throws IllegalArgumentException if not positive
     */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(depth, maxStringLength, maxNumberLength, maxDocumentSize);
    }

    /**
     * Returns a copy with another maximum string length.
     *
     * @param length  the length in characters, positive
     * @return the limits, not null
     * @throws IllegalArgumentException if not positive
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDepth, length, maxNumberLength, maxDocumentSize);
    }

    /**
     * Returns a copy with another maximum number length.
     *
     * @param length  the length in characters, positive
     * @return the limits, not null
     * @throws IllegalArgumentException if not positive
     */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxDepth, maxStringLength, length, maxDocumentSize);
    }

    /**
     * Returns a copy with another maximum document size.
     *
     * @param bytes  the size in bytes, positive, below 2 GiB
     * @return the limits, not null
     * @throws IllegalArgumentException if out of range
     */
    public ReadLimits withMaxDocumentSize(long bytes) {
        return new ReadLimits(maxDepth, maxStringLength, maxNumberLength, bytes);
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
                && maxDocumentSize == o.maxDocumentSize;
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(maxDepth, maxStringLength, maxNumberLength, maxDocumentSize);
    }

    /**
     * Gets the limits as text.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ReadLimits[depth=" + maxDepth + ", string=" + maxStringLength + ", number=" + maxNumberLength
                + ", document=" + maxDocumentSize + "]";
    }
}
