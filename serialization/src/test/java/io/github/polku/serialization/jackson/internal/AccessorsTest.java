package io.github.polku.serialization.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.polku.client.ClientId;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.FirstContact;
import io.github.polku.path.PathId;
import io.github.polku.quality.Share;
import io.github.polku.validation.InvalidValueException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The accessors the descriptors are built from behave like the methods they call (GH-9). */
class AccessorsTest {

    @Test
    void getterReturnsTheValueAndBoxesPrimitives() throws Exception {
        FirstContact contact = FirstContact.of(LocalDate.of(2025, 4, 16), ContactChannel.SELF);
        Function<Object, Object> date = Accessors.getter(FirstContact.class.getMethod("getDate"));
        Function<Object, Object> urgent = Accessors.getter(FirstContact.class.getMethod("isUrgent"));
        assertThat(date.apply(contact)).isEqualTo(LocalDate.of(2025, 4, 16));
        assertThat(urgent.apply(contact)).isEqualTo(Boolean.FALSE);
        assertThat(Accessors.getter(Share.class.getMethod("getCount")).apply(Share.of(2, 3))).isEqualTo(2);
    }

    @Test
    void builderFactorySetterAndBuildCallTheBuilder() throws Exception {
        Method builder = io.github.polku.path.GoalStatusChange.class.getMethod("builder");
        Supplier<Object> factory = Accessors.factory(builder);
        Class<?> type = builder.getReturnType();
        BiConsumer<Object, Object> date = Accessors.setter(type.getMethod("date", LocalDate.class));
        BiConsumer<Object, Object> status = Accessors.setter(type.getMethod("status", io.github.polku.path.GoalStatus.class));
        Function<Object, Object> build = Accessors.getter(type.getMethod("build"));
        Object b = factory.get();
        date.accept(b, LocalDate.of(2025, 5, 1));
        status.accept(b, io.github.polku.path.GoalStatus.values()[0]);
        assertThat(build.apply(b)).isEqualTo(io.github.polku.path.GoalStatusChange.builder().date(LocalDate.of(2025, 5, 1))
                .status(io.github.polku.path.GoalStatus.values()[0]).build());
    }

    @Test
    void staticFunctionPassesTheModelsExceptionsThroughUnwrapped() throws Exception {
        Function<Object, Object> of = Accessors.staticFunction(PathId.class.getMethod("of", String.class));
        assertThat(of.apply("P-1")).isEqualTo(PathId.of("P-1"));
        // the reader turns these into violations at the pointer; a wrapper would hide their codes
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> of.apply("not valid"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Accessors.staticFunction(ClientId.class.getMethod("of", String.class)).apply("131052-308T"));
    }

    @Test
    void refusesMethodsItCannotCallDirectly() throws Exception {
        assertThatIllegalArgumentException().isThrownBy(() -> Accessors.getter(Object.class.getDeclaredMethod("clone")));
        assertThatIllegalArgumentException().isThrownBy(() -> Accessors.factory(Share.class.getMethod("getCount")));
        assertThatIllegalArgumentException().isThrownBy(() -> Accessors.staticFunction(Share.class.getMethod("of", int.class, int.class)));
    }
}
