package io.github.polku.serialization.jackson.internal;

import java.util.Optional;

/**
 * The values read for the properties of one object, each found by its typed {@link Prop}: what
 * a descriptor's factory builds a value from. A property that was absent has no value (null).
 */
final class Values {

    private final Object[] values;

    Values(Object[] values) {
        this.values = values;
    }

    /** The values a described value has, as its descriptor writes them (an empty optional is absent). */
    static Values of(TypeDescriptor descriptor, Object value) {
        Object[] values = new Object[descriptor.props().size()];
        for (Prop<?> p : descriptor.props()) {
            Object v = p.getter.apply(value);
            values[p.index()] = v instanceof Optional ? ((Optional<?>) v).orElse(null) : v;
        }
        return new Values(values);
    }

    /** The value of a property, null if it was absent. */
    @SuppressWarnings("unchecked")
    <T> T get(Prop<T> prop) {
        // The kind of the property read a value of type T (the descriptor pairs them).
        return (T) values[prop.index()];
    }

    /** The value of a property, or {@code absent} if it was absent. */
    <T> T getOrDefault(Prop<T> prop, T absent) {
        T value = get(prop);
        return value == null ? absent : value;
    }

    /** A copy of these values with one property's value replaced. */
    <T> Values with(Prop<T> prop, T value) {
        Object[] copy = values.clone();
        copy[prop.index()] = value;
        return new Values(copy);
    }

    /** The number of properties. */
    int size() {
        return values.length;
    }

    /** The value at a position, for the reflective factories that set properties in order. */
    Object at(int position) {
        return values[position];
    }
}
