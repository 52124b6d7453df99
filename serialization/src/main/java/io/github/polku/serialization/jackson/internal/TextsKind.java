package io.github.polku.serialization.jackson.internal;

import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * GH-14: a violation's message: texts by language tag, written in the order given
 * ({@code fi}, {@code sv}, {@code en}). When read it must be an object of strings, any language
 * or none, and is then ignored: a receiver renders the text of its own Polku version.
 */
final class TextsKind extends Kind {
    private final MapKind texts = new MapKind(false, Kinds.STRING);

    @Override
    Object read(JsonParser p, ReadContext c) {
        return texts.read(p, c);
    }

    @Override
    void write(JsonGenerator g, Object value) {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
            g.writeName((String) e.getKey());
            g.writeString((String) e.getValue());
        }
        g.writeEndObject();
    }

    @Override
    ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
        return texts.schema(f, defs);
    }

    @Override
    String describe() {
        return "object of language tags (`fi`, `sv`, `en`, ...) to string; ignored when read";
    }
}
