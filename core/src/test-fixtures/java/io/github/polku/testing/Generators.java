package io.github.polku.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
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
}
