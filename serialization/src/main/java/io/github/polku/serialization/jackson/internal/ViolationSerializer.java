package io.github.polku.serialization.jackson.internal;

import io.github.polku.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a violation as {@code {code, severity, pointer, arguments, message: {fi, sv, en}}}. The
 * message is written in all three languages so that a receiver needs no Polku to show it.
 */
public final class ViolationSerializer extends StdSerializer<Violation> {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH);

    /** Creates the serializer. */
    public ViolationSerializer() {
        super(Violation.class);
    }

    @Override
    public void serialize(Violation v, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeStartObject();
        gen.writeStringProperty("code", v.getCode());
        gen.writeStringProperty("severity", v.getSeverity().name());
        gen.writeStringProperty("pointer", v.getPath());
        gen.writeName("arguments");
        gen.writeStartObject();
        for (Map.Entry<String, String> argument : v.getArguments().entrySet()) {
            gen.writeStringProperty(argument.getKey(), argument.getValue());
        }
        gen.writeEndObject();
        gen.writeName("message");
        gen.writeStartObject();
        for (Locale language : LANGUAGES) {
            gen.writeStringProperty(language.getLanguage(), v.getMessage(language));
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
