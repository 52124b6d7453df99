package io.github.polku.serialization.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GH-17: a hand-written descriptor's factory finds each value read by its typed property. */
class ValuesTest {

    private static final Prop<String> NAME = new Prop<>("name", Kinds.STRING, Prop.Presence.REQUIRED, o -> ((String[]) o)[0]);
    private static final Prop<String> NOTE = new Prop<>("note", Kinds.STRING, Prop.Presence.OPTIONAL,
            o -> Optional.ofNullable(((String[]) o)[1]));
    private static final TypeDescriptor PAIR = new TypeDescriptor("Pair", String[].class, List.of(NAME, NOTE),
            v -> new String[] {v.get(NAME), v.getOrDefault(NOTE, "-")});

    @Test
    void getsEachValueByItsProperty() {
        Values values = new Values(new Object[] {"a", "b"});
        assertThat(values.get(NAME)).isEqualTo("a");
        assertThat(values.get(NOTE)).isEqualTo("b");
    }

    @Test
    void givesTheDefaultOfAnAbsentValue() {
        Values values = new Values(new Object[] {"a", null});
        assertThat(values.get(NOTE)).isNull();
        assertThat(values.getOrDefault(NOTE, "-")).isEqualTo("-");
    }

    @Test
    void replacesAValueInACopy() {
        Values values = new Values(new Object[] {"a", "b"});
        Values changed = values.with(NOTE, "c");
        assertThat(changed.get(NOTE)).isEqualTo("c");
        assertThat(changed.get(NAME)).isEqualTo("a");
        assertThat(values.get(NOTE)).isEqualTo("b");
    }

    @Test
    void takesTheValuesOfAValueAsWrittenWithAnEmptyOptionalAbsent() {
        Values values = Values.of(PAIR, new String[] {"a", null});
        assertThat(values.get(NAME)).isEqualTo("a");
        assertThat(values.get(NOTE)).isNull();
        assertThat((String[]) PAIR.factory().apply(values)).containsExactly("a", "-");
    }

    @Test
    void refusesAPropertyOfTwoTypesAtTwoPlaces() {
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> new TypeDescriptor("Reversed", String[].class, List.of(NOTE, NAME), v -> null));
    }
}
