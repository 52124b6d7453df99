package io.github.polku.serialization.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.StreamFormat;
import io.github.polku.serialization.jackson.StreamSummary;
import io.github.polku.validation.Violation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * GH-10: oversized hostile inputs are rejected with their limit's code while memory stays bounded.
 * Failsafe runs this class with {@code -Xmx64m}; every input here is generated on the fly and is
 * 4 to 16 times larger than that heap, so a reader that buffered it would fail with
 * {@link OutOfMemoryError}.
 */
class HostileStreamsIT {

    private static final long MIB = 1024 * 1024;
    private static final Duration BUDGET = Duration.ofSeconds(60);
    /** The golden client document on one line. */
    private static final byte[] VALID_CLIENT = golden("client");

    @Test
    void rejectsHugeSingleDocumentAfterReadingOnlyTheLimit() {
        Generated in = new Generated("{\"documentType\":\"CLIENT\",\"clientId\":\"", (byte) 'a', 1024 * MIB, "\"}");
        DocumentResult result = assertTimeoutPreemptively(BUDGET, () -> PolkuDocuments.strict().readAndValidate(in));
        assertThat(codes(result)).containsExactly("polku.json.limit.documentSize");
        assertThat(in.position).as("bytes read").isLessThanOrEqualTo(16 * MIB + 1);
    }

    @Test
    void carriesOnAfterAHugeNdjsonLine() {
        Generated in = new Generated("{\"documentType\":\"CLIENT\",\"clientId\":\"", (byte) 'a', 256 * MIB,
                "\"}\n" + new String(VALID_CLIENT, StandardCharsets.UTF_8) + "\n");
        List<DocumentResult> results = new ArrayList<>();
        StreamSummary summary = assertTimeoutPreemptively(BUDGET,
                () -> PolkuDocuments.strict().validateStream(in, StreamFormat.NDJSON, results::add));
        assertThat(results).hasSize(2);
        assertThat(codes(results.get(0))).containsExactly("polku.json.limit.documentSize");
        assertThat(results.get(1).getReport().getViolations()).extracting(Violation::getCode)
                .doesNotContain("polku.json.limit.documentSize", "polku.json.malformed");
        assertThat(summary.getDocuments()).isEqualTo(2);
    }

    @Test
    void rejectsHugeStringInAnArrayStream() {
        Generated in = new Generated("[{\"documentType\":\"CLIENT\",\"clientId\":\"", (byte) 'a', 512 * MIB, "\"}]");
        List<DocumentResult> results = new ArrayList<>();
        assertTimeoutPreemptively(BUDGET, () -> PolkuDocuments.strict().validateStream(in, StreamFormat.ARRAY, results::add));
        assertThat(results).isNotEmpty();
        assertThat(codes(results.get(0))).containsAnyOf("polku.json.limit.stringLength", "polku.json.limit.documentSize");
    }

    @Test
    void rejectsBottomlessNestingInAnArrayStream() {
        Generated in = new Generated("[", (byte) '[', 256 * MIB, "");
        List<DocumentResult> results = new ArrayList<>();
        assertTimeoutPreemptively(BUDGET, () -> PolkuDocuments.strict().validateStream(in, StreamFormat.ARRAY, results::add));
        assertThat(results).hasSize(1);
        assertThat(codes(results.get(0))).containsExactly("polku.json.limit.depth");
        assertThat(in.position).as("bytes read before giving up").isLessThan(MIB);
    }

    @Test
    void streamsManyDocumentsInConstantMemory() {
        int count = 20_000;
        InputStream in = new Repeated(VALID_CLIENT, count);
        long[] valid = {0};
        StreamSummary summary = assertTimeoutPreemptively(BUDGET, () -> PolkuDocuments.strict()
                .validateStream(in, StreamFormat.NDJSON, r -> valid[0] += r.isValid() ? 1 : 0));
        assertThat(summary.getDocuments()).isEqualTo(count);
        assertThat(valid[0]).isEqualTo(count);
    }

    private static byte[] golden(String name) {
        try {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/golden/v1", name + ".json"));
            return text.replace('\n', ' ').replace('\r', ' ').getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> codes(DocumentResult result) {
        return result.getReport().getViolations().stream().map(Violation::getCode).collect(Collectors.toList());
    }

    /** A prefix, then a filler byte repeated, then a suffix: a huge input that never exists in memory. */
    static final class Generated extends InputStream {
        private final byte[] prefix;
        private final byte filler;
        private final long fillerLength;
        private final byte[] suffix;
        long position;

        Generated(String prefix, byte filler, long fillerLength, String suffix) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.filler = filler;
            this.fillerLength = fillerLength;
            this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            long p = position;
            long total = prefix.length + fillerLength + suffix.length;
            if (p >= total) {
                return -1;
            }
            position++;
            if (p < prefix.length) {
                return prefix[(int) p] & 0xFF;
            }
            if (p < prefix.length + fillerLength) {
                return filler & 0xFF;
            }
            return suffix[(int) (p - prefix.length - fillerLength)] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                long p = position;
                if (p >= prefix.length && p + 1 < prefix.length + fillerLength && len - n > 1) {
                    int run = (int) Math.min(len - n, prefix.length + fillerLength - p);
                    java.util.Arrays.fill(b, off + n, off + n + run, filler);
                    position += run;
                    n += run;
                    continue;
                }
                int c = read();
                if (c < 0) {
                    return n == 0 ? -1 : n;
                }
                b[off + n++] = (byte) c;
            }
            return n;
        }
    }

    /** One line repeated as NDJSON. */
    static final class Repeated extends InputStream {
        private final byte[] line;
        private final long total;
        private long position;

        Repeated(byte[] document, int count) {
            this.line = java.util.Arrays.copyOf(document, document.length + 1);
            this.line[document.length] = '\n';
            this.total = (long) line.length * count;
        }

        @Override
        public int read() {
            return position >= total ? -1 : line[(int) (position++ % line.length)] & 0xFF;
        }
    }
}
