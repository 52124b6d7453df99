package io.github.polku.serialization.jackson.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns the reflective getters, builder factories, setters and {@code build()} methods of the
 * described types into plain functional objects, once, when a descriptor is built.
 *
 * <p>GH-9: calling them through {@link Method#invoke} cost a quarter of the writer's time (the
 * varargs array, boxing, the accessor delegation on every call). {@link LambdaMetafactory}
 * spins one small class per accessor that calls the method directly, exactly as a hand-written
 * lambda such as {@code o -> ((Goal) o).getWords()} would, so the JIT compiler can inline it.
 *
 * <p>Only public methods of public classes in packages that {@code polku.core} exports are
 * accepted; Immutables' package-private implementations are reached through the public bridge
 * methods that javac generates in the public {@code Builder} subclasses.
 */
final class Accessors {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private Accessors() {
    }

    /**
     * Makes a getter.
     *
     * @param method  a public no-argument instance method of a public type, not null
     * @return a function calling it, not null
     */
    @SuppressWarnings("unchecked")
    static Function<Object, Object> getter(Method method) {
        MethodHandle target = handle(method);
        return (Function<Object, Object>) make(Function.class, "apply", MethodType.methodType(Object.class, Object.class),
                target, MethodType.methodType(box(method.getReturnType()), method.getDeclaringClass()));
    }

    /**
     * Makes a setter that ignores what the method returns (a builder returns itself).
     *
     * @param method  a public one-argument instance method of a public type, not null
     * @return a consumer of (target, argument) calling it, not null
     */
    @SuppressWarnings("unchecked")
    static BiConsumer<Object, Object> setter(Method method) {
        MethodHandle target = handle(method);
        return (BiConsumer<Object, Object>) make(BiConsumer.class, "accept",
                MethodType.methodType(void.class, Object.class, Object.class), target,
                MethodType.methodType(void.class, method.getDeclaringClass(), box(method.getParameterTypes()[0])));
    }

    /**
     * Makes a supplier from a public static no-argument factory method.
     *
     * @param method  the factory, not null
     * @return a supplier calling it, not null
     */
    @SuppressWarnings("unchecked")
    static Supplier<Object> factory(Method method) {
        if (!Modifier.isStatic(method.getModifiers())) {
            throw new IllegalArgumentException("Not static: " + method);
        }
        MethodHandle target = handle(method);
        return (Supplier<Object>) make(Supplier.class, "get", MethodType.methodType(Object.class), target,
                MethodType.methodType(method.getReturnType()));
    }

    /**
     * Makes a function from a public static one-argument factory method, such as an
     * identifier's {@code of(String)}.
     *
     * @param method  the factory, not null
     * @return a function calling it, not null
     */
    @SuppressWarnings("unchecked")
    static Function<Object, Object> staticFunction(Method method) {
        if (!Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 1) {
            throw new IllegalArgumentException("Not a static one-argument method: " + method);
        }
        MethodHandle target = handle(method);
        return (Function<Object, Object>) make(Function.class, "apply", MethodType.methodType(Object.class, Object.class),
                target, MethodType.methodType(method.getReturnType(), box(method.getParameterTypes()[0])));
    }

    private static MethodHandle handle(Method method) {
        if (!Modifier.isPublic(method.getModifiers()) || !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            throw new IllegalArgumentException("Not a public method of a public type: " + method);
        }
        try {
            return LOOKUP.unreflect(method);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot access " + method, e);
        }
    }

    private static Object make(Class<?> functionalInterface, String name, MethodType erased, MethodHandle target,
            MethodType instantiated) {
        try {
            CallSite site = LambdaMetafactory.metafactory(LOOKUP, name, MethodType.methodType(functionalInterface), erased,
                    target, instantiated);
            return site.getTarget().invoke();
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            // Only reached when the model's types change shape; descriptors are built at class initialisation.
            throw new IllegalStateException("Cannot make an accessor for " + target, e);
        }
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return MethodType.methodType(type).wrap().returnType();
    }
}
