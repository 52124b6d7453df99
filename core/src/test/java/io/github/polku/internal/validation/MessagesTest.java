package io.github.polku.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            no placeholders        | no placeholders
            {a} and {b}            | 1 and 2
            {unknown} stays        | {unknown} stays
            '{a'                   | '{a'
            '{}'                   | '{}'
            {a}{a}                 | 11
            """)
    void substitutesNamedArgumentsOnly(String template, String expected) {
        assertThat(Messages.substitute(template, Map.of("a", "1", "b", "2"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ${x}     | $1
            #{x}     | #1
            """)
    void neverEvaluatesExpressionSyntax(String template, String expected) {
        assertThat(Messages.substitute(template, Map.of("x", "1"))).isEqualTo(expected);
    }
}
