package io.github.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.identifier.Identifier;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * GH-10: no mutable static state in polku-core, so that one validator and one set of values can be
 * shared by any number of threads.
 */
class StaticStateTest {

    @Test
    void declaresNoNonFinalStaticField() {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : ExportedTypes.allCoreClasses()) {
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers()) && !f.isSynthetic()) {
                    offenders.add(type.getName() + "." + f.getName());
                }
            }
        }
        assertThat(offenders).as("non-final static fields").isEmpty();
        assertThat(ExportedTypes.allCoreClasses()).hasSizeGreaterThan(100);
    }

    @Test
    void publishesOnlyImmutableConstants() throws IllegalAccessException {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : ExportedTypes.exportedPublicTypes()) {
            for (Field f : type.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) && Modifier.isPublic(m) && !f.isSynthetic() && !f.isEnumConstant()
                        && !isImmutable(f.get(null))) {
                    offenders.add(type.getName() + "." + f.getName() + " : " + f.get(null).getClass().getName());
                }
            }
        }
        assertThat(offenders).as("public constants of a mutable type").isEmpty();
    }

    static boolean isImmutable(Object value) {
        if (value == null) {
            return true;
        }
        String name = value.getClass().getName();
        if (value instanceof String || value instanceof Boolean || value instanceof Character || value instanceof Enum
                || value instanceof BigDecimal || value instanceof Number && name.startsWith("java.lang.")
                || value instanceof Identifier || value instanceof Pattern || name.startsWith("java.time.")) {
            // java.time types are documented as immutable and thread-safe
            return true;
        }
        if (value instanceof Collection || value instanceof Map) {
            return name.startsWith("java.util.ImmutableCollections") || name.startsWith("java.util.Collections$Unmodifiable")
                    || name.startsWith("java.util.Collections$Empty") || name.startsWith("java.util.Collections$Singleton");
        }
        // Polku values: generated Immutables implementations and hand-written final value classes
        return name.startsWith("io.github.polku.") && !value.getClass().isArray();
    }
}
