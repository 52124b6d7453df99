package io.github.polku.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every violation code the library can emit has a message in English, Finnish and Swedish, and the
 * three bundles hold the same keys. Codes are collected from the main sources: string literals of
 * the form {@code "polku.x.y"} and the Jakarta constraints imported there.
 */
class MessagesCompletenessTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"(polku\\.[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern TEMPLATE = Pattern.compile("\"\\{(polku\\.[A-Za-z0-9.]+)}\"");
    private static final Pattern JAKARTA = Pattern.compile("import jakarta\\.validation\\.constraints\\.([A-Z][A-Za-z]+);");
    /**
     * The default message templates of class-level rule constraints ({@code "{polku.path.rules}"})
     * are never emitted: their {@code RuleValidator} disables the default violation and raises its
     * own codes. By convention those templates end in {@code .rules}.
     */
    private static final String NOT_EMITTED_SUFFIX = ".rules";

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void bundleHasSameKeysAsEnglish(String language) {
        assertThat(new TreeSet<>(Messages.keys(language))).isEqualTo(new TreeSet<>(Messages.keys("en")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fi", "sv"})
    void everyCodeUsedInCodeHasAMessage(String language) throws IOException {
        Set<String> keys = Messages.keys(language);
        assertThat(codesUsedInMainSources()).isNotEmpty().allSatisfy(code -> assertThat(keys).contains(code));
    }

    @Test
    void everyKeyHasNonBlankTextInEveryLanguage() {
        for (String language : new String[] {"en", "fi", "sv"}) {
            Properties p = load(language.equals("en") ? "" : "_" + language);
            p.forEach((k, v) -> assertThat((String) v).as("%s in %s", k, language).isNotBlank());
        }
    }

    @Test
    void decodesEscapedFinnishAndSwedishLetters() {
        assertThat(load("_fi").getProperty("jakarta.validation.constraints.NotBlank")).isEqualTo("Ei saa olla tyhjä");
        assertThat(load("_sv").getProperty("jakarta.validation.constraints.NotBlank")).isEqualTo("Får inte vara tomt");
    }

    @Test
    void bundlesAreAsciiWithUnicodeEscapes() throws IOException {
        for (String suffix : new String[] {"", "_fi", "_sv"}) {
            byte[] bytes = Files.readAllBytes(Path.of("src/main/resources/ContributorValidationMessages" + suffix + ".properties"));
            for (byte b : bytes) {
                assertThat(b & 0xff).as("non-ASCII byte in bundle %s", suffix).isLessThan(0x80);
            }
        }
    }

    @Test
    void placeholdersAreTheSameInEveryLanguage() {
        Properties en = load("");
        Properties fi = load("_fi");
        Properties sv = load("_sv");
        for (String key : en.stringPropertyNames()) {
            Set<String> expected = placeholders(en.getProperty(key));
            assertThat(placeholders(fi.getProperty(key, ""))).as("fi %s", key).isEqualTo(expected);
            assertThat(placeholders(sv.getProperty(key, ""))).as("sv %s", key).isEqualTo(expected);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([A-Za-z0-9]+)}").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static Set<String> codesUsedInMainSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher literal = CODE_LITERAL.matcher(text);
                while (literal.find()) {
                    codes.add(literal.group(1));
                }
                Matcher template = TEMPLATE.matcher(text);
                while (template.find()) {
                    codes.add(template.group(1));
                }
                Matcher jakarta = JAKARTA.matcher(text);
                while (jakarta.find()) {
                    if (!jakarta.group(1).equals("Pattern")) {
                        codes.add("jakarta.validation.constraints." + jakarta.group(1));
                    }
                }
            }
        }
        codes.removeIf(code -> code.endsWith(NOT_EMITTED_SUFFIX));
        return codes;
    }

    private static Properties load(String suffix) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/" + Messages.BUNDLE + suffix + ".properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}
