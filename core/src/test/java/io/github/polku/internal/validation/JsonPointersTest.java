package io.github.polku.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPointersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            plain    | plain
            a/b      | a~1b
            a~b      | a~0b
            ~/       | ~0~1
            """)
    void escapesReferenceTokensPerRfc6901(String raw, String escaped) {
        assertThat(JsonPointers.escape(raw)).isEqualTo(escaped);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''        | true
            /         | true
            /a/0      | true
            /a~0~1    | true
            a         | false
            /a~       | false
            /a~x      | false
            """)
    void checksPointerSyntax(String pointer, boolean valid) {
        assertThat(JsonPointers.isValid(pointer)).isEqualTo(valid);
    }
}
