package io.github.polku.serialization.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.DocumentType;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GH-10: replays every saved hostile input in {@code src/test/resources/fuzz/regressions/}: the
 * hand-made representatives of each mutation class and any input a fuzz run found. Each must pass
 * every invariant of the fuzz oracle and read into a report with at least one error, except the
 * files named {@code valid-*}: a UTF-8 byte-order mark is read (RFC 8259 allows a parser to accept
 * it). UTF-16 is refused since GH-21 ({@code client-utf16.json}).
 */
class FuzzRegressionTest {

    private static final Path REGRESSIONS = Path.of("src/test/resources/fuzz/regressions");

    static List<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(REGRESSIONS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void readsSavedHostileInputIntoAReportWithAnError(Path file) throws IOException {
        byte[] input = Files.readAllBytes(file);
        DocumentType type = file.getFileName().toString().contains("path-") ? DocumentType.REHABILITATION_PATH
                : DocumentType.CLIENT;
        Oracle.check(input, type);
        Oracle.checkInputStream(input);
        Oracle.checkStreams(List.of(input, input));
        DocumentResult result = PolkuDocuments.strict().readAndValidate(input);
        boolean valid = file.getFileName().toString().startsWith("valid-");
        assertThat(result.isValid()).as("%s is read as valid: %s", file, valid).isEqualTo(valid);
        assertThat(result.getReport().getViolations()).extracting(Violation::getPath)
                .allMatch(p -> p.isEmpty() || p.startsWith("/"));
    }

    @Test
    void keepsTheRegressionFolderFilled() throws IOException {
        assertThat(inputs()).hasSizeGreaterThanOrEqualTo(17);
    }
}
