package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GH-21: a write to standard output that fails ends with status 2 and one line on standard error. */
class WriteFailureTest {

    @TempDir
    Path dir;

    /** A device that takes the first {@code capacity} bytes and then fails, like a full disk. */
    static final class FullDevice extends OutputStream {
        private int capacity;

        FullDevice(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public void write(int b) throws IOException {
            if (capacity-- <= 0) {
                throw new IOException("No space left on device");
            }
        }
    }

    private Runs run(int capacity, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment env = new Environment(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new FullDevice(capacity), false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, false);
        int status = Polku.execute(env, PolkuTest.BY_CONTENT, args);
        return Runs.of(status, "", err.toString(StandardCharsets.UTF_8));
    }

    private String file(String content) throws IOException {
        Path path = dir.resolve("d.json");
        Files.writeString(path, content);
        return path.toString();
    }

    @Test
    void validateExitsTwoWhenNothingCanBeWritten() throws IOException {
        Runs r = run(0, "validate", file("ok"));
        assertThat(r.status).isEqualTo(2);
        assertThat(r.err).isEqualTo("polku: cannot write to standard output" + System.lineSeparator());
    }

    @Test
    void validateExitsTwoWhenOnlyTheLastWriteFails() throws IOException {
        // "d.json: valid" fits; the totals line does not
        Runs r = run(dir.resolve("d.json").toString().length() + 10, "validate", file("ok"));
        assertThat(r.status).isEqualTo(2);
    }

    @Test
    void anInvalidDocumentStillExitsTwoWhenTheReportIsLost() throws IOException {
        assertThat(run(0, "validate", file("bad")).status).isEqualTo(2);
    }

    @Test
    void schemaExitsTwo() {
        assertThat(run(100, "schema", "CLIENT").status).isEqualTo(2);
        assertThat(run(0, "schema").status).isEqualTo(2);
    }

    @Test
    void exitsAsBeforeWhenEverythingFits() throws IOException {
        assertThat(run(1_000_000, "validate", file("ok")).status).isZero();
        assertThat(run(1_000_000, "validate", file("bad")).status).isEqualTo(1);
        assertThat(run(1_000_000, "schema", "CLIENT").status).isZero();
    }
}
