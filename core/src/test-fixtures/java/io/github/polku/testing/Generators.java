package io.github.polku.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** QuickTheories generators the property tests share (docs/TESTING.md). */
public final class Generators {

    private Generators() {
    }

    /**
     * Text of the given characters only.
     *
     * @param alphabet the characters to draw from
     * @param minLength the least length
     * @param maxLength the greatest length
     * @return the generator
     */
    public static Gen<String> textOf(String alphabet, int minLength, int maxLength) {
        List<Character> chars = new ArrayList<>();
        for (char c : alphabet.toCharArray()) {
            chars.add(c);
        }
        return lists().of(arbitrary().pick(chars)).ofSizeBetween(minLength, maxLength).map(list -> {
            StringBuilder b = new StringBuilder(list.size());
            list.forEach(b::append);
            return b.toString();
        });
    }

    /**
     * Text of any UTF-16 code units, unpaired surrogates, NUL and control characters included.
     *
     * @param minLength the least length
     * @param maxLength the greatest length
     * @return the generator
     */
    public static Gen<String> anyText(int minLength, int maxLength) {
        return strings().betweenCodePoints(Character.MIN_VALUE, Character.MAX_VALUE).ofLengthBetween(minLength, maxLength);
    }

    /**
     * Text of any characters of the Basic Multilingual Plane except surrogates (each drawn surrogate
     * becomes U+FFFD), NUL and control characters included.
     *
     * @param minLength the least length
     * @param maxLength the greatest length
     * @return the generator
     */
    public static Gen<String> textWithoutSurrogates(int minLength, int maxLength) {
        return anyText(minLength, maxLength).map(s -> {
            StringBuilder b = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
            return b.toString();
        });
    }

    /**
     * Any subset of the given values, in their order.
     *
     * @param <T> the type of the values
     * @param values the values
     * @return the generator
     */
    public static <T> Gen<List<T>> subsetOf(List<T> values) {
        return lists().of(booleans().all()).ofSize(values.size()).map(picks -> {
            List<T> subset = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (picks.get(i)) {
                    subset.add(values.get(i));
                }
            }
            return subset;
        });
    }
}
