package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code polku} launcher script builds the jar on first use and rebuilds it when the sources are
 * newer, in a copy of the repository layout whose {@code mvnw} only records that it was called.
 */
class LauncherIT {

    @TempDir
    Path root;

    private Path jar;

    @BeforeEach
    void layout() throws IOException {
        Files.copy(Process.root().resolve("polku"), root.resolve("polku"));
        // the fake wrapper records the call and "builds" by touching the jar
        Path mvnw = root.resolve("mvnw");
        Files.writeString(mvnw, "#!/usr/bin/env bash\necho \"$@\" >> mvnw-calls\ntouch cli/target/polku.jar\n");
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String module : List.of("core", "serialization", "cli")) {
            Path source = root.resolve(module).resolve("src/main/java/Source.java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, "// a source file\n");
            Files.writeString(root.resolve(module).resolve("pom.xml"), "<project/>\n");
            age(source);
            age(root.resolve(module).resolve("pom.xml"));
        }
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        age(root.resolve("pom.xml"));
        jar = root.resolve("cli/target/polku.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(Process.jar(), jar);
        // a build output newer than the jar must not count as a changed source
        Path generated = root.resolve("core/target/generated-sources/Generated.java");
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, "// generated\n");
    }

    private static void age(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    private Process launch() throws Exception {
        return Process.start("", List.of("bash", root.resolve("polku").toString(), "--version"));
    }

    @Test
    void runsAnUpToDateJarWithoutBuilding() throws Exception {
        Process p = launch();
        assertThat(p.status).isZero();
        assertThat(p.out).startsWith("polku 0.1.0");
        assertThat(p.err).isEmpty();
        assertThat(root.resolve("mvnw-calls")).doesNotExist();
    }

    @Test
    void rebuildsWhenASourceIsNewerThanTheJar() throws Exception {
        Files.writeString(root.resolve("serialization/src/main/java/Source.java"), "// changed by a git pull\n");
        age(jar);
        Process p = launch();
        assertThat(p.status).isZero();
        assertThat(p.err).contains("the sources changed since cli/target/polku.jar was built; rebuilding it");
        assertThat(Files.readString(root.resolve("mvnw-calls"))).contains("package").contains("-pl cli -am");
        assertThat(p.out).startsWith("polku 0.1.0");
        // built now: the next launch does not build again
        Files.delete(root.resolve("mvnw-calls"));
        assertThat(launch().err).isEmpty();
        assertThat(root.resolve("mvnw-calls")).doesNotExist();
    }

    @Test
    void rebuildsWhenABuildFileIsNewerThanTheJar() throws Exception {
        age(jar);
        Files.writeString(root.resolve("pom.xml"), "<project><!-- a new dependency version --></project>\n");
        Process p = launch();
        assertThat(p.status).isZero();
        assertThat(root.resolve("mvnw-calls")).exists();
    }

    @Test
    void runsSilentlyWithAnArchiveThatDoesNotMatchTheJar() throws Exception {
        // GH-18: a class-data-sharing archive from another build (here: not an archive at all) is skipped
        Path archive = root.resolve("cli/target/polku.jsa");
        Files.writeString(archive, "not a class-data-sharing archive\n");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));
        Process p = launch();
        assertThat(p.status).isZero();
        assertThat(p.out).startsWith("polku 0.1.0").doesNotContain("cds").doesNotContain("warning");
        assertThat(p.err).isEmpty();
    }

    @Test
    void doesNotLookIntoTestSourcesOrBuildOutput() throws Exception {
        // GH-18: the cheap staleness check reads the main sources and build files only
        Path test = root.resolve("cli/src/test/java/SomeTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, "// a test changed after the build\n");
        Files.setLastModifiedTime(test, FileTime.from(Instant.now().plusSeconds(60)));
        Process p = launch();
        assertThat(p.status).isZero();
        assertThat(root.resolve("mvnw-calls")).doesNotExist();
    }
}
