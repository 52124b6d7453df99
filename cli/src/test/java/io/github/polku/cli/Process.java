package io.github.polku.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code polku.jar} as a separate process, as a user would. */
final class Process {

    /** How long one run may take: generous, as eight builds may share the two cores (load average 30). */
    static final int TIMEOUT_SECONDS = 240;

    final int status;
    final String out;
    final String err;

    private Process(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    /** A result made by a test that ran the process itself. */
    static Process of(int status, String out, String err) {
        return new Process(status, out, err);
    }

    static Path jar() {
        return Paths.get(System.getProperty("polku.jar", "target/polku.jar"));
    }

    static Path root() {
        return Paths.get(System.getProperty("polku.root", ".."));
    }

    static Process run(String stdin, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return start(stdin, command(jvmOptions, args));
    }

    /** The command line that runs the jar. */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Runs any command in the root of the repository. */
    static Process start(String stdin, List<String> command) throws IOException, InterruptedException {
        return start(stdin, command, Map.of(), TIMEOUT_SECONDS);
    }

    /** Runs any command in the root of the repository, allowing it the given time. */
    static Process start(String stdin, List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        return start(stdin, command, Map.of(), timeoutSeconds);
    }

    /**
     * Runs any command in the root of the repository with the given environment variables; the locale
     * variables of the calling environment are removed first, so that the language is what the test says.
     */
    static Process start(String stdin, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        return start(stdin, command, environment, TIMEOUT_SECONDS);
    }

    private static Process start(String stdin, List<String> command, Map<String, String> environment, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile());
        builder.environment().keySet().removeAll(Language.VARIABLES);
        builder.environment().putAll(environment);
        java.lang.Process process = builder.start();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("polku did not finish within " + timeoutSeconds + " s: " + command);
        }
        return new Process(process.exitValue(), out.join(), err.join());
    }

    static Process run(String... args) throws IOException, InterruptedException {
        return run("", List.of("-Duser.language=en", "-Duser.country=US"), args);
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static boolean exists(Path path) {
        return Files.isRegularFile(path);
    }
}
