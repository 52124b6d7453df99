package io.github.polku.serialization.jackson.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one kind of JSON value is read, written and described in the schema. The reader is
 * positioned on the first token of the value and leaves the parser on its last token, also when
 * the value is invalid, so that reading carries on with the next property.
 */
public abstract class Kind {

    Kind() {
    }

    /**
     * Reads the value at the current token.
     *
     * @param p  the parser on the value's first token, not null
     * @param c  the read context, not null
     * @return the value, or {@link ReadContext#INVALID} after recording violations
     */
    abstract Object read(JsonParser p, ReadContext c);

    /**
     * Writes a value.
     *
     * @param g  the generator, not null
     * @param value  the value, not null
     */
    abstract void write(JsonGenerator g, Object value);

    /**
     * Describes the value in JSON Schema.
     *
     * @param f  the node factory, not null
     * @param defs  the {@code $defs} object to add named object types to, not null
     * @return the schema, not null
     */
    abstract ObjectNode schema(JsonNodeFactory f, ObjectNode defs);

    /**
     * Describes the value for the format reference.
     *
     * @return a short description, not null
     */
    abstract String describe();

    /** Records a type mismatch and skips the value. */
    static Object typeError(JsonParser p, ReadContext c, String expected) {
        p.skipChildren();
        return c.error(JsonCodes.TYPE, "expected", expected);
    }
}
