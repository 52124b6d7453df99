package io.github.polku.serialization.jackson.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A JSON array read as a list, or as a set when {@code set} (written in a sorted order). */
final class ListKind extends Kind {
    final Kind element;
    private final boolean set;

    ListKind(Kind element, boolean set) {
        this.element = element;
        this.set = set;
    }

    @Override
    Object read(JsonParser p, ReadContext c) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return typeError(p, c, "array");
        }
        Collection<Object> values = set ? new LinkedHashSet<>() : new ArrayList<>();
        // GH-14: a set refuses a duplicate at its second occurrence, as the schema's uniqueItems does;
        // numbers are equal by value (1 and 1.0), as in JSON Schema
        Map<Object, Integer> firstIndex = set ? new HashMap<>() : null;
        boolean ok = true;
        int index = 0;
        while (true) {
            int at = index++;
            c.push(at);
            if (p.nextToken() == JsonToken.END_ARRAY) {
                c.pop();
                break;
            }
            Object v = element.read(p, c);
            Integer first = v == ReadContext.INVALID || !set ? null : firstIndex.putIfAbsent(sameness(v), at);
            if (first != null) {
                c.pop();
                c.errorAt(Integer.toString(at), JsonCodes.DUPLICATE_ITEM, "first", c.pointer(Integer.toString(first)));
                ok = false;
                continue;
            }
            c.pop();
            if (v == ReadContext.INVALID) {
                ok = false;
                values.clear();     // GH-21: an invalid list is never built; do not hold its values
            } else if (ok) {
                values.add(v);
            }
        }
        return ok ? values : ReadContext.INVALID;
    }

    private static Object sameness(Object value) {
        if (value instanceof BigDecimal) {
            BigDecimal d = (BigDecimal) value;
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        return value instanceof Double && (Double) value == 0.0 ? 0.0 : value;
    }

    @Override
    void write(JsonGenerator g, Object value) {
        Collection<?> values = (Collection<?>) value;
        g.writeStartArray();
        for (Object v : set ? sorted(values) : values) {
            element.write(g, v);
        }
        g.writeEndArray();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<?> sorted(Collection<?> values) {
        List<Object> list = new ArrayList<>(values);
        if (element instanceof CodeKind) {
            EnumCodes<?> codes = ((CodeKind) element).codes;
            list.sort(Comparator.comparing(codes::codeOf));
        } else if (!list.isEmpty() && list.get(0) instanceof Comparable) {
            list.sort((Comparator) Comparator.naturalOrder());
        }
        return list;
    }

    @Override
    ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
        ObjectNode node = f.objectNode().put("type", "array");
        node.set("items", element.schema(f, defs));
        if (set) {
            node.put("uniqueItems", true);
        }
        return node;
    }

    @Override
    String describe() {
        return "array of " + element.describe() + (set ? ", unique" : "");
    }
}
