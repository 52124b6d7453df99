package io.github.polku.benchmarks;

import ca.uhn.fhir.parser.IParser;
import io.github.polku.fhir.BundleKind;
import io.github.polku.fhir.FhirContent;
import io.github.polku.fhir.PolkuFhir;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The process-CPU-time cross-check of {@link FhirBenchmark}: the same two pairs (Polku to FHIR JSON
 * against HAPI's serialisation of the built bundle; FHIR JSON to Polku against HAPI's parse of the
 * same bytes), run in alternating batches in one JVM and timed by the CPU time of the whole process,
 * as {@link PairedCpu} does for the exchange format. Prints one JSON line.
 * Usage: {@code FhirPairedCpu [ROUNDS]}; 15 rounds on the medium path by default.
 */
public final class FhirPairedCpu {

    private FhirPairedCpu() {
    }

    /**
     * Runs the comparison.
     *
     * @param args optional number of rounds
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        FhirContent content = FhirContent.of(PathContent.path(PathContent.Size.MEDIUM, 7));
        PolkuFhir fhir = PolkuFhir.create();
        IParser parser = fhir.getContext().newJsonParser();
        Bundle bundle = fhir.toBundle(content, BundleKind.COLLECTION);
        byte[] json = parser.encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("size", PathContent.Size.MEDIUM.name());
        result.put("bundleBytes", json.length);
        result.put("polkuToFhirJsonVsHapiSerialise", PairedCpu.pair(rounds,
                () -> parser.encodeResourceToString(fhir.toBundle(content, BundleKind.COLLECTION))
                        .getBytes(StandardCharsets.UTF_8),
                () -> parser.encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8)));
        result.put("fhirJsonToPolkuVsHapiParse", PairedCpu.pair(rounds,
                () -> fhir.fromJson(json),
                () -> parser.parseResource(Bundle.class, new String(json, StandardCharsets.UTF_8))));
        System.out.println(Documents.PLAIN.writeValueAsString(result));
    }
}
