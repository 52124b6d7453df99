package io.github.polku.serialization.jackson.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shape of one exchanged type: its properties in wire order and how to build a value
 * from the values read. The same descriptor drives reading, writing and the JSON Schema.
 */
public final class TypeDescriptor {

    private final String name;
    private final Class<?> type;
    private final List<Prop<?>> props;
    private final Map<String, Integer> index = new HashMap<>();
    private final Function<Values, Object> factory;
    /** GH-14: what the schema says beyond the properties' kinds (patterns, conditions); set while registering. */
    private Consumer<ObjectNode> schemaRefinement = node -> { };

    TypeDescriptor(String name, Class<?> type, List<Prop<?>> props, Function<Values, Object> factory) {
        this.name = name;
        this.type = type;
        this.props = List.copyOf(props);
        this.factory = factory;
        for (int i = 0; i < props.size(); i++) {
            props.get(i).bind(i);
            index.put(props.get(i).name, i);
        }
    }

    /** Gets the factory that builds a value from the values read. */
    Function<Values, Object> factory() {
        return factory;
    }

    /** A descriptor like this one, its schema refinements included, that builds values with another factory. */
    TypeDescriptor withFactory(Function<Values, Object> replacement) {
        TypeDescriptor d = new TypeDescriptor(name, type, props, replacement);
        d.schemaRefinement = schemaRefinement;
        return d;
    }

    /**
     * Gets a property by name, typed by the caller: a descriptor derived by reflection knows its
     * properties' types only at run time.
     */
    @SuppressWarnings("unchecked")
    <T> Prop<T> prop(String property) {
        Integer i = index.get(property);
        if (i == null) {
            throw new IllegalArgumentException(name + " has no property " + property);
        }
        return (Prop<T>) props.get(i);
    }

    /** Adds to what the schema of this type says; called while the descriptors are registered. */
    void refineSchema(Consumer<ObjectNode> refinement) {
        schemaRefinement = schemaRefinement.andThen(refinement);
    }

    /**
     * Gets the name used in {@code $defs} and in the format reference.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the Java type.
     *
     * @return the type, not null
     */
    public Class<?> type() {
        return type;
    }

    /**
     * Gets the properties in wire order.
     *
     * @return the properties, not null
     */
    public List<Prop<?>> props() {
        return props;
    }

    /**
     * Reads the properties of an object whose {@code START_OBJECT} is the current token.
     *
     * @param p  the parser, not null
     * @param c  the context, not null
     * @return the value or {@link ReadContext#INVALID}
     */
    Object readObject(JsonParser p, ReadContext c) {
        return readRest(p, c, p.nextToken(), null);
    }

    /**
     * Reads the remaining properties of an object, starting at {@code token}, the current token,
     * and builds the value from them.
     *
     * @param p  the parser, not null
     * @param c  the context, not null
     * @param token  the current token: a property name, or the end of the object
     * @param envelope  handles the properties that are not the type's own (the document envelope), or null
     * @return the value or {@link ReadContext#INVALID}
     */
    public Object readRest(JsonParser p, ReadContext c, JsonToken token, Envelope envelope) {
        Object[] values = new Object[props.size()];
        boolean ok = true;
        while (token == JsonToken.PROPERTY_NAME) {
            String property = p.currentName();
            // Pushed while the parser moves on, so that a limit exceeded there is reported at the property.
            c.push(property);
            p.nextToken();
            c.pop();
            Integer i = index.get(property);
            if (i == null) {
                if (envelope == null || !envelope.handle(property, p, c)) {
                    c.unknownProperty(property);
                    p.skipChildren();
                }
            } else if (values[i] != null) {
                c.errorAt(property, JsonCodes.DUPLICATE_PROPERTY);
                p.skipChildren();
                ok = false;
            } else {
                Prop<?> prop = props.get(i);
                c.push(property);
                Object v = prop.kind.read(p, c);
                c.pop();
                values[i] = v;
                if (v == ReadContext.INVALID) {
                    ok = false;
                }
            }
            token = p.nextToken();
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null && props.get(i).presence == Prop.Presence.REQUIRED) {
                c.errorAt(props.get(i).name, JsonCodes.REQUIRED);
                ok = false;
            }
        }
        boolean envelopeOk = envelope == null || envelope.ok();
        if (!ok || !envelopeOk) {
            return ReadContext.INVALID;
        }
        try {
            return factory.apply(new Values(values));
        } catch (RuntimeException e) {
            return c.failed(e);
        }
    }

    /** Handles the envelope properties of a document. */
    public interface Envelope {
        /**
         * Handles a property that is not the type's own.
         *
         * @param property  the name, not null
         * @param p  the parser on the value, not null
         * @param c  the context, not null
         * @return whether the property was an envelope property
         */
        boolean handle(String property, JsonParser p, ReadContext c);

        /**
         * Reports missing envelope properties.
         *
         * @return whether the envelope is complete and valid
         */
        boolean ok();
    }

    /**
     * Writes the properties of a value in wire order, leaving out absent optionals and empty
     * collections.
     *
     * @param g  the generator, not null
     * @param value  the value, not null
     */
    public void writeProperties(JsonGenerator g, Object value) {
        for (Prop<?> prop : props) {
            Object v = prop.getter.apply(value);
            switch (prop.presence) {
                case OPTIONAL:
                    if (((Optional<?>) v).isEmpty()) {
                        continue;
                    }
                    v = ((Optional<?>) v).get();
                    break;
                case COLLECTION:
                    if (v instanceof Collection ? ((Collection<?>) v).isEmpty() : ((Map<?, ?>) v).isEmpty()) {
                        continue;
                    }
                    break;
                default:
                    break;
            }
            g.writeName(prop.serializedName);
            prop.kind.write(g, v);
        }
    }

    /**
     * Describes the type in JSON Schema.
     *
     * @param f  the node factory, not null
     * @param defs  the definitions, not null
     * @param envelope  the envelope properties that come first, required, or null
     * @return the schema object, not null
     */
    public ObjectNode schema(JsonNodeFactory f, ObjectNode defs, ObjectNode envelope) {
        ObjectNode node = f.objectNode().put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = f.arrayNode();
        if (envelope != null) {
            for (String name : envelope.propertyNames()) {
                properties.set(name, envelope.get(name));
                required.add(name);
            }
        }
        for (Prop<?> prop : props) {
            properties.set(prop.name, prop.kind.schema(f, defs));
            if (prop.presence == Prop.Presence.REQUIRED) {
                required.add(prop.name);
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
        schemaRefinement.accept(node);
        return node;
    }
}
