package io.github.polku.benchmarks;

import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cold-start program, launched in a fresh JVM for every measurement: reads one document file and
 * prints one line as soon as the first document is done. The launcher measures the time from
 * starting the process to that line.
 * <p>
 * Modes: {@code databind} (the baseline: a plain mapper reads the twin records) and {@code polku}
 * ({@link PolkuDocuments#readAndValidate(byte[])}: reading and full validation).
 * Only the classes the mode needs are loaded: the document is read from a file written
 * beforehand, never generated here.
 * <p>
 * Usage: {@code ColdStart MODE FILE}.
 */
public final class ColdStart {

    private ColdStart() {
    }

    /**
     * Runs one cold start.
     *
     * @param args  mode and document file
     */
    public static void main(String[] args) {
        byte[] json;
        try {
            json = Files.readAllBytes(Path.of(args[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (args[0]) {
            case "databind": {
                PlainPath twin = JsonMapper.builder().build().readValue(json, PlainPath.class);
                System.out.println("done " + twin.services().size());
                break;
            }
            case "polku": {
                DocumentResult result = PolkuDocuments.strict().readAndValidate(json);
                System.out.println("done " + result.isValid());
                break;
            }
            default:
                throw new IllegalArgumentException("Unknown mode " + args[0]);
        }
    }
}
