package io.github.polku.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the example documents in {@code examples/data}, whether a program runs from the repository
 * root ({@code examples/run}) or from the {@code examples} directory (the tests, an IDE).
 */
final class ExampleData {

    private ExampleData() {
    }

    /** Held, so that the logger and its level are not garbage-collected. */
    private static final java.util.logging.Logger HIBERNATE_VALIDATOR_VERSION =
            java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");

    /**
     * Keeps Hibernate Validator's start-up line ({@code HV000001}, INFO) out of the output, as an
     * embedding application would: that logger at WARNING. Hibernate Validator logs through JBoss
     * Logging, which uses java.util.logging when no other logging library is present.
     */
    static void quietLogs() {
        HIBERNATE_VALIDATOR_VERSION.setLevel(java.util.logging.Level.WARNING);
    }

    /**
     * Gets the path of an example document.
     *
     * @param fileName  the file name in {@code examples/data}, not null
     * @return the path, not null
     * @throws IllegalStateException if the file is in neither place
     */
    static Path file(String fileName) {
        for (Path dir : new Path[] {Path.of("examples", "data"), Path.of("data")}) {
            Path file = dir.resolve(fileName);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("Run from the repository root or the examples directory: examples/data/"
                + fileName + " not found");
    }
}
