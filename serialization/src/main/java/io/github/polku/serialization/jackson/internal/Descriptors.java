package io.github.polku.serialization.jackson.internal;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * The registry of the descriptors of every exchanged type. The Immutables value types are
 * described by reflection ({@link ReflectedDescriptors}); the other types by hand, per area
 * ({@link ValueDescriptors}, {@link QualityDescriptors}, {@link CohortCodec}, {@link ReportCodec},
 * {@link ThemeCodec}), each with what the reader checks and the schema says beyond the kinds of
 * the properties. Built once; immutable afterwards.
 */
public final class Descriptors {

    /** The syntax of a JSON Pointer (RFC 6901): empty, or segments each after a slash, {@code ~} only as {@code ~0} or {@code ~1}. */
    static final String POINTER_PATTERN = "^(/([^~]|~[01])*)*$";
    /** The syntax of a code of a theme or a quality criterion: UPPER_SNAKE_CASE. */
    static final String CODE_PATTERN = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";
    /** The syntax of a message code: lowerCamel segments after the first separated by dots. */
    static final String MESSAGE_CODE_PATTERN = "^[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+$";
    /** The longest code of a theme, criterion, dimension or evaluator. */
    static final int MAX_CODE_LENGTH = 64;

    private static final Descriptors INSTANCE = new Descriptors();

    private final Map<Class<?>, TypeDescriptor> descriptors = new LinkedHashMap<>();
    private final Map<Class<?>, EnumCodes<?>> codes = new ConcurrentHashMap<>();
    private final Map<Class<?>, Kind> identifiers = new ConcurrentHashMap<>();
    private final ReflectedDescriptors reflected = new ReflectedDescriptors(this);

    private Descriptors() {
        reflected.registerModel();
        QualityDescriptors.register(this);
        ValueDescriptors.register(this);
        CohortCodec.register(this);
        ReportCodec.register(this);
        ThemeCodec.register(this);
    }

    /**
     * Gets the shared registry.
     *
     * @return the registry, not null
     */
    public static Descriptors get() {
        return INSTANCE;
    }

    /**
     * Gets the descriptor of a type.
     *
     * @param type  the type, not null
     * @return the descriptor, not null
     * @throws IllegalArgumentException if the type is not described
     */
    public TypeDescriptor of(Class<?> type) {
        TypeDescriptor d = descriptors.get(type);
        if (d == null) {
            throw new IllegalArgumentException("Not an exchanged type: " + type.getName());
        }
        return d;
    }

    /**
     * Gets every descriptor.
     *
     * @return the descriptors in registration order, not null
     */
    public Collection<TypeDescriptor> all() {
        return descriptors.values();
    }

    /**
     * Gets the code tables of every enum used by the format, by enum simple name.
     *
     * @return the code tables, sorted by name, not null
     */
    public Map<String, List<String>> codeTables() {
        return SchemaWalk.codeTables(descriptors.values());
    }

    /**
     * Gets the descriptors reachable from a type, the type first, each once, depth first.
     *
     * @param root  the root type, not null
     * @return the descriptors, not null
     */
    public List<TypeDescriptor> reachable(Class<?> root) {
        return SchemaWalk.reachable(of(root));
    }

    /**
     * Gets the names of the abstract attributes of an Immutables type that its descriptor does not
     * list, for the test that keeps the descriptors complete.
     *
     * @param type  the described type, not null
     * @return the missing attribute names, not null
     */
    public Set<String> unlistedAttributes(Class<?> type) {
        return reflected.unlistedAttributes(of(type));
    }

    // ---------------------------------------------------------------- registering

    /** Starts the hand-written descriptor of a type; {@link DescriptorBuilder#register} adds it here. */
    <T> DescriptorBuilder<T> describe(Class<T> type) {
        return new DescriptorBuilder<>(this, type);
    }

    void register(TypeDescriptor descriptor) {
        descriptors.put(descriptor.type(), descriptor);
    }

    /** GH-14: adds to what the schema of a type says beyond the kinds of its properties. */
    void refine(Class<?> type, Consumer<ObjectNode> refinement) {
        of(type).refineSchema(refinement);
    }

    /** Rewrites the values read before the type's factory builds the value. */
    void before(Class<?> type, UnaryOperator<Values> step) {
        TypeDescriptor d = of(type);
        Function<Values, Object> factory = d.factory();
        register(d.withFactory(v -> factory.apply(step.apply(v))));
    }

    /** Checks the value the type's factory built. */
    void after(Class<?> type, UnaryOperator<Object> step) {
        TypeDescriptor d = of(type);
        Function<Values, Object> factory = d.factory();
        register(d.withFactory(v -> step.apply(factory.apply(v))));
    }

    /** The kind of an object of a described type, looked up when first used. */
    Kind object(Class<?> type) {
        return new ObjectKind(this, type);
    }

    /** The kind of a code of an enum. */
    Kind code(Class<?> enumType) {
        return new CodeKind(codes(enumType));
    }

    /** The wire codes of an enum: the names of its constants, in declaration order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    EnumCodes<?> codes(Class<?> enumType) {
        return codes.computeIfAbsent(enumType, t -> new EnumCodes((Class) t));
    }

    /** The kind of an identifier type ({@code Identifier}). */
    Kind identifier(Class<?> type) {
        return identifiers.computeIfAbsent(type, Kinds::identifier);
    }

    /** The kind of a Java type of the model. */
    Kind kindOf(Type type) {
        return reflected.kindOf(type);
    }

    /** Adds a pattern and a maximum length (if positive) to a string property of a type's schema. */
    static void pattern(ObjectNode typeSchema, String property, String pattern, int maxLength) {
        ObjectNode node = property(typeSchema, property);
        node.put("pattern", pattern);
        if (maxLength > 0) {
            node.put("maxLength", maxLength);
        }
    }

    /** The schema of a property in the schema of its type. */
    static ObjectNode property(ObjectNode typeSchema, String property) {
        return (ObjectNode) typeSchema.get("properties").get(property);
    }
}
