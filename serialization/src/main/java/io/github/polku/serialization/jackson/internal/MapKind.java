package io.github.polku.serialization.jackson.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object used as a map with string, integer or code keys, written in sorted key order
 * (codes in the order of their code set).
 */
final class MapKind extends Kind {
    private final boolean integerKeys;
    /** The code set of the keys, or null for string and integer keys. */
    final EnumCodes<?> keyCodes;
    final Kind value;

    MapKind(boolean integerKeys, Kind value) {
        this.integerKeys = integerKeys;
        this.keyCodes = null;
        this.value = value;
    }

    MapKind(EnumCodes<?> keyCodes, Kind value) {
        this.integerKeys = false;
        this.keyCodes = keyCodes;
        this.value = value;
    }

    @Override
    Object read(JsonParser p, ReadContext c) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return typeError(p, c, "object");
        }
        Map<Object, Object> values = new LinkedHashMap<>();
        boolean ok = true;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            c.push(name);
            p.nextToken();
            Object key = name;
            if (keyCodes != null) {
                key = keyCodes.fromCode(name);
                if (key == null) {
                    key = ReadContext.INVALID;
                    c.error(JsonCodes.UNKNOWN_CODE, "codeSet", keyCodes.name());
                }
            } else if (integerKeys) {
                try {
                    key = Integer.valueOf(name);
                } catch (NumberFormatException e) {
                    key = ReadContext.INVALID;
                    c.error(JsonCodes.NUMBER, "expected", "integer key");
                }
            }
            Object v = key == ReadContext.INVALID ? skip(p) : value.read(p, c);
            c.pop();
            if (v == ReadContext.INVALID) {
                ok = false;
            } else if (values.putIfAbsent(key, v) != null) {
                c.errorAt(name, JsonCodes.DUPLICATE_PROPERTY);
                ok = false;
            }
        }
        return ok ? values : ReadContext.INVALID;
    }

    private static Object skip(JsonParser p) {
        p.skipChildren();
        return ReadContext.INVALID;
    }

    @Override
    void write(JsonGenerator g, Object v) {
        Map<?, ?> map = (Map<?, ?>) v;
        g.writeStartObject();
        if (inKeyOrder(map)) {
            // GH-9: the model's maps are usually built in key order; no copy, no sort
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName(keyName(e.getKey()));
                value.write(g, e.getValue());
            }
        } else {
            List<Object> keys = new ArrayList<>(map.keySet());
            keys.sort(integerKeys ? Comparator.comparing(k -> (Integer) k)
                    : keyCodes != null ? Comparator.comparing(k -> ((Enum<?>) k).ordinal()) : Comparator.comparing(k -> (String) k));
            for (Object key : keys) {
                g.writeName(keyName(key));
                value.write(g, map.get(key));
            }
        }
        g.writeEndObject();
    }

    private String keyName(Object key) {
        return keyCodes != null ? keyCodes.codeOf(key) : key.toString();
    }

    /** Whether iterating the map visits its keys in ascending order (codes: declaration order). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean inKeyOrder(Map<?, ?> map) {
        Comparable previous = null;
        for (Object key : map.keySet()) {
            Comparable k = (Comparable) key;
            if (previous != null && previous.compareTo(k) > 0) {
                return false;
            }
            previous = k;
        }
        return true;
    }

    @Override
    ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
        ObjectNode node = f.objectNode().put("type", "object");
        if (integerKeys) {
            node.putObject("propertyNames").put("pattern", "^-?[0-9]+$");
        } else if (keyCodes != null) {
            ArrayNode names = node.putObject("propertyNames").putArray("enum");
            keyCodes.codes().forEach(names::add);
        }
        node.set("additionalProperties", value.schema(f, defs));
        return node;
    }

    @Override
    String describe() {
        String keys = keyCodes != null ? "code (" + keyCodes.name() + ")" : integerKeys ? "integer" : "string";
        return "object of " + keys + " keys to " + value.describe();
    }
}
