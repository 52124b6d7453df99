package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.testing.Samples;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Constant memory, shown: 200,000 path documents generated on the fly (never held in memory)
 * validate under {@code -Xmx64m} (failsafe's argLine), where holding them would need over 600 MB.
 * Every thousandth document is broken, and the stream carries on past it.
 */
class StreamingMemoryIT {

    private static final int DOCUMENTS = 200_000;

    /** Produces a JSON array or NDJSON of path documents, one document at a time. */
    static final class GeneratedStream extends InputStream {
        private final byte[] prefix;
        private final byte[] suffix;
        private final boolean array;
        private final int count;
        private int next;
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        GeneratedStream(String template, boolean array, int count) {
            int at = template.indexOf("\"P-TEST-2020\"");
            this.prefix = template.substring(0, at).getBytes(StandardCharsets.UTF_8);
            this.suffix = template.substring(at + "\"P-TEST-2020\"".length()).getBytes(StandardCharsets.UTF_8);
            this.array = array;
            this.count = count;
        }

        private boolean refill() {
            if (ended) {
                return false;
            }
            String head = next == 0 && array ? "[" : next > 0 && array ? "," : "";
            if (next == count) {
                current = (array ? (next == 0 ? "[]" : "]") : "").getBytes(StandardCharsets.UTF_8);
                ended = true;
            } else {
                byte[] id = (head + (next % 1000 == 999 ? "42" : "\"P-GEN-" + next + "\"")).getBytes(StandardCharsets.UTF_8);
                byte[] doc = new byte[prefix.length + id.length + suffix.length + 1];
                int headLength = head.length();
                System.arraycopy(id, 0, doc, 0, headLength);
                System.arraycopy(prefix, 0, doc, headLength, prefix.length);
                System.arraycopy(id, headLength, doc, headLength + prefix.length, id.length - headLength);
                System.arraycopy(suffix, 0, doc, prefix.length + id.length, suffix.length);
                doc[doc.length - 1] = '\n';
                current = doc;
                next++;
            }
            position = 0;
            return true;
        }

        @Override
        public int read() {
            while (position == current.length) {
                if (!refill()) {
                    return -1;
                }
            }
            return current[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (position == current.length) {
                if (!refill()) {
                    return -1;
                }
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }
    }

    private static void check(StreamFormat format, int documents) {
        String template = PolkuDocuments.strict().write(Samples.hameenlinna2020Path());
        long[] seen = new long[1];
        StreamSummary summary = PolkuDocuments.strict().validateStream(
                new GeneratedStream(template, format == StreamFormat.ARRAY, documents), format, r -> seen[0]++);
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
        assertThat(seen[0]).isEqualTo(documents);
        assertThat(summary.getDocuments()).isEqualTo(documents);
        assertThat(summary.getInvalid()).isEqualTo(documents / 1000);
        assertThat(summary.isComplete()).isTrue();
    }

    @Test
    void validatesAGeneratedArrayOf200000PathsInConstantMemory() {
        String template = PolkuDocuments.strict().write(Samples.hameenlinna2020Path());
        assertThat((long) template.length() * DOCUMENTS).isGreaterThan(5 * Runtime.getRuntime().maxMemory());
        check(StreamFormat.ARRAY, DOCUMENTS);
    }

    @Test
    void validatesGeneratedNdjsonPathsInConstantMemory() {
        // A quarter of the array's count keeps the integration tests under a minute; the line buffer is the only addition.
        check(StreamFormat.NDJSON, DOCUMENTS / 4);
    }
}
