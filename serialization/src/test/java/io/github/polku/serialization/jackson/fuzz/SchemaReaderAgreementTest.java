package io.github.polku.serialization.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.polku.serialization.jackson.DocumentType;
import io.github.polku.serialization.jackson.JsonSchemas;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * GH-14: the shipped JSON Schemas and the reader are one contract. Every example, golden and
 * regression document and {@value #DEFAULT_MUTANTS} mutants of them per build are judged twice: by
 * an independent JSON Schema 2020-12 validator (networknt, format assertions on) against the schema
 * of the document's {@code documentType}, and by {@link PolkuDocuments#strict()}. The verdicts must
 * agree both ways:
 * <ul>
 *   <li>when the schema refuses a document, Polku reports at least one error;
 *   <li>when Polku reports a structural error ({@code polku.json.*}), the schema refuses the document.
 * </ul>
 * Three kinds of structural error are outside what a JSON Schema can say, and so outside the second
 * direction: the reader's configurable resource limits ({@code polku.json.limit.*}), and a report's
 * derived {@code valid} and {@code counts} contradicting its violations
 * ({@code polku.json.contradiction}, a count). Input that is not one well-formed JSON text with
 * unique property names (RFC 8259) is refused by the schemas, as no schema can accept it.
 * <p>
 * A longer run, with the switches of {@link MutationFuzzTest}:
 * {@code ./mvnw -B verify -pl serialization -am -Dtest=SchemaReaderAgreementTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpolku.fuzz.mutants=100000 -Dpolku.fuzz.seed=N}.
 * Every disagreement found is fixed and kept in {@code src/test/resources/contract/}, replayed here;
 * a file named {@code valid-*} must be accepted by both, {@code invalid-*} refused by both, and
 * {@code rule-*} accepted by the schema and refused by a rule of Polku that no schema can say (a
 * reference to an item the document does not declare, a count above its total) or by a limit of the
 * reader ({@code polku.json.limit.*}: a decimal needing more than 100 digits after its point), with no
 * other {@code polku.json.*} error.
 */
class SchemaReaderAgreementTest {

    static final int DEFAULT_MUTANTS = 2000;
    private static final int MUTANTS = Integer.getInteger("polku.fuzz.mutants", DEFAULT_MUTANTS);
    private static final long SEED = Long.getLong("polku.fuzz.seed", 20_261_202L);
    private static final Path CONTRACT = Path.of("src/test/resources/contract");

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<DocumentType, JsonSchema> SCHEMAS = new EnumMap<>(DocumentType.class);
    /** A strict parser: one JSON text, unique property names, numbers as written. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final com.fasterxml.jackson.databind.ObjectMapper VALIDATOR_TREES = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private static final Path DISAGREEMENTS = Path.of("target", "contract-disagreements");
    private static final int MAX_REPORTED = Integer.getInteger("polku.contract.maxReported", 10);

    static {
        for (DocumentType type : DocumentType.values()) {
            SCHEMAS.put(type, FACTORY.getSchema(JsonSchemas.of(type), InputFormat.JSON, CONFIG));
        }
    }

    // ------------------------------------------------------------------ the two verdicts

    /** The schema's verdict: null if accepted, else why not. */
    static String schemaRefusal(byte[] input) {
        // GH-21: JSON exchanged between systems is UTF-8 (RFC 8259, section 8.1); bytes that are not
        // well-formed UTF-8 (overlong forms, surrogates, UTF-16 or UTF-32) are no JSON text to validate
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(input));
        } catch (java.nio.charset.CharacterCodingException e) {
            return "not well-formed UTF-8";
        }
        JsonNode root;
        try {
            root = STRICT.readTree(input);
        } catch (JacksonException e) {
            return "not one well-formed JSON text with unique names";
        }
        if (root == null || !root.isObject()) {
            return "not a JSON object";
        }
        JsonNode code = root.get("documentType");
        DocumentType type = code != null && code.isString() ? DocumentType.ofCode(code.asString()).orElse(null) : null;
        if (type == null) {
            return "no schema for this documentType";
        }
        Set<ValidationMessage> errors;
        try {
            // the validator's own Jackson 2 tree, with numbers as written: 1E+400 is no double
            errors = SCHEMAS.get(type).validate(VALIDATOR_TREES.readTree(STRICT.writeValueAsString(tame(root))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | NumberFormatException e) {
            // such as 1.0E+2147483648, beyond a BigDecimal: no schema can accept it (Polku: polku.json.number)
            return "a number beyond the validator";
        }
        return errors.isEmpty() ? null : errors.stream().map(ValidationMessage::toString).sorted().limit(5)
                .collect(Collectors.joining("; "));
    }

    /** Every integral number from 1E+18 on is judged as digits; every number beyond 1E+101 (or below 1E-101) as that bound. */
    private static final BigDecimal LONG_RANGE = new BigDecimal("1E+18");
    private static final BigDecimal BEYOND = new BigDecimal("1E+101");
    private static final BigDecimal BELOW = new BigDecimal("1E-101");

    /**
     * Numbers the validator cannot judge, replaced by ones it can that every shipped schema judges
     * alike. networknt 1.5.9 reads an integral {@code DecimalNode} beyond a {@code long} as its
     * low-order bits ({@code 1E+100} passes {@code "maximum": 2147483647}) and spends hours on an
     * {@code enum} check of {@code 1E+99999999}. The schemas' bounds are all within 1E+101 and 1E-101
     * (integers within 32 bits; decimals below 1E+100 and multiples of 1E-100; binary floating-point
     * numbers within 1.8E+308, beyond the largest of which they refuse alike). So a magnitude of at least
     * 1E+101 becomes exactly 1E+101, a non-zero magnitude below 1E-101 becomes 1E-101 (the sign kept;
     * integral stays integral, a fraction stays a fraction), and an integral number from 1E+18 on is
     * written as plain digits ({@code BigIntegerNode}), which the validator compares exactly.
     */
    static JsonNode tame(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (String name : new ArrayList<>(object.propertyNames())) {
                object.set(name, tame(object.get(name)));
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, tame(array.get(i)));
            }
            return array;
        }
        if (!node.isNumber() || node.isIntegralNumber() && node.canConvertToLong()) {
            return node;
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() == 0) {
            return node;
        }
        BigDecimal magnitude = value.abs();
        if (magnitude.compareTo(BEYOND) >= 0) {
            return NODES.numberNode(BEYOND.toBigInteger().multiply(BigInteger.valueOf(value.signum())));
        }
        if (magnitude.compareTo(BELOW) < 0) {
            return NODES.numberNode(value.signum() < 0 ? BELOW.negate() : BELOW);
        }
        if (magnitude.compareTo(LONG_RANGE) >= 0 && value.stripTrailingZeros().scale() <= 0) {
            return NODES.numberNode(value.toBigIntegerExact());
        }
        return node;
    }

    static List<Violation> polkuErrors(byte[] input) {
        return PolkuDocuments.strict().validate(input).getViolations().stream()
                .filter(v -> v.getSeverity() == Severity.ERROR).collect(Collectors.toList());
    }

    /** A structural error that a JSON Schema can express. */
    static boolean structural(Violation v) {
        String code = v.getCode();
        return code.startsWith("polku.json.") && !code.startsWith("polku.json.limit.") && !code.equals("polku.json.contradiction");
    }

    /** Null if the two verdicts agree, else the disagreement. */
    static String disagreement(byte[] input) {
        String refusal = schemaRefusal(input);
        List<Violation> errors = polkuErrors(input);
        if (refusal != null && errors.isEmpty()) {
            return "the schema refuses (" + refusal + ") but Polku reports no error";
        }
        List<Violation> structural = errors.stream().filter(SchemaReaderAgreementTest::structural).collect(Collectors.toList());
        if (refusal == null && !structural.isEmpty()) {
            return "Polku reports " + structural.stream().map(v -> v.getCode() + " at " + v.getPath()).collect(Collectors.joining(", "))
                    + " but the schema accepts";
        }
        return null;
    }

    // ------------------------------------------------------------------ documents

    /** Every golden of format version 1, every example document and every line of the example streams. */
    static Map<String, byte[]> seeds() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        try {
            for (Path file : files(Path.of("src/test/resources/golden/v1"), ".json")) {
                seeds.put("golden/" + file.getFileName(), Files.readAllBytes(file));
            }
            Path examples = Path.of("../examples/data");
            for (Path file : files(examples, ".json")) {
                seeds.put("examples/" + examples.relativize(file), Files.readAllBytes(file));
            }
            for (Path file : files(examples, ".ndjson")) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).isBlank()) {
                        seeds.put("examples/" + examples.relativize(file) + ":" + (i + 1), lines.get(i).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        }
    }

    static Stream<String> seedNames() {
        return seeds().keySet().stream();
    }

    static List<Path> regressions() throws IOException {
        return files(CONTRACT, ".json");
    }

    // ------------------------------------------------------------------ tests

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedNames")
    void judgesEveryExampleAndGoldenAlike(String name) {
        assertThat(disagreement(seeds().get(name))).as(name).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void judgesEveryRegressionDocumentAlikeAndAsItsNameSays(Path file) throws IOException {
        byte[] input = Files.readAllBytes(file);
        assertThat(disagreement(input)).as(file.toString()).isNull();
        String name = file.getFileName().toString();
        assertThat(name).matches("(valid|invalid|rule)-.*");
        boolean schemaAccepts = !name.startsWith("invalid-");
        assertThat(schemaRefusal(input)).as("schema verdict on %s", name)
                .matches(r -> schemaAccepts == (r == null), schemaAccepts ? "accepts" : "refuses");
        List<Violation> errors = polkuErrors(input);
        if (name.startsWith("valid-")) {
            assertThat(errors).as("Polku's errors on %s", name).isEmpty();
        } else {
            assertThat(errors).as("Polku's errors on %s", name).isNotEmpty();
        }
        if (name.startsWith("rule-")) {
            assertThat(errors).as("a rule beyond the schema, not structure: %s", name).noneMatch(SchemaReaderAgreementTest::structural);
        }
    }

    @Test
    void judgesEveryMutantAlike() {
        List<byte[]> seeds = new ArrayList<>(seeds().values());
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(10);
        // Each mutant depends only on its index, so the long run may judge them on every core: the same
        // mutants, and the same disagreements, in any order (sorted by index below). Nothing is kept
        // between mutants but the disagreements, so memory stays flat however many are asked for.
        Map<Integer, String> failures = new ConcurrentSkipListMap<>();
        IntStream.range(0, MUTANTS).parallel().forEach(i -> {
            if (failures.size() >= MAX_REPORTED) {
                return;
            }
            long seed = SEED * 1_000_003L + i;
            byte[] original = seeds.get(i % seeds.size());
            byte[] mutant = i % 3 == 0 ? new Mutator(seed).mutate(original) : new ContractMutator(seed).mutate(original);
            String problem;
            try {
                problem = disagreement(mutant);
            } catch (OutOfMemoryError e) {
                problem = "out of memory";
            }
            if (problem != null) {
                failures.put(i, save(mutant, i) + ": " + problem);
            }
        });
        assertThat(failures.values()).as("mutants judged differently by the schemas and by Polku (seed %d, saved in %s)", SEED, DISAGREEMENTS)
                .isEmpty();
    }

    /** Saves a mutant that was judged differently, named by its index, for a regression document. */
    private static String save(byte[] mutant, int index) {
        try {
            Files.createDirectories(DISAGREEMENTS);
            Path file = DISAGREEMENTS.resolve("mutant-" + SEED + "-" + index + ".json");
            Files.write(file, mutant);
            return file.getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ mutations

    /**
     * Mutations of a valid document that stay well-formed JSON and aim at what a schema can say:
     * integral numbers written with a fraction, duplicates in arrays, references to values the
     * document declares, identifier and code syntax, missing and unknown properties, wrong types.
     */
    static final class ContractMutator {
        private final Random random;

        ContractMutator(long seed) {
            this.random = new Random(seed);
        }

        byte[] mutate(byte[] document) {
            JsonNode root;
            try {
                root = STRICT.readTree(document);
            } catch (JacksonException e) {
                return document;
            }
            if (root == null || !root.isContainer()) {
                return document;
            }
            int mutations = 1 + random.nextInt(2);
            for (int m = 0; m < mutations; m++) {
                List<JsonNode> containers = new ArrayList<>();
                List<JsonNode> strings = new ArrayList<>();
                collect(root, containers, strings);
                if (strings.isEmpty()) {
                    strings.add(NODES.stringNode("X"));
                }
                JsonNode target = containers.get(random.nextInt(containers.size()));
                if (target.isObject()) {
                    mutate((ObjectNode) target, strings);
                } else {
                    mutate((ArrayNode) target, strings);
                }
            }
            return STRICT.writeValueAsBytes(root);
        }

        private void mutate(ObjectNode object, List<JsonNode> strings) {
            List<String> names = new ArrayList<>(object.propertyNames());
            if (names.isEmpty()) {
                object.put("unknownProperty", 1);
                return;
            }
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(6)) {
                case 0:
                    object.remove(name);
                    break;
                case 1:
                    object.remove(List.of("fi", "sv", "en").get(random.nextInt(3)));
                    break;
                default:
                    object.set(name, changed(object.get(name), strings));
                    break;
            }
        }

        private void mutate(ArrayNode array, List<JsonNode> strings) {
            if (array.isEmpty()) {
                array.add(strings.get(random.nextInt(strings.size())).deepCopy());
                return;
            }
            int index = random.nextInt(array.size());
            switch (random.nextInt(4)) {
                case 0:     // a duplicate, somewhere
                    array.insert(random.nextInt(array.size() + 1), array.get(index).deepCopy());
                    break;
                case 1:
                    array.remove(index);
                    break;
                default:
                    array.set(index, changed(array.get(index), strings));
                    break;
            }
        }

        private JsonNode changed(JsonNode node, List<JsonNode> strings) {
            if (node.isNumber() && random.nextInt(4) > 0) {
                BigDecimal n = node.decimalValue();
                BigDecimal[] variants = {n.setScale(1), n.setScale(3), n.add(new BigDecimal("0.5")), n.negate(),
                    new BigDecimal(n.unscaledValue(), n.scale() - 2), n.add(BigDecimal.ONE), BigDecimal.ZERO,
                    new BigDecimal("2147483648"), new BigDecimal("1E+1")};
                return NODES.numberNode(variants[random.nextInt(variants.length)]);
            }
            if (node.isString() && random.nextInt(4) > 0) {
                String s = node.asString();
                String[] variants = {"", " ", s + " ", "a b", s.toLowerCase(java.util.Locale.ROOT), s.toUpperCase(java.util.Locale.ROOT),
                    s + "_2", s + "-2", "-" + s, "_" + s, s + "ä", s + "/", s + ":x", "X".repeat(64), "X".repeat(65), "x".repeat(65),
                    "NEW_CODE", "New code", "Ä", "1", "2025-02-30", "2025-02", "2025-02-28",
                    strings.get(random.nextInt(strings.size())).asString(), strings.get(random.nextInt(strings.size())).asString()};
                return NODES.stringNode(variants[random.nextInt(variants.length)]);
            }
            if (node.isContainer() && random.nextBoolean()) {
                return node.isArray() ? NODES.arrayNode() : NODES.objectNode();
            }
            JsonNode[] others = {NODES.nullNode(), NODES.booleanNode(true), NODES.stringNode("1"), NODES.numberNode(1),
                NODES.numberNode(new BigDecimal("1.0")), NODES.arrayNode(), NODES.objectNode(),
                strings.get(random.nextInt(strings.size())).deepCopy()};
            return others[random.nextInt(others.length)];
        }

        private static void collect(JsonNode node, List<JsonNode> containers, List<JsonNode> strings) {
            if (node.isContainer()) {
                containers.add(node);
                for (JsonNode child : node.values()) {
                    collect(child, containers, strings);
                }
            } else if (node.isString()) {
                strings.add(node);
            }
        }
    }
}
