package io.github.polku.examples;

import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.StreamFormat;
import io.github.polku.serialization.jackson.StreamSummary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Streaming validation of many documents in NDJSON (newline-delimited JSON, one document a line),
 * as a researcher or a wellbeing services county receives them from several providers.
 * <p>
 * <b>What this shows.</b> First a small file ({@code examples/data/paths.ndjson}, 12 paths) is
 * validated with one summary line per record: its line number, and either "valid" or its problems.
 * Then a large generated file (2,000 paths by default, or the number given as the first argument)
 * is validated in constant memory, and only the counts are kept: records, valid, invalid, and the
 * problems by code.
 * <p>
 * <b>Things to notice.</b>
 * <ul>
 *   <li>Reading carries on after a bad record, even after a line that is not JSON at all.</li>
 *   <li>Pointers are relative to each record, and each result knows its line in the file.</li>
 *   <li>No record is kept in memory: the callback sees one result at a time (the project's
 *       {@code StreamingMemoryIT} validates 200,000 paths in a 64 MiB heap).</li>
 * </ul>
 */
public final class Example08StreamingValidation {

    private Example08StreamingValidation() {
    }

    /**
     * Runs the example.
     *
     * @param args  optionally the number of paths in the large file, default 2000
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        ExampleData.quietLogs();
        Lessons lessons = Lessons.of(8, args);
        PolkuDocuments documents = PolkuDocuments.strict();

        // 1. A small file from another organisation: one summary line per record.
        lessons.step(1);
        try (InputStream in = Files.newInputStream(ExampleData.file("paths.ndjson"))) {
            StreamSummary small = documents.validateStream(in, StreamFormat.NDJSON, Example08StreamingValidation::printRecord);
            System.out.println("paths.ndjson: " + small.getDocuments() + " records, " + small.getValid() + " valid, "
                    + small.getInvalid() + " invalid");
        }

        // 2. Write a large file of generated paths; in every hundred, record 50 has an unknown code and record 100 is cut short.
        lessons.step(2);
        int count = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 2000;
        Path large = Files.createTempFile("polku-paths-", ".ndjson");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(large))) {
            for (int i = 0; i < count; i++) {
                String json = documents.write(FictionalCohort.path(i));
                if (i % 100 == 49) {
                    json = json.replace("\"deliveryMode\":\"ON_SITE\"", "\"deliveryMode\":\"ON_SITE_VISIT\"");
                } else if (i % 100 == 99) {
                    json = json.substring(0, json.length() / 2);
                }
                out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }

        // 3. Stream it, keeping only counts: no record stays in memory.
        lessons.step(3);
        Map<String, Integer> problems = new TreeMap<>();
        StreamSummary summary;
        try (InputStream in = Files.newInputStream(large)) {
            summary = documents.validateStream(in, StreamFormat.NDJSON,
                    result -> result.getReport().getViolations().forEach(v -> problems.merge(v.getCode(), 1, Integer::sum)));
        } finally {
            Files.delete(large);
        }
        System.out.println("Large file: " + summary.getDocuments() + " records, " + summary.getValid() + " valid, "
                + summary.getInvalid() + " invalid, " + summary.getErrors() + " errors, complete " + summary.isComplete());
        problems.forEach((code, n) -> System.out.println("  " + code + ": " + n));
        lessons.notices();
    }

    private static void printRecord(DocumentResult result) {
        String problems = result.getReport().getViolations().stream()
                .map(v -> v.getSeverity() + " " + v.getPath() + " " + v.getCode()).collect(Collectors.joining("; "));
        System.out.println("  line " + result.getLine().orElseThrow() + ": " + (problems.isEmpty() ? "valid" : problems));
    }
}
