package io.github.polku.benchmarks;

import ca.uhn.fhir.parser.IParser;
import io.github.polku.fhir.BundleKind;
import io.github.polku.fhir.FhirContent;
import io.github.polku.fhir.FhirReadResult;
import io.github.polku.fhir.PolkuFhir;
import io.github.polku.path.RehabilitationPath;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
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

/**
 * Throughput of the FHIR mapping on one realistic path, in paths per second, single-threaded:
 * Polku to a FHIR bundle to JSON bytes, and JSON bytes to a bundle to Polku, against HAPI FHIR's own
 * serialisation and parsing of the same bundle (the baselines: the cost of FHIR JSON itself).
 * The mapping's own cost is the difference.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class FhirBenchmark {

    /** The path size. */
    @Param({"MEDIUM"})
    public PathContent.Size size;

    private PolkuFhir fhir;
    private FhirContent content;
    private Bundle bundle;
    private byte[] json;
    private IParser parser;

    /** Builds the content and its bundle once per trial, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        RehabilitationPath path = PathContent.path(size, 7);
        fhir = PolkuFhir.create();
        content = FhirContent.of(path);
        bundle = fhir.toBundle(content, BundleKind.COLLECTION);
        parser = fhir.getContext().newJsonParser();
        json = parser.encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8);
        FhirReadResult back = fhir.fromJson(json);
        if (!back.getContent().flatMap(FhirContent::getPath).map(path::equals).orElse(false)) {
            throw new IllegalStateException("The benchmark path must survive the round trip: " + back.getReport());
        }
    }

    /**
     * Polku to FHIR JSON: map the path to a bundle and serialise it.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] polkuToFhirJson() {
        return parser.encodeResourceToString(fhir.toBundle(content, BundleKind.COLLECTION)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Baseline: HAPI serialises the same, already built bundle.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] baselineHapiSerialise() {
        return parser.encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * FHIR JSON to Polku: parse the bundle and map it back to a path.
     *
     * @return the result
     */
    @Benchmark
    public FhirReadResult fhirJsonToPolku() {
        return fhir.fromJson(json);
    }

    /**
     * Baseline: HAPI parses the same bytes into a bundle.
     *
     * @return the bundle
     */
    @Benchmark
    public Bundle baselineHapiParse() {
        return parser.parseResource(Bundle.class, new String(json, StandardCharsets.UTF_8));
    }
}
