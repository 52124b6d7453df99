package io.github.polku.serialization.jackson.internal;

import io.github.polku.validation.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a violation on its own, in the shape it has inside a {@code VALIDATION_REPORT}
 * document: {@code {code, severity, pointer, arguments, message: {fi, sv, en}}}. The message is
 * written in all three languages so that a receiver needs no Polku to show it.
 */
public final class ViolationSerializer extends StdSerializer<Violation> {

    /** Creates the serializer. */
    public ViolationSerializer() {
        super(Violation.class);
    }

    @Override
    public void serialize(Violation v, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeStartObject();
        Descriptors.get().of(Violation.class).writeProperties(gen, v);
        gen.writeEndObject();
    }
}
