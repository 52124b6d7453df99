package io.github.polku.serialization.jackson.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the hand-written descriptor of a type: its properties in wire order, each a typed key to
 * the value read, and a factory that builds the value from those {@link Values}.
 * <pre>{@code
 * DescriptorBuilder<Schedule> d = registry.describe(Schedule.class);
 * Prop<Integer> sessions = d.required("sessionsPerWeek", Kinds.INTEGER, Schedule::getSessionsPerWeek);
 * Prop<BigDecimal> hours = d.required("hoursPerSession", Kinds.DECIMAL, Schedule::getHoursPerSession);
 * d.register(v -> Schedule.of(v.get(sessions), v.get(hours)));
 * }</pre>
 *
 * @param <T> the described type
 */
final class DescriptorBuilder<T> {

    private final Descriptors registry;
    private final Class<T> type;
    private final List<Prop<?>> props = new ArrayList<>();

    DescriptorBuilder(Descriptors registry, Class<T> type) {
        this.registry = registry;
        this.type = type;
    }

    /** Adds a property that must be present. */
    <V> Prop<V> required(String name, Kind kind, Function<? super T, ? extends V> getter) {
        return add(name, kind, Prop.Presence.REQUIRED, getter);
    }

    /** Adds a property that may be absent (null in the values read), always written. */
    <V> Prop<V> defaulted(String name, Kind kind, Function<? super T, ? extends V> getter) {
        return add(name, kind, Prop.Presence.DEFAULTED, getter);
    }

    /** Adds a property that may be absent (null in the values read), written when the getter's optional holds a value. */
    <V> Prop<V> optional(String name, Kind kind, Function<? super T, ? extends Optional<? extends V>> getter) {
        return add(name, kind, Prop.Presence.OPTIONAL, getter);
    }

    /** Adds an array or map that may be absent (null in the values read), written when not empty. */
    <V> Prop<V> collection(String name, Kind kind, Function<? super T, ? extends V> getter) {
        return add(name, kind, Prop.Presence.COLLECTION, getter);
    }

    @SuppressWarnings("unchecked")
    private <V> Prop<V> add(String name, Kind kind, Prop.Presence presence, Function<? super T, ?> getter) {
        // Only values of the described type reach the getter: the descriptor is looked up by their class.
        Prop<V> prop = new Prop<>(name, kind, presence, (Function<Object, Object>) getter);
        props.add(prop);
        return prop;
    }

    /** Registers the descriptor with the factory that builds a value from the values read. */
    void register(Function<Values, ? extends T> factory) {
        registry.register(new TypeDescriptor(type.getSimpleName(), type, props, factory::apply));
    }
}
