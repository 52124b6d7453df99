package io.github.polku.serialization.jackson.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.client.Client;
import io.github.polku.serialization.jackson.DocumentReadException;
import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.serialization.jackson.ReadLimits;
import io.github.polku.serialization.jackson.ReadOptions;
import io.github.polku.serialization.jackson.StreamFormat;
import io.github.polku.testing.Samples;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GH-21: reading stays bounded and strict on hostile input: a capped number of violations per
 * document, UTF-8 and nothing else, streams without {@code available()}, and the documented code
 * for an overlong number.
 */
class InputReliabilityTest {

    /** A valid client document, compact, as Polku writes it. */
    static final String CLIENT = PolkuDocuments.strict().write(Samples.client());
    private static final String NEEDS = "\"supportNeeds\":[\"SOCIAL_INCLUSION\"]";

    /** The valid client with {@code count} unknown codes in supportNeeds. */
    static String clientWithBadNeeds(int count) {
        String values = java.util.stream.IntStream.range(0, count).mapToObj(i -> "\"BAD\"").collect(Collectors.joining(","));
        return CLIENT.replace(NEEDS, "\"supportNeeds\":[" + values + "]");
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static PolkuDocuments capped(int max, boolean strict) {
        ReadOptions options = strict ? ReadOptions.strict() : ReadOptions.lenient();
        return PolkuDocuments.create(options.withLimits(ReadLimits.defaults().withMaxViolations(max)));
    }

    @Nested
    class ViolationCap {

        @Test
        void defaultCapIsOneThousand() {
            assertThat(ReadLimits.defaults().getMaxViolations()).isEqualTo(1000);
            assertThatThrownBy(() -> ReadLimits.defaults().withMaxViolations(0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void keepsTheFirstViolationsAndCountsTheRestInALastOne() {
            ValidationReport report = capped(5, true).validate(utf8(clientWithBadNeeds(12)));
            List<Violation> v = report.getViolations();
            assertThat(v).hasSize(6);
            assertThat(v.subList(0, 5)).extracting(Violation::getCode, Violation::getPath).containsExactly(
                    tuple("polku.json.code.unknown", "/supportNeeds/0"), tuple("polku.json.code.unknown", "/supportNeeds/1"),
                    tuple("polku.json.code.unknown", "/supportNeeds/2"), tuple("polku.json.code.unknown", "/supportNeeds/3"),
                    tuple("polku.json.code.unknown", "/supportNeeds/4"));
            // 12 found, 5 kept: 7 more
            assertThat(v.get(5)).extracting(Violation::getCode, Violation::getSeverity, Violation::getPath, Violation::getArguments)
                    .containsExactly("polku.json.limit.violations", Severity.ERROR, "", Map.of("max", "5", "more", "7"));
            assertThat(v.get(5).getMessage(java.util.Locale.ENGLISH))
                    .isEqualTo("The document has 7 more violations than the limit of 5; they are not listed");
        }

        @Test
        void aDocumentAtTheCapIsReportedWhole() {
            assertThat(capped(5, true).validate(utf8(clientWithBadNeeds(5))).getViolations())
                    .extracting(Violation::getCode).containsOnly("polku.json.code.unknown").hasSize(5);
        }

        @Test
        void theDefaultCapAppliesWithoutOptions() {
            List<Violation> v = PolkuDocuments.strict().validate(utf8(clientWithBadNeeds(1001))).getViolations();
            assertThat(v).hasSize(1001);
            assertThat(v.get(1000).getArguments()).isEqualTo(Map.of("max", "1000", "more", "1"));
        }

        @Test
        void aLeftOutErrorKeepsTheDocumentInvalid() {
            // lenient: the three unknown properties are warnings and fill the cap; the bad code is an error left out
            String json = CLIENT.replace("\"clientId\"", "\"u1\":1,\"u2\":2,\"u3\":3,\"clientId\"")
                    .replace(NEEDS, "\"supportNeeds\":[\"BAD\"]");
            ValidationReport report = capped(3, false).validate(utf8(json));
            assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getSeverity).containsExactly(
                    tuple("polku.json.unknownProperty", Severity.WARNING), tuple("polku.json.unknownProperty", Severity.WARNING),
                    tuple("polku.json.unknownProperty", Severity.WARNING), tuple("polku.json.limit.violations", Severity.ERROR));
            assertThat(report.isValid()).isFalse();
        }

        @Test
        void leftOutWarningsKeepTheDocumentValid() {
            String json = CLIENT.replace("\"clientId\"", "\"u1\":1,\"u2\":2,\"u3\":3,\"u4\":4,\"clientId\"");
            ValidationReport report = capped(2, false).validate(utf8(json));
            assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getSeverity).containsExactly(
                    tuple("polku.json.unknownProperty", Severity.WARNING), tuple("polku.json.unknownProperty", Severity.WARNING),
                    tuple("polku.json.limit.violations", Severity.WARNING));
            assertThat(report.isValid()).isTrue();
        }

        @Test
        void capsTheTypedReadAndTheStreamReadAndEachDocumentOfAStream() {
            byte[] json = utf8(clientWithBadNeeds(9));
            PolkuDocuments documents = capped(4, true);
            assertThatThrownBy(() -> documents.read(json, Client.class)).isInstanceOfSatisfying(DocumentReadException.class,
                    e -> assertThat(e.getReport().getViolations()).hasSize(5));
            assertThat(documents.readAndValidate(new ByteArrayInputStream(json)).getReport().getViolations()).hasSize(5)
                    .last().extracting(v -> v.getArguments().get("more")).isEqualTo("5");
            String array = "[" + clientWithBadNeeds(9) + "," + clientWithBadNeeds(3) + "," + clientWithBadNeeds(7) + "]";
            List<Integer> sizes = new ArrayList<>();
            documents.validateStream(new ByteArrayInputStream(utf8(array)), StreamFormat.ARRAY,
                    r -> sizes.add(r.getReport().getViolations().size()));
            assertThat(sizes).containsExactly(5, 3, 5);
            sizes.clear();
            documents.validateStream(new ByteArrayInputStream(utf8(clientWithBadNeeds(9) + "\n" + clientWithBadNeeds(2))),
                    StreamFormat.NDJSON, r -> sizes.add(r.getReport().getViolations().size()));
            assertThat(sizes).containsExactly(5, 2);
        }
    }

    @Nested
    class Utf8Only {

        /** Every way of reading one document; each gives the violations of the first document read. */
        private List<List<Violation>> everyWay(byte[] json) {
            PolkuDocuments d = PolkuDocuments.lenient();
            List<List<Violation>> all = new ArrayList<>();
            all.add(d.readAndValidate(json).getReport().getViolations());
            all.add(d.readAndValidate(new ByteArrayInputStream(json)).getReport().getViolations());
            all.add(d.readAndValidate(new Trickle(json)).getReport().getViolations());
            ByteArrayOutputStream array = new ByteArrayOutputStream();
            array.writeBytes(utf8("["));
            array.writeBytes(json);
            array.writeBytes(utf8("]"));
            List<List<Violation>> streamed = new ArrayList<>();
            d.validateStream(new ByteArrayInputStream(array.toByteArray()), StreamFormat.ARRAY,
                    r -> streamed.add(r.getReport().getViolations()));
            all.add(streamed.get(0));
            List<List<Violation>> lines = new ArrayList<>();
            d.validateStream(new ByteArrayInputStream(json), StreamFormat.NDJSON, r -> lines.add(r.getReport().getViolations()));
            all.add(lines.get(0));
            return all;
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
        void refusesUtf16AndUtf32(String charset) {
            byte[] json = CLIENT.getBytes(java.nio.charset.Charset.forName(charset));
            for (List<Violation> found : everyWay(json)) {
                assertThat(found).extracting(Violation::getCode).containsExactly("polku.json.malformed");
            }
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"FEFF", "FFFE", "0000FEFF", "FFFE0000"})
        void refusesUtf16AndUtf32WithAByteOrderMark(String bom) {
            String charset = bom.length() == 4 ? (bom.startsWith("FE") ? "UTF-16BE" : "UTF-16LE")
                    : bom.startsWith("00") ? "UTF-32BE" : "UTF-32LE";
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            json.writeBytes(HexFormat.of().parseHex(bom));
            json.writeBytes(CLIENT.getBytes(java.nio.charset.Charset.forName(charset)));
            for (List<Violation> found : everyWay(json.toByteArray())) {
                assertThat(found).extracting(Violation::getCode).containsExactly("polku.json.malformed");
            }
        }

        /** The client with bytes (hex) put at the start of its clientId's value, line 1. */
        private byte[] clientIdStartingWith(String hex) {
            String marker = "\"clientId\":\"";
            int at = CLIENT.indexOf(marker) + marker.length();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(utf8(CLIENT.substring(0, at)));
            out.writeBytes(HexFormat.of().parseHex(hex));
            out.writeBytes(utf8(CLIENT.substring(at)));
            return out.toByteArray();
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(textBlock = """
                overlong '/',                     C0AF,     0
                overlong '/' in three bytes,      E080AF,   1
                overlong two-byte form,           C1BF,     0
                overlong four-byte form,          F08080AF, 1
                above U+10FFFF,                   F4908080, 1
                lead byte F5,                     F5808080, 0
                lead byte FF,                     FF,       0
                high surrogate in UTF-8,          EDA080,   1
                low surrogate in UTF-8,           EDBFBF,   1
                continuation without a lead,      80,       0
                lead without its continuation,    C32F,     1
                three-byte sequence cut short,    E282,     2
                NUL,                              00,       0
                """)
        void refusesBytesThatAreNotUtf8(String what, String hex, int badByte) {
            byte[] json = clientIdStartingWith(hex);
            for (List<Violation> found : everyWay(json)) {
                assertThat(found).as(what).extracting(Violation::getCode).containsExactly("polku.json.malformed");
            }
            // the first byte that cannot continue a UTF-8 sequence is located, counted in bytes from 1
            int column = CLIENT.indexOf("\"clientId\":\"") + "\"clientId\":\"".length() + 1 + badByte;
            assertThat(PolkuDocuments.strict().validate(json).getViolations().get(0).getArguments())
                    .isEqualTo(Map.of("line", "1", "column", Integer.toString(column)));
            assertThat(PolkuDocuments.strict().validate(new Trickle(json)).getViolations().get(0).getArguments())
                    .isEqualTo(Map.of("line", "1", "column", Integer.toString(column)));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                U+00E4 a-umlaut,   C3A4
                U+07FF,            DFBF
                U+0800,            E0A080
                U+D7FF,            ED9FBF
                U+E000,            EE8080
                U+20AC euro,       E282AC
                U+10000,           F0908080
                U+1D11E clef,      F09D849E
                U+10FFFF,          F48FBFBF
                """)
        void acceptsEveryWellFormedSequence(String what, String hex) {
            // an unknown property is only a warning when lenient, so its text value may hold anything
            byte[] value = HexFormat.of().parseHex(hex);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            json.writeBytes(utf8(CLIENT.substring(0, CLIENT.length() - 1) + ",\"note\":\"x"));
            json.writeBytes(value);
            json.writeBytes(utf8("\"}"));
            for (List<Violation> found : everyWay(json.toByteArray())) {
                assertThat(found).as(what).extracting(Violation::getCode).containsExactly("polku.json.unknownProperty");
            }
        }

        @Test
        void acceptsAUtf8ByteOrderMarkAtTheStart() {
            String bom = new String(new char[] {'\uFEFF'});
            byte[] json = utf8(bom + CLIENT);
            assertThat(json[0] & 0xFF).isEqualTo(0xEF);
            PolkuDocuments d = PolkuDocuments.strict();
            assertThat(d.validate(json).getViolations()).isEmpty();
            assertThat(d.validate(new Trickle(json)).getViolations()).isEmpty();
            List<Boolean> valid = new ArrayList<>();
            d.validateStream(new Trickle(utf8(bom + "[" + CLIENT + "]")), StreamFormat.ARRAY, r -> valid.add(r.isValid()));
            d.validateStream(new Trickle(json), StreamFormat.NDJSON, r -> valid.add(r.isValid()));
            assertThat(valid).containsExactly(true, true);
            // anywhere else it is not white space
            assertThat(d.validate(utf8(" " + bom + CLIENT)).getViolations()).extracting(Violation::getCode)
                    .containsExactly("polku.json.malformed");
        }

        @Test
        void locatesTheBadByteByLineAndColumn() {
            byte[] json = utf8("{\n  \"documentType\" : \"CLIENT\",\n  \"x\u0000\" : 1}");
            for (List<Violation> found : List.of(PolkuDocuments.strict().validate(json).getViolations(),
                    PolkuDocuments.strict().validate(new Trickle(json)).getViolations())) {
                assertThat(found).extracting(Violation::getCode, Violation::getArguments)
                        .containsExactly(tuple("polku.json.malformed", Map.of("line", "3", "column", "5")));
            }
        }

        @Test
        void aStreamDeliversTheDocumentsBeforeABadByte() {
            ByteArrayOutputStream array = new ByteArrayOutputStream();
            array.writeBytes(utf8("[" + CLIENT + "," + CLIENT + ","));
            array.writeBytes(clientIdStartingWith("C0AF"));
            array.writeBytes(utf8("]"));
            List<DocumentResult> results = new ArrayList<>();
            PolkuDocuments.strict().validateStream(new ByteArrayInputStream(array.toByteArray()), StreamFormat.ARRAY, results::add);
            assertThat(results).extracting(DocumentResult::isValid).containsExactly(true, true, false);
            assertThat(results.get(2).getReport().getViolations()).extracting(Violation::getCode)
                    .containsExactly("polku.json.malformed");
        }
    }

    @Nested
    class Streams {

        @Test
        void readsAPipeToItsEnd() throws Exception {
            PipedInputStream in = new PipedInputStream(64);
            PipedOutputStream out = new PipedOutputStream(in);
            byte[] json = utf8(CLIENT);
            Thread writer = new Thread(() -> {
                try (out) {
                    for (byte b : json) {
                        out.write(b);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            DocumentResult result = PolkuDocuments.strict().readAndValidate(in);
            writer.join();
            assertThat(result.getReport().getViolations()).isEmpty();
            assertThat(result.getValue()).contains(Samples.client());
        }

        @Test
        void neverAsksAStreamWhatIsAvailable() {
            // a FIFO or process substitution: available() fails with "Illegal seek", reads come in small pieces
            byte[] json = utf8(CLIENT);
            assertThat(PolkuDocuments.strict().readAndValidate(new Trickle(json)).isValid()).isTrue();
            List<DocumentResult> results = new ArrayList<>();
            PolkuDocuments.strict().validateStream(new Trickle(utf8("[" + CLIENT + "," + CLIENT + "]")), StreamFormat.ARRAY, results::add);
            assertThat(results).extracting(DocumentResult::isValid).containsExactly(true, true);
        }

        @Test
        void aStreamOverTheSizeLimitIsCutThere() {
            PolkuDocuments small = PolkuDocuments.create(ReadOptions.strict().withLimits(ReadLimits.defaults().withMaxDocumentSize(100)));
            Trickle in = new Trickle(utf8(CLIENT + " ".repeat(10_000)));
            assertThat(small.readAndValidate(in).getReport().getViolations()).extracting(Violation::getCode)
                    .containsExactly("polku.json.limit.documentSize");
            assertThat(in.position).isLessThanOrEqualTo(101);
            // at the limit: a text of exactly 100 bytes is read
            String hundred = "{\"documentType\":\"CLIENT\",\"formatVersion\":\"1.0\"}";
            hundred = hundred + " ".repeat(100 - hundred.length());
            assertThat(small.readAndValidate(new Trickle(utf8(hundred))).getReport().getViolations())
                    .extracting(Violation::getCode).doesNotContain("polku.json.limit.documentSize");
        }
    }

    @Nested
    class NumberLength {

        @ParameterizedTest(name = "{0} digits")
        @ValueSource(ints = {101, 65_537, 131_073, 1_000_000})
        void aNumberOverTheLimitGetsTheNumberLengthCodeHoweverLong(int digits) {
            for (String number : List.of("9".repeat(digits), "-" + "9".repeat(digits), "1." + "9".repeat(digits))) {
                byte[] json = utf8(CLIENT.replace("\"specialSupport\":false", "\"specialSupport\":" + number));
                for (ValidationReport report : List.of(PolkuDocuments.strict().validate(json),
                        PolkuDocuments.strict().validate(new ByteArrayInputStream(json)))) {
                    assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getPath, Violation::getArguments)
                            .containsExactly(tuple("polku.json.limit.numberLength", "/specialSupport", Map.of("max", "100")));
                }
            }
        }

        @Test
        void aStringOverTheLimitStillGetsTheStringLengthCode() {
            byte[] json = utf8(CLIENT.replace("\"C-TEST-0001\"", "\"" + "1".repeat(131_073) + "\""));
            assertThat(PolkuDocuments.strict().validate(json).getViolations()).extracting(Violation::getCode)
                    .containsExactly("polku.json.limit.stringLength");
        }
    }

    /** A non-seekable stream: at most 7 bytes per read, and available() fails as on a FIFO. */
    static final class Trickle extends InputStream {
        private final byte[] bytes;
        int position;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 7), bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public int available() throws IOException {
            throw new IOException("Illegal seek");
        }
    }
}
