package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End-to-end tests of the packaged {@code polku.jar}, run as a process after {@code package}. */
class PolkuJarIT {

    @TempDir
    static Path dir;

    @BeforeAll
    static void jarIsPackaged() {
        assertThat(Process.jar()).isRegularFile();
    }

    static Path write(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path;
    }

    @Nested
    class Basics {

        @Test
        void printsTheVersion() throws Exception {
            Process p = Process.run("--version");
            assertThat(p.status).isZero();
            assertThat(p.out).startsWith("polku 0.1.0");
            assertThat(p.err).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "validate", "schema"})
        void printsHelpForEveryCommand(String command) throws Exception {
            Process p = command.isEmpty() ? Process.run("--help") : Process.run(command, "--help");
            assertThat(p.status).isZero();
            assertThat(p.out).startsWith("Usage: polku").contains("Exit status:");
        }

        @Test
        void rejectsAnUnknownOptionWithStatusTwo() throws Exception {
            Process p = Process.run("validate", "--no-such-option", "x.json");
            assertThat(p.status).isEqualTo(2);
            assertThat(p.err).startsWith("polku: Unknown option: '--no-such-option'");
            assertThat(p.out).isEmpty();
        }

        @Test
        void reportsAMissingFileWithStatusTwo() throws Exception {
            Process p = Process.run("validate", dir.resolve("missing.json").toString());
            assertThat(p.status).isEqualTo(2);
            assertThat(p.err).contains("cannot read").contains("no such file").doesNotContain("\tat ");
        }
    }

    @Nested
    class BrokenInput {

        @ParameterizedTest
        @ValueSource(strings = {"{\"documentType\":", "\u0000\u0001garbage", "[1, 2", "{\"a\":1}{", "[[[[[[[[[[[["})
        void reportsMalformedJsonAsInvalidWithoutAStackTrace(String content) throws Exception {
            Path file = write("broken.json", content);
            Process p = Process.run("validate", file.toString());
            assertThat(p.status).isEqualTo(1);
            assertThat(p.out).contains("broken.json").contains("invalid").contains("polku.json.");
            assertThat(p.err).doesNotContain("Exception", "\tat ");
        }

        @Test
        void doesNotShowLibraryLogging() throws Exception {
            Path file = write("broken.json", "{");
            Process p = Process.run("validate", file.toString());
            assertThat(p.err).doesNotContain("HV000001", "INFO");
        }

        @Test
        void printsEveryProblemInFinnishWithLangFi() throws Exception {
            Path file = write("broken.json", "{");
            Process p = Process.run("", List.of(), "validate", "--lang", "fi", file.toString());
            assertThat(p.out).contains(": virheellinen", "  virhe ", "Asiakirjoja: 1,");
        }
    }
}
