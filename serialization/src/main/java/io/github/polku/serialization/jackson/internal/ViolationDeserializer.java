package io.github.polku.serialization.jackson.internal;

import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a violation written by {@link ViolationSerializer}. The message is ignored: it is
 * rendered again from the code, so a receiver shows the text of its own Polku version.
 */
public final class ViolationDeserializer extends StdDeserializer<Violation> {

    private static final Set<String> KNOWN = Set.of("code", "severity", "pointer", "arguments", "message");

    /** Creates the deserializer. */
    public ViolationDeserializer() {
        super(Violation.class);
    }

    @Override
    public Violation deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonNode node = ctxt.readTree(p);
        return fromTree(node, ctxt);
    }

    static Violation fromTree(JsonNode node, DeserializationContext ctxt) {
        if (!node.isObject()) {
            return ctxt.reportInputMismatch(Violation.class, "A violation must be a JSON object");
        }
        if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
            for (String name : node.propertyNames()) {
                if (!KNOWN.contains(name)) {
                    return ctxt.reportInputMismatch(Violation.class, "Unknown property '%s' of a violation", name);
                }
            }
        }
        String code = text(node, "code", ctxt);
        String severity = text(node, "severity", ctxt);
        String pointer = text(node, "pointer", ctxt);
        Severity parsedSeverity;
        try {
            parsedSeverity = Severity.valueOf(severity);
        } catch (IllegalArgumentException e) {
            return ctxt.reportInputMismatch(Violation.class, "Unknown severity; expected ERROR, WARNING or INFO");
        }
        Violation.Builder builder = Violation.builder().code(code).severity(parsedSeverity).path(pointer);
        JsonNode arguments = node.get("arguments");
        if (arguments != null && !arguments.isNull()) {
            if (!arguments.isObject()) {
                return ctxt.reportInputMismatch(Violation.class, "'arguments' must be an object of strings");
            }
            for (Map.Entry<String, JsonNode> argument : arguments.properties()) {
                if (!argument.getValue().isString()) {
                    return ctxt.reportInputMismatch(Violation.class, "'arguments' must be an object of strings");
                }
                builder.putArgument(argument.getKey(), argument.getValue().stringValue());
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            return ctxt.reportInputMismatch(Violation.class, "Malformed violation code or pointer");
        }
    }

    private static String text(JsonNode node, String name, DeserializationContext ctxt) {
        JsonNode value = node.get(name);
        if (value == null || !value.isString()) {
            return ctxt.reportInputMismatch(Violation.class, "Property '%s' of a violation must be a string", name);
        }
        return value.stringValue();
    }
}
