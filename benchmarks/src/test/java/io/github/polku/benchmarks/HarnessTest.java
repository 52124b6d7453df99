package io.github.polku.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class HarnessTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Nested
    class NdjsonStreamRead {

        @ParameterizedTest
        @CsvSource(textBlock = """
                0, ''
                1, '{"a":1}\n'
                4, '{"a":1}\n{"b":22}\n{"a":1}\n{"b":22}\n'
                """)
        void cyclesTheVariantsOneALine(long count, String expected) throws IOException {
            List<byte[]> variants = List.of(ascii("{\"a\":1}"), ascii("{\"b\":22}"));

            String bulk;
            try (InputStream in = new NdjsonStream(variants, count)) {
                bulk = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
            ByteArrayOutputStream single = new ByteArrayOutputStream();
            try (InputStream in = new NdjsonStream(variants, count)) {
                int b;
                while ((b = in.read()) != -1) {
                    single.write(b);
                }
            }

            assertThat(bulk).isEqualTo(expected.replace("\\n", "\n"));
            assertThat(single.toString(StandardCharsets.US_ASCII)).isEqualTo(bulk);
        }

        @Test
        void readsInSmallChunksWithoutLosingBytes() throws IOException {
            List<byte[]> variants = List.of(ascii("abcdefg"));
            StringBuilder text = new StringBuilder();
            try (InputStream in = new NdjsonStream(variants, 3)) {
                byte[] buffer = new byte[3];
                int n;
                while ((n = in.read(buffer, 0, 3)) != -1) {
                    text.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
                }
            }

            assertThat(text).hasToString("abcdefg\nabcdefg\nabcdefg\n");
        }
    }

    @Nested
    class TwinReaderToPath {

        @Test
        void rebuildsThePathTheTwinWasMadeFrom() {
            PlainPath twin = PlainPath.of(PathContent.path(PathContent.Size.MEDIUM, 11));

            PlainPath again = PlainPath.of(TwinReader.toPath(twin));

            assertThat(again).isEqualTo(twin);
        }
    }

    @Nested
    class RatiosCompute {

        private JsonNode jmh(String json) {
            return Documents.PLAIN.readTree(json.replace('\'', '"'));
        }

        private String run(String benchmark, String size, double score) {
            return "{'benchmark':'io.github.polku.benchmarks.PathBenchmark." + benchmark + "',"
                    + "'params':{'size':'" + size + "'},'primaryMetric':{'score':" + score + "}}";
        }

        @Test
        void dividesPolkuByBaselineOnTheMediumDocument() {
            JsonNode jmh = jmh("[" + run("baselineDatabind", "MEDIUM", 8000) + ","
                    + run("baselineDatabind", "SMALL", 30000) + ","
                    + run("polkuValidateOnly", "MEDIUM", 2000) + ","
                    + run("twinReadAndValidate", "MEDIUM", 1000) + "]");

            Map<String, Object> ratios = Ratios.compute(jmh, Map.of());

            assertThat(ratios).containsEntry("validateOnlyVsDatabind", 0.25)
                    .containsEntry("twinReadValidateVsDatabind", 0.125)
                    .containsEntry("readValidateVsDatabind", null)
                    .containsEntry("streamVsDatabind", null)
                    .containsEntry("coldStartVsDatabind", null);
        }

        @Test
        void usesTheMedianStreamRateAndTheMedianColdStart() {
            Map<String, Object> stream = new LinkedHashMap<>();
            stream.put("databind", nodes("{'documentsPerSecond':1000,'peakHeapMiB':30}",
                    "{'documentsPerSecond':3000,'peakHeapMiB':31}", "{'documentsPerSecond':2000,'peakHeapMiB':29}"));
            stream.put("polku", nodes("{'documentsPerSecond':500,'peakHeapMiB':40}",
                    "{'documentsPerSecond':900,'peakHeapMiB':42.5}", "{'documentsPerSecond':1000,'peakHeapMiB':41}"));
            Map<String, Object> cold = new LinkedHashMap<>();
            cold.put("databind", Map.of("medianMillis", 400.0));
            cold.put("polku", Map.of("medianMillis", 1000.0));
            Map<String, Object> summary = Map.of("stream", stream, "coldStart", cold);

            Map<String, Object> ratios = Ratios.compute(jmh("[]"), summary);

            assertThat(ratios).containsEntry("streamVsDatabind", 0.45)
                    .containsEntry("streamPeakHeapMiB", 42.5)
                    .containsEntry("coldStartVsDatabind", 2.5);
        }

        private List<JsonNode> nodes(String... json) {
            List<JsonNode> list = new ArrayList<>();
            for (String j : json) {
                list.add(jmh(j));
            }
            return list;
        }
    }

    @Nested
    class Median {

        @ParameterizedTest
        @CsvSource(textBlock = """
                '3',         3
                '5;1;3',     3
                '4;1;3;2',   2.5
                """)
        void ofOddAndEvenCounts(String values, double expected) {
            List<Double> list = new ArrayList<>();
            for (String v : values.split(";")) {
                list.add(Double.valueOf(v));
            }

            assertThat(RunAll.median(list)).isEqualTo(expected);
        }
    }
}
