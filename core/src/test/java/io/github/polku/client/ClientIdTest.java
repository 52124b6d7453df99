package io.github.polku.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"C-0001", "a", "kanta-hame:2020:17", "X_1.2", "0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsPseudonymousIdentifiers(String value) {
        assertThat(ClientId.of(value).getValue()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-a", "a b", "ä", "a/b", "01234567890123456789012345678901234567890123456789012345678901234"})
    void rejectsMalformedIdentifiers(String value) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ClientId.of(value))
                .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode).containsExactly(Identifiers.FORMAT))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value.isBlank() ? "\u0000" : value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "131052A308T", "010594Y9032", "131052-308t"})
    void rejectsValuesShapedLikeIdentityCodes(String value) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ClientId.of(value))
                .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode)
                        .containsExactly(ClientId.LOOKS_LIKE_IDENTITY_CODE))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("131052").doesNotContain("010594"));
    }

    @Test
    void equalsByValueAndType() {
        assertThat(ClientId.of("C-1")).isEqualTo(ClientId.of("C-1")).hasSameHashCodeAs(ClientId.of("C-1"))
                .isNotEqualTo(ClientId.of("C-2"));
        assertThat(ClientId.of("C-1")).hasToString("C-1");
        assertThat(ClientId.of("C-1")).isLessThan(ClientId.of("C-2"));
    }
}
