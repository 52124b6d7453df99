package io.github.polku.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ViolationTest {

    @Nested
    class Of {
        @Test
        void createsViolationWithEachSeverity() {
            assertThat(Violation.error("polku.value.missing", "/a", Map.of()).getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(Violation.warning("polku.value.missing", "/a", Map.of()).getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(Violation.info("polku.value.missing", "/a", Map.of()).getSeverity()).isEqualTo(Severity.INFO);
        }

        @Test
        void convertsArgumentsToTextInInsertionOrder() {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("max", 4);
            args.put("min", 1);
            Violation v = Violation.error("polku.test.code", "", args);
            assertThat(v.getArguments()).containsExactly(Map.entry("max", "4"), Map.entry("min", "1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "Polku.x", "polku", "polku..x", "polku.x y", "9polku.x"})
        void rejectsMalformedCode(String code) {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Violation.error(code, "", Map.of()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"a", "a/b", "/a~", "/a~2b"})
        void rejectsMalformedPointer(String pointer) {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Violation.error("polku.test.code", pointer, Map.of()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "/", "/a", "/a/0/b", "/a~0b/c~1d"})
        void acceptsWellFormedPointer(String pointer) {
            assertThat(Violation.error("polku.test.code", pointer, Map.of()).getPath()).isEqualTo(pointer);
        }

        @Test
        void rejectsMissingMandatoryAttributes() {
            assertThatExceptionOfType(IncompleteValueException.class)
                    .isThrownBy(() -> Violation.builder().code("polku.test.code").build())
                    .satisfies(e -> assertThat(e.getViolations())
                            .extracting(Violation::getPath)
                            .containsExactlyInAnyOrder("/severity", "/path"));
        }
    }

    @Nested
    class GetMessage {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                fi    | Pakollinen tieto clientId puuttuu
                fi-FI | Pakollinen tieto clientId puuttuu
                sv    | Obligatoriskt värde clientId saknas
                sv-FI | Obligatoriskt värde clientId saknas
                en    | Mandatory value clientId is missing
                de    | Mandatory value clientId is missing
                """)
        void rendersMessageInRequestedLanguage(String tag, String expected) {
            Violation v = Violation.error("polku.value.missing", "/clientId", Map.of("attribute", "clientId"));
            assertThat(v.getMessage(Locale.forLanguageTag(tag))).isEqualTo(expected);
        }

        @Test
        void ignoresDefaultLocale() {
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(Locale.forLanguageTag("fi"));
                Violation v = Violation.error("polku.value.missing", "/x", Map.of("attribute", "x"));
                assertThat(v.getMessage(Locale.ENGLISH)).isEqualTo("Mandatory value x is missing");
            } finally {
                Locale.setDefault(before);
            }
        }

        @Test
        void rendersUnknownCodeAsItself() {
            assertThat(Violation.error("polku.no.suchCode", "", Map.of()).getMessage(Locale.ENGLISH))
                    .isEqualTo("polku.no.suchCode");
        }

        @Test
        void keepsPlaceholderWithoutArgument() {
            assertThat(Violation.error("polku.value.missing", "", Map.of()).getMessage(Locale.ENGLISH))
                    .isEqualTo("Mandatory value {attribute} is missing");
        }

        @Test
        void insertsArgumentsLiterallyWithoutEvaluatingThem() {
            Violation v = Violation.error("polku.value.missing", "", Map.of("attribute", "${1+1} #{x} {attribute}"));
            assertThat(v.getMessage(Locale.ENGLISH)).isEqualTo("Mandatory value ${1+1} #{x} {attribute} is missing");
        }
    }

    @Nested
    class AtLocation {
        @Test
        void prefixesPath() {
            Violation v = Violation.error("polku.test.code", "/end", Map.of("a", 1));
            assertThat(v.atLocation("/services/3/period"))
                    .isEqualTo(Violation.error("polku.test.code", "/services/3/period/end", Map.of("a", 1)));
        }

        @Test
        void returnsSameViolationForEmptyPrefix() {
            Violation v = Violation.error("polku.test.code", "/end", Map.of());
            assertThat(v.atLocation("")).isSameAs(v);
        }
    }

    @Test
    void describesItselfWithSeverityPathAndCode() {
        assertThat(Violation.warning("polku.test.code", "/a/0", Map.of("max", 4)))
                .hasToString("WARNING /a/0 polku.test.code {max=4}");
        assertThat(Violation.error("polku.test.code", "", Map.of())).hasToString("ERROR / polku.test.code {}");
    }
}
