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
