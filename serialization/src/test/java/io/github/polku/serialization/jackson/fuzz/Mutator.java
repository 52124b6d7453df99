package io.github.polku.serialization.jackson.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Byte-level and structural mutations of JSON documents, driven by a seeded {@link Random} so that
 * every mutant can be reproduced from its seed.
 * <p>
 * Structural mutations work on a Jackson tree and can splice raw text into it through
 * placeholders, so that the result may hold what no tree can: duplicate keys, huge numbers,
 * {@code NaN}, deep nesting and broken escapes. Byte-level mutations then break the text itself:
 * invalid UTF-8, NUL and control bytes, truncation, random flips.
 */
final class Mutator {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "__POLKU_RAW_";

    /** Raw JSON values that are hostile to a reader. */
    private static final List<String> HOSTILE_VALUES = List.of(
            "9".repeat(101), "-" + "9".repeat(400), "1e999999999", "-1e-999999999", "1.0E+2147483648", "-0", "-1",
            "-2147483649", "9223372036854775808", "0.0000000000000000000000000000001", "NaN", "Infinity", "-Infinity",
            "0x10", "01", "1.", ".5", "+1", "true", "null", "[]", "{}", "\"\"", "\" \"", "\"\\u0000\"",
            "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\uZZZZ\"", "\"\\x41\"", "\"a\\u0007\\u001b[2Jb\"", "\"\u202e\"",
            "\"NOT_A_CODE\"", "\"social_work\"", "\"2025-02-30\"", "\"2025-13-01\"", "\"+999999999-12-31\"",
            "\"0000-00-00\"", "\"2025-1-1\"", "\"${1+1}#{1+1}{code}\"", "\"<script>alert(1)</script>\"",
            "\"150387-123H\"", "\"P-\\n-1\"", "[[[[[[[[[[]]]]]]]]]]", "{\"documentType\":\"CLIENT\"}");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** Produces one mutant of the seed document: one to three structural or byte-level mutations. */
    byte[] mutate(byte[] seed) {
        byte[] out = seed;
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            out = random.nextInt(10) < 6 ? structural(out) : bytes(out);
        }
        return out;
    }

    // ------------------------------------------------------------------ structural

    private byte[] structural(byte[] document) {
        JsonNode root;
        try {
            root = MAPPER.readTree(document);
        } catch (RuntimeException e) {
            return bytes(document);      // already broken by an earlier mutation: keep breaking bytes
        }
        if (root == null || !root.isContainer()) {
            return bytes(document);
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        List<String> raws = new ArrayList<>();
        int kind = random.nextInt(9);
        if (target.isObject()) {
            mutateObject((ObjectNode) target, kind, raws);
        } else {
            mutateArray((ArrayNode) target, kind, raws);
        }
        String text = MAPPER.writeValueAsString(root);
        for (int i = 0; i < raws.size(); i++) {
            text = text.replace("\"" + RAW + i + "\"", raws.get(i));
        }
        if (kind == 8) {
            text = duplicateKey(text);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void mutateObject(ObjectNode object, int kind, List<String> raws) {
        List<String> names = new ArrayList<>(object.propertyNames());
        String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
        switch (kind) {
            case 0:
                object.remove(name);
                break;
            case 1:     // reorder every property
                List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
                Collections.shuffle(entries, random);
                object.removeAll();
                entries.forEach(e -> object.set(e.getKey(), e.getValue()));
                break;
            case 2:
                object.set(name, otherType(object.get(name)));
                break;
            case 3:
                object.put(name, placeholder(raws, HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()))));
                break;
            case 4:
                object.put(name, longString());
                break;
            case 5:
                object.put(name, placeholder(raws, deepNesting()));
                break;
            case 6:
                object.put(random.nextBoolean() ? "unknownProperty" : name + "X", random.nextInt());
                break;
            case 7:
                object.set(name, changedValue(object.get(name)));
                break;
            default:    // 8: duplicate key, spliced in as text
                break;
        }
    }

    private void mutateArray(ArrayNode array, int kind, List<String> raws) {
        if (array.isEmpty()) {
            array.add(placeholder(raws, HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()))));
            return;
        }
        int index = random.nextInt(array.size());
        switch (kind % 6) {
            case 0:
                array.remove(index);
                break;
            case 1:
                for (int i = 0; i < 1 + random.nextInt(50); i++) {
                    array.add(array.get(index).deepCopy());
                }
                break;
            case 2:
                array.set(index, otherType(array.get(index)));
                break;
            case 3:
                array.set(index, NODES.stringNode(placeholder(raws, deepNesting())));
                break;
            case 4:
                List<JsonNode> elements = new ArrayList<>();
                array.forEach(elements::add);
                Collections.shuffle(elements, random);
                array.removeAll();
                elements.forEach(array::add);
                break;
            default:
                array.set(index, NODES.stringNode(placeholder(raws,
                        HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size())))));
                break;
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            for (JsonNode child : node.values()) {
                collect(child, containers);
            }
        }
    }

    private static String placeholder(List<String> raws, String raw) {
        raws.add(raw);
        return RAW + (raws.size() - 1);
    }

    private JsonNode otherType(JsonNode node) {
        int pick = random.nextInt(6);
        if (node != null && pick == 0 && node.isString()) {
            pick = 1;
        }
        switch (pick) {
            case 0:
                return NODES.stringNode(node == null ? "x" : node.toString());
            case 1:
                return NODES.numberNode(random.nextInt());
            case 2:
                return NODES.booleanNode(random.nextBoolean());
            case 3:
                return NODES.nullNode();
            case 4:
                ArrayNode array = NODES.arrayNode();
                if (node != null) {
                    array.add(node.deepCopy());
                }
                return array;
            default:
                ObjectNode object = NODES.objectNode();
                if (node != null) {
                    object.set("value", node.deepCopy());
                }
                return object;
        }
    }

    private JsonNode changedValue(JsonNode node) {
        if (node != null && node.isNumber()) {
            // an earlier mutation may have left a number beyond long: negate only what fits
            long negated = node.canConvertToLong() ? -node.asLong() : 1;
            long[] numbers = {-1, 0, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE + 1L, negated};
            return NODES.numberNode(numbers[random.nextInt(numbers.length)]);
        }
        if (node != null && node.isString()) {
            String s = node.asString();
            String[] variants = {s.toLowerCase(), s + "X", "NOT_A_CODE", "", " ", s + "\u0000", "\u0000" + s,
                    s.replace('-', '\u2013'), s + "\ud800", s.repeat(3), "\u202e" + s};
            return NODES.stringNode(variants[random.nextInt(variants.length)]);
        }
        return otherType(node);
    }

    private String longString() {
        int[] lengths = {1_000, 1_000, 65_536, 65_537, 65_537, 70_000};
        int length = lengths[random.nextInt(lengths.length)];
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + i % 26));
        }
        return s.toString();
    }

    private String deepNesting() {
        int[] depths = {10, 62, 63, 64, 65, 66, 200, 2_000, 20_000};
        int depth = depths[random.nextInt(depths.length)];
        boolean arrays = random.nextBoolean();
        StringBuilder s = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++) {
            s.append(arrays ? "[" : "{\"a\":");
        }
        s.append('1');
        for (int i = 0; i < depth; i++) {
            s.append(arrays ? ']' : '}');
        }
        return s.toString();
    }

    /** Inserts a copy of the first property of a random object before it: a duplicate key. */
    private String duplicateKey(String text) {
        List<Integer> starts = new ArrayList<>();
        for (int i = text.indexOf("{\""); i >= 0; i = text.indexOf("{\"", i + 1)) {
            starts.add(i);
        }
        if (starts.isEmpty()) {
            return text;
        }
        int at = starts.get(random.nextInt(starts.size())) + 1;
        int endOfName = text.indexOf('"', at + 1);
        if (endOfName < 0) {
            return text;
        }
        String name = text.substring(at, endOfName + 1);
        String[] values = {"null", "1", "\"DUPLICATE\"", "{}", "[]"};
        return text.substring(0, at) + name + ":" + values[random.nextInt(values.length)] + "," + text.substring(at);
    }

    // ------------------------------------------------------------------ bytes

    private byte[] bytes(byte[] document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + 16);
        int length = document.length;
        int at = length == 0 ? 0 : random.nextInt(length);
        switch (random.nextInt(9)) {
            case 0:     // truncate
                out.write(document, 0, at);
                break;
            case 1: {   // flip one byte
                byte[] copy = document.clone();
                if (length > 0) {
                    copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
                }
                out.writeBytes(copy);
                break;
            }
            case 2:     // invalid UTF-8
                out.write(document, 0, at);
                byte[][] invalid = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFE, (byte) 0xFF}};
                out.writeBytes(invalid[random.nextInt(invalid.length)]);
                out.write(document, at, length - at);
                break;
            case 3:     // NUL and control bytes
                out.write(document, 0, at);
                byte[] controls = {0, 1, 7, 8, 11, 12, 27, 127};
                out.write(controls[random.nextInt(controls.length)]);
                out.write(document, at, length - at);
                break;
            case 4: {   // delete a range
                int end = Math.min(length, at + 1 + random.nextInt(64));
                out.write(document, 0, at);
                out.write(document, end, length - end);
                break;
            }
            case 5: {   // duplicate a range
                int end = Math.min(length, at + 1 + random.nextInt(256));
                out.write(document, 0, end);
                out.write(document, at, end - at);
                out.write(document, end, length - end);
                break;
            }
            case 6: {   // random bytes
                out.write(document, 0, at);
                byte[] noise = new byte[1 + random.nextInt(16)];
                random.nextBytes(noise);
                out.writeBytes(noise);
                out.write(document, at, length - at);
                break;
            }
            case 7:     // a byte-order mark, or the document in UTF-16
                if (random.nextBoolean()) {
                    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    out.writeBytes(document);
                } else {
                    out.writeBytes(new String(document, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
                }
                break;
            default: {  // structural characters in odd places
                out.write(document, 0, at);
                String[] junk = {"{", "}", "[", "]", ",", ":", "\"", "\\", "//", "/*", "\n", "\r\n"};
                out.writeBytes(junk[random.nextInt(junk.length)].getBytes(StandardCharsets.UTF_8));
                out.write(document, at, length - at);
                break;
            }
        }
        return out.toByteArray();
    }
}
