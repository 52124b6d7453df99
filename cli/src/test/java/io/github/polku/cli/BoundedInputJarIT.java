package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GH-21, end to end with the packaged jar: {@code polku validate} judges every document inside the
 * limits in a 64 MB heap however many problems it has, and reads named pipes and process
 * substitution.
 */
class BoundedInputJarIT {

    private static final List<String> SMALL_HEAP = List.of("-Xmx64m", "-Duser.language=en", "-Duser.country=US");
    private static final String NEEDS = "\"supportNeeds\":[\"SOCIAL_INCLUSION\"]";

    @TempDir
    Path dir;

    private static String client() throws IOException {
        String client = Files.readString(Paths.get("src/test/resources/documents/valid/client.json"));
        assertThat(client).contains(NEEDS);
        return client;
    }

    /** The valid client with {@code count} wrong codes in supportNeeds. */
    private Path clientWithWrongCodes(int count) throws IOException {
        String client = client();
        int at = client.indexOf(NEEDS);
        Path path = dir.resolve("client-" + count + ".json");
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write(client.substring(0, at).getBytes(StandardCharsets.UTF_8));
            out.write("\"supportNeeds\":[\"X\"".getBytes(StandardCharsets.UTF_8));
            byte[] more = ",\"X\"".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int i = 1; i < count; i += 1000) {
                out.write(more);
            }
            out.write(("]" + client.substring(at + NEEDS.length())).getBytes(StandardCharsets.UTF_8));
        }
        return path;
    }

    private static void assertCapped(Process p, long found) {
        assertThat(p.err).doesNotContain("internal error").doesNotContain("OutOfMemoryError");
        assertThat(p.status).isEqualTo(1);
        assertThat(p.out).contains("error /supportNeeds/999 polku.json.code.unknown")
                .doesNotContain("/supportNeeds/1000 ")
                .contains("error (root) polku.json.limit.violations: The document has " + (found - 1000)
                        + " more violations than the limit of 1000");
    }

    @Test
    void aOneMegabyteClientWith100000WrongCodesIn64Megabytes() throws Exception {
        Path doc = clientWithWrongCodes(100_001);
        assertThat(Files.size(doc)).isLessThan(1_000_000);
        assertCapped(Process.run("", SMALL_HEAP, "validate", "-q", doc.toString()), 100_001);
    }

    @Test
    void aDocumentNearTheSizeLimitWithMillionsOfWrongCodesIn64Megabytes() throws Exception {
        Path doc = clientWithWrongCodes(4_000_001);
        assertThat(Files.size(doc)).isBetween(15_000_000L, 16L * 1024 * 1024);
        assertCapped(Process.run("", SMALL_HEAP, "validate", "-q", doc.toString()), 4_000_001);
    }

    @Test
    void readsANamedPipe() throws Exception {
        assumeTrue(Files.isExecutable(Paths.get("/usr/bin/mkfifo")) || Files.isExecutable(Paths.get("/bin/mkfifo")),
                "mkfifo is not available");
        Path fifo = dir.resolve("doc.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        String client = client();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(client.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Process p = Process.run("", SMALL_HEAP, "validate", fifo.toString());
        writer.join();
        assertThat(p.err).isEmpty();
        assertThat(p.out).startsWith(fifo + ": valid");
        assertThat(p.status).isZero();
    }

    @Test
    void readsProcessSubstitution() throws Exception {
        assumeTrue(Files.isExecutable(Paths.get("/bin/bash")), "bash is not available");
        Path doc = Paths.get("src/test/resources/documents/valid/client.json").toAbsolutePath();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String array = "<(printf '%70000s['; cat '" + doc + "'; printf ','; cat '" + doc + "'; printf ']')";
        Process p = Process.start("", List.of("/bin/bash", "-c", "'" + java + "' -Xmx64m -jar '"
                + Process.jar().toAbsolutePath() + "' validate -q <(cat '" + doc + "') " + array));
        assertThat(p.err).isEmpty();
        // the single document, then the array behind 70,000 spaces, read as a stream of two
        assertThat(p.out).containsPattern("/dev/fd/[0-9]+: valid").containsPattern("/dev/fd/[0-9]+ \\[0\\]: valid")
                .containsPattern("/dev/fd/[0-9]+ \\[1\\]: valid").contains("Documents: 3, valid: 3");
        assertThat(p.status).isZero();
    }
}
