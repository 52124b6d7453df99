package io.github.polku.benchmarks;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * An input stream that generates NDJSON on the fly: {@code count} documents, one a line, cycling
 * through a few pre-rendered variants, so that the stream never exists in memory as a whole.
 * <p>
 * Not thread-safe, like every input stream.
 */
public final class NdjsonStream extends InputStream {

    private final List<byte[]> variants;
    private final long count;
    private long next;
    private byte[] current;
    private int position;

    /**
     * Creates a stream of {@code count} documents.
     *
     * @param variants  the documents to cycle through, each without a line break, not empty
     * @param count  the number of documents, zero or more
     */
    public NdjsonStream(List<byte[]> variants, long count) {
        if (variants.isEmpty() || count < 0) {
            throw new IllegalArgumentException("variants must not be empty and count must be positive");
        }
        this.variants = List.copyOf(variants);
        this.count = count;
    }

    private boolean advance() {
        while (current == null || position > current.length) {
            if (next >= count) {
                return false;
            }
            current = variants.get((int) (next % variants.size()));
            next++;
            position = 0;
        }
        return true;
    }

    @Override
    public int read() {
        if (!advance()) {
            return -1;
        }
        if (position == current.length) {
            position++;
            return '\n';
        }
        return current[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int written = 0;
        while (written < len && advance()) {
            if (position == current.length) {
                b[off + written++] = '\n';
                position++;
            } else {
                int n = Math.min(len - written, current.length - position);
                System.arraycopy(current, position, b, off + written, n);
                position += n;
                written += n;
            }
        }
        return written == 0 ? -1 : written;
    }
}
