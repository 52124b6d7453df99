package io.github.polku.cli;

import io.github.polku.validation.PolkuValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The entry point of the {@code polku} command (fi: polku-komento, sv: polku-kommandot).
 * <p>
 * Run it as {@code java -jar polku.jar validate FILE...} or through the {@code polku} launcher script
 * at the root of the repository. The command validates Polku exchange documents, prints their JSON
 * Schemas and summarises a cohort; {@code polku --help} lists the commands.
 * <p>
 * Exit status: 0 when every document is valid (warnings allowed), 1 when any document has an error,
 * 2 for a usage or I/O problem, 3 for an internal error.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Main {

    /**
     * Java logging configuration for the command: libraries may warn, but their INFO lines (such as
     * Hibernate Validator's version banner, HV000001) never reach the user's terminal.
     */
    private static final String LOGGING = "handlers=java.util.logging.ConsoleHandler\n"
            + ".level=WARNING\n"
            + "java.util.logging.ConsoleHandler.level=WARNING\n"
            + "org.hibernate.level=WARNING\n";

    private Main() {
    }

    /**
     * Runs the command with the given arguments and ends the JVM with the command's exit status.
     *
     * @param args  the command-line arguments, not null, may be empty
     */
    public static void main(String[] args) {
        quietLibraryLogging();
        warmUp(args);
        int status = Polku.run(Environment.system(), args);
        // The exit status is the command's result for the calling shell; only the entry point ends the JVM.
        System.exit(status);
    }

    /**
     * GH-18, start-up: a command that validates needs Hibernate Validator, whose bootstrap takes about a
     * third of a short run's CPU time and initialises its own classes and the rule book, not those of the
     * command line or the JSON reader. A second thread starts it at once, so that on a machine with two cores it overlaps with picocli and the
     * reader's descriptors. The validator is a lazily made singleton: the command waits for it if it is
     * not ready; if making it failed here, the command meets the same failure and reports it.
     */
    private static void warmUp(String[] args) {
        if (args.length == 0 || !("validate".equals(args[0]) || "report".equals(args[0]))
                || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread thread = new Thread(Main::bootstrapValidator, "polku-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void bootstrapValidator() {
        try {
            PolkuValidator.shared();
        } catch (RuntimeException | LinkageError e) {
            // The command meets the same failure when it needs the validator, and reports it there.
        }
    }

    private static void quietLibraryLogging() {
        try (InputStream config = new ByteArrayInputStream(LOGGING.getBytes(StandardCharsets.ISO_8859_1))) {
            LogManager.getLogManager().readConfiguration(config);
        } catch (IOException | SecurityException e) {
            // Logging stays at the JVM defaults; the command itself does not depend on it.
        }
    }
}
