package io.github.polku.serialization.jackson.internal;

import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A nested object of a described type. */
final class ObjectKind extends Kind {
    private final Descriptors registry;
    private final Class<?> type;
    private TypeDescriptor descriptor;

    ObjectKind(Descriptors registry, Class<?> type) {
        this.registry = registry;
        this.type = type;
    }

    TypeDescriptor descriptor() {
        TypeDescriptor d = descriptor;
        if (d == null) {
            d = registry.of(type);
            descriptor = d;
        }
        return d;
    }

    @Override
    Object read(JsonParser p, ReadContext c) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return typeError(p, c, "object");
        }
        return descriptor().readObject(p, c);
    }

    @Override
    void write(JsonGenerator g, Object value) {
        g.writeStartObject();
        descriptor().writeProperties(g, value);
        g.writeEndObject();
    }

    @Override
    ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
        TypeDescriptor d = descriptor();
        if (!defs.has(d.name())) {
            defs.putNull(d.name());
            defs.set(d.name(), d.schema(f, defs, null));
        }
        return f.objectNode().put("$ref", "#/$defs/" + d.name());
    }

    @Override
    String describe() {
        return "object ([" + descriptor().name() + "](#" + descriptor().name().toLowerCase(Locale.ROOT) + "))";
    }
}
