package io.github.polku.serialization.jackson.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A code from a closed code set. */
final class CodeKind extends Kind {
    final EnumCodes<?> codes;

    CodeKind(EnumCodes<?> codes) {
        this.codes = codes;
    }

    @Override
    Object read(JsonParser p, ReadContext c) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return typeError(p, c, "code");
        }
        Object value = codes.fromCode(p.getString());
        return value != null ? value : c.error(JsonCodes.UNKNOWN_CODE, "codeSet", codes.name());
    }

    @Override
    void write(JsonGenerator g, Object value) {
        g.writeString(codes.serializedCodeOf(value));
    }

    @Override
    ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
        ObjectNode node = f.objectNode().put("type", "string");
        ArrayNode values = node.putArray("enum");
        codes.codes().forEach(values::add);
        return node;
    }

    @Override
    String describe() {
        return "code (" + codes.name() + ")";
    }
}
