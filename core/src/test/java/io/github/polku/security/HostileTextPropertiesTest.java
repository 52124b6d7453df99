package io.github.polku.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.polku.validation.InvalidValueException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * GH-10: every public factory of the core API that takes text ({@code ClientId.of},
 * {@code PersonalIdentityCode.parse}, {@code IcfChapter.parse}, {@code Organiser.of}, ...) is
 * found by reflection and fed hostile text: control characters, NUL, unpaired surrogates, other
 * scripts' digits, expression syntax, identity codes and very long strings. It either returns or
 * throws {@link InvalidValueException}, and the exception never repeats the text.
 */
class HostileTextPropertiesTest {

    private static final List<Method> FACTORIES = textFactories();

    @Test
    void findsTheTextFactories() {
        assertThat(FACTORIES).extracting(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
                .contains("ClientId.of", "PathId.of", "PersonalIdentityCode.parse", "PersonalIdentityCode.check",
                        "IcfChapter.parse", "Organiser.of");
    }

    @Test
    void returnsOrThrowsInvalidValueWithoutEchoingTheText() {
        // 400 generated texts (QuickTheories; a failure prints the seed, rerun with -DQT_SEED=..., docs/TESTING.md)
        qt().withExamples(400).forAll(hostileText()).checkAssert(HostileTextPropertiesTest::returnsOrThrowsCleanly);
    }

    @ParameterizedTest
    @MethodSource("hostileConstants")
    void returnsOrThrowsInvalidValueWithoutEchoingTheNamedHostileTexts(String text) {
        returnsOrThrowsCleanly(text);
    }

    private static void returnsOrThrowsCleanly(String text) {
        for (Method factory : FACTORIES) {
            Object[] arguments = arguments(factory, text);
            try {
                Object result = factory.invoke(null, arguments);
                if (result != null && !factory.getReturnType().isPrimitive()) {
                    result.toString();
                }
            } catch (InvocationTargetException e) {
                Throwable thrown = e.getCause();
                assertThat(thrown).as("%s(%s)", factory.getName(), abbreviate(text))
                        .isInstanceOf(InvalidValueException.class);
                String message = String.valueOf(thrown.getMessage());
                if (text.length() >= 4) {
                    assertThat(message).as("message of %s", factory.getName()).doesNotContain(text);
                }
                for (io.github.polku.validation.Violation violation : ((InvalidValueException) thrown).getViolations()) {
                    if (text.length() >= 4) {
                        assertThat(violation.getArguments().values()).noneMatch(v -> v.contains(text));
                        assertThat(violation.getPath()).doesNotContain(text);
                    }
                }
                Leaks.assertClean(thrown);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** The texts written down: identity codes, a name, expression syntax, NUL, surrogates, other digits, 100,000 characters. */
    static Stream<String> hostileConstants() {
        return Stream.of(Leaks.CODE_1987, Leaks.CODE_2004, Leaks.CODE_TEMPORARY, Leaks.NAME, "${1+1}", "#{1+1}",
                "{value}", "\u0000", "\ud800", "150387\u2013123H", "\u0661\u0665\u0660\u0663\u0668\u0667-123H",
                "d9", "D9", "d10", "KESKI_SUOMI", "109", "C-TEST-0001 ", " C-1", "x".repeat(100_000), "", " ", "\uFFFF");
    }

    private static Gen<String> hostileText() {
        return Generate.oneOf(io.github.polku.testing.Generators.anyText(0, 40),
                io.github.polku.testing.Generators.textOf("0123456789-+ABCDEFUVWXY\u0660\u0669\uFF10a", 9, 13),
                Generate.pick(hostileConstants().toList()));
    }

    private static Object[] arguments(Method factory, String text) {
        Class<?>[] types = factory.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == String.class || types[i] == CharSequence.class) {
                arguments[i] = text;
            } else if (types[i] == boolean.class) {
                arguments[i] = text.length() % 2 == 0;
            } else {
                Object[] constants = types[i].getEnumConstants();
                arguments[i] = constants[Math.floorMod(text.hashCode(), constants.length)];
            }
        }
        return arguments;
    }

    /** Public static methods of exported types whose parameters are text, enums or booleans, one text at least. */
    private static List<Method> textFactories() {
        List<Method> found = new ArrayList<>();
        for (Class<?> type : ExportedTypes.exportedPublicTypes()) {
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers()) || m.isSynthetic()
                        || type.isEnum() && m.getName().equals("valueOf")) {
                    continue;
                }
                boolean text = false;
                boolean simple = m.getParameterCount() > 0;
                for (Class<?> p : m.getParameterTypes()) {
                    text |= p == String.class || p == CharSequence.class;
                    simple &= p == String.class || p == CharSequence.class || p == boolean.class || p.isEnum();
                }
                if (text && simple) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
