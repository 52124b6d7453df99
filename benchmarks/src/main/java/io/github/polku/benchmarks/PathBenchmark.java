package io.github.polku.benchmarks;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Throughput of Polku against plain Jackson on one realistic path document, in operations
 * (documents) per second, single-threaded. Every reading benchmark reads the same bytes: the
 * document as Polku writes it, which plain databind writes identically from the twin records.
 * <p>
 * The settings below are the full mode; {@link RunAll} shortens them for the quick mode. Two forks,
 * a 10-second warm-up (the JIT compiler shares the two cores) and 1-second iterations keep the
 * error small enough on a 2-core machine; the heap is fixed so that heap resizing does not move
 * the figures.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class PathBenchmark {

    /** The document size. */
    @Param({"MEDIUM"})
    public PathContent.Size size;

    private RehabilitationPath path;
    private PlainPath twin;
    private byte[] json;
    private PolkuValidator validator;
    private PolkuDocuments documents;

    /** Builds the content once per trial, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        path = PathContent.path(size, 7);
        twin = PlainPath.of(path);
        documents = PolkuDocuments.strict();
        json = Documents.json(path);
        validator = PolkuValidator.shared();
        ValidationReport report = documents.readAndValidate(json).getReport();
        if (!report.isEmpty() || !Arrays.equals(json, Documents.PLAIN.writeValueAsBytes(twin))) {
            throw new IllegalStateException("The benchmark document must be valid and identical for both sides: " + report);
        }
    }

    /**
     * Baseline: Jackson's streaming parser reads every token of the document.
     *
     * @param bh  the black hole
     */
    @Benchmark
    public void baselineTokens(Blackhole bh) {
        try (JsonParser p = Documents.PLAIN.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                bh.consume(t);
                if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
                    bh.consume(p.getString());
                }
            }
        }
    }

    /**
     * Baseline: plain Jackson databind of the document into plain records, no validation.
     *
     * @return the records
     */
    @Benchmark
    public PlainPath baselineDatabind() {
        return Documents.PLAIN.readValue(json, PlainPath.class);
    }

    /**
     * Baseline: plain Jackson databind writes the plain records.
     *
     * @return the JSON
     */
    @Benchmark
    public byte[] baselineWrite() {
        return Documents.PLAIN.writeValueAsBytes(twin);
    }

    /**
     * Polku reads the document into the immutable model (structural checks only).
     *
     * @return the path
     */
    @Benchmark
    public RehabilitationPath polkuRead() {
        return documents.read(json, RehabilitationPath.class);
    }

    /**
     * Polku reads the document and validates it fully: structure and every rule.
     *
     * @return the result
     */
    @Benchmark
    public DocumentResult polkuReadAndValidate() {
        return documents.readAndValidate(json);
    }

    /**
     * Polku writes the path.
     *
     * @return the JSON
     */
    @Benchmark
    public byte[] polkuWrite() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 64);
        documents.write(path, out);
        return out.toByteArray();
    }

    /**
     * For comparison, a reader made of plain databind into the twin records, conversion into the
     * Polku model with {@link TwinReader}, and full validation.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport twinReadAndValidate() {
        return validator.validate(TwinReader.toPath(Documents.PLAIN.readValue(json, PlainPath.class)));
    }

    /**
     * Polku validates an already-built path: every structural constraint and every rule.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport polkuValidateOnly() {
        return validator.validate(path);
    }
}
