package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.serialization.jackson.PolkuDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GH-21: {@code polku validate} tells a top-level array from a single document by its first token,
 * however much white space comes first, without asking the input what is {@code available()}, and
 * the parser still locates problems by the original line and column.
 */
class FirstTokenTest {

    private static final String CLIENT = "{\"documentType\":\"CLIENT\",\"formatVersion\":\"1.0\",\"clientId\":\"C-1\","
            + "\"language\":\"FINNISH\",\"organiser\":{\"type\":\"WELLBEING_SERVICES_COUNTY\",\"code\":\"KESKI_SUOMI\"},"
            + "\"supportNeeds\":[\"SOCIAL_INCLUSION\"],\"specialSupport\":false,"
            + "\"namedWorker\":{\"workerId\":\"W-1\",\"profession\":\"SOCIAL_WORKER\"}}";

    private static List<Outcome> check(byte[] input) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        new FacadeChecker().check("in", new NoAvailable(input), false, false, outcomes::add);
        return outcomes;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} spaces")
    @ValueSource(ints = {0, 65_535, 65_536, 70_000, 1_000_000})
    void findsTheArrayBehindAnyAmountOfWhiteSpace(int spaces) throws IOException {
        List<Outcome> outcomes = check(utf8(" ".repeat(spaces) + "[" + CLIENT + "," + CLIENT + "]"));
        assertThat(outcomes).extracting(Outcome::streamed).containsExactly(true, true);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.report().isValid()).isTrue());
    }

    @Test
    void findsASingleDocumentBehindWhiteSpaceAndAByteOrderMark() throws IOException {
        List<Outcome> outcomes = check(utf8("\uFEFF" + "\n".repeat(100_000) + CLIENT));
        assertThat(outcomes).extracting(Outcome::streamed).containsExactly(false);
        assertThat(outcomes.get(0).report().isValid()).isTrue();
    }

    @Test
    void anEmptyOrBlankInputIsOneMalformedDocument() throws IOException {
        for (String input : List.of("", "   \r\n\t ")) {
            List<Outcome> outcomes = check(utf8(input));
            assertThat(outcomes).hasSize(1);
            assertThat(outcomes.get(0).report().getViolations()).extracting(v -> v.getCode()).containsExactly("polku.json.empty");
        }
    }

    @Test
    void problemsAreLocatedAsInTheOriginalText() throws IOException {
        // the oracle: the facade reading the same bytes without the peek
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] blanks = {" ", "\t", "\n", "\r", "\r\n", "\n\r"};
        for (int round = 0; round < 50; round++) {
            StringBuilder prefix = new StringBuilder();
            int pieces = random.nextInt(round < 25 ? 20 : 20_000);
            for (int i = 0; i < pieces; i++) {
                prefix.append(blanks[random.nextInt(blanks.length)]);
            }
            String body = random.nextBoolean() ? "{\n  \"documentType\" : \"CLIENT\"\n  \"x\" : 1}" : " \t{ \"a\" : tru }";
            byte[] input = utf8(prefix + body);
            List<Outcome> outcomes = check(input);
            assertThat(outcomes).as("seed %d round %d", seed, round).hasSize(1);
            assertThat(outcomes.get(0).report().getViolations()).as("seed %d round %d", seed, round)
                    .isEqualTo(PolkuDocuments.strict().validate(input).getViolations());
        }
    }

    /** A FIFO-like input: available() fails, reads come in pieces of at most 1000 bytes. */
    static final class NoAvailable extends InputStream {
        private final byte[] bytes;
        private int position;

        NoAvailable(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1000), bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public int available() throws IOException {
            throw new IOException("Illegal seek");
        }
    }
}
