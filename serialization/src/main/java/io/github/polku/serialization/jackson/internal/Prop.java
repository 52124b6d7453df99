package io.github.polku.serialization.jackson.internal;

import java.util.function.Function;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One JSON property of a described type, and the typed key of its value among the {@link Values}
 * read for an object of that type.
 *
 * @param <T> the type of the value read, as the type's factory gets it
 */
public final class Prop<T> {

    /** How a property is present. */
    public enum Presence {
        /** Must be present. */
        REQUIRED,
        /** May be absent; the model has a default. */
        DEFAULTED,
        /** May be absent; absent is an empty {@code Optional}. */
        OPTIONAL,
        /** An array or map; absent is empty, and empty is not written. */
        COLLECTION
    }

    final String name;
    /** The name, encoded once for the writer (GH-9). */
    final SerializableString serializedName;
    final Kind kind;
    final Presence presence;
    final Function<Object, Object> getter;
    /** The position among the properties of its type; set once, when its descriptor is built. */
    private int index = -1;

    Prop(String name, Kind kind, Presence presence, Function<Object, Object> getter) {
        this.name = name;
        this.serializedName = new SerializedString(name);
        this.kind = kind;
        this.presence = presence;
        this.getter = getter;
    }

    /** Places the property at its position among its type's properties; a property belongs to one type. */
    void bind(int position) {
        if (index != -1 && index != position) {
            throw new IllegalStateException("Property " + name + " is already at " + index);
        }
        index = position;
    }

    int index() {
        return index;
    }

    /**
     * Gets the property name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets how the property is present.
     *
     * @return the presence, not null
     */
    public Presence presence() {
        return presence;
    }

    /**
     * Describes the property's type for the format reference.
     *
     * @return the description, not null
     */
    public String describe() {
        return kind.describe();
    }
}
