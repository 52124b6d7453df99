package io.github.polku.serialization.jackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * GH-14: the Finnish, Swedish and English names of the codes of a code set, for docs/FORMAT.md, taken
 * from the code: from the enum's {@code getName(Locale)} where it has one, else from the Javadoc of
 * each constant, whose convention is {@code English name (fi: nimi, sv: namn)}, more text after it
 * being explanation.
 */
final class CodeLabels {

    private static final Path SOURCES = Path.of("../core/src/main/java");
    private static final Pattern CONSTANT = Pattern.compile("/\\*\\*(.*?)\\*/\\s*([A-Z][A-Z0-9_]*)\\s*[,;(}]", Pattern.DOTALL);
    private static final Pattern NAMES = Pattern.compile("^(.*?),?\\s*\\(fi: (.+?), sv: (.+?)\\).*$");
    private static final Pattern UNICODE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern TAG = Pattern.compile("\\{@(?:code|link|linkplain) ([^}]*)}");

    private CodeLabels() {
    }

    /**
     * Gets the names of the codes of an enum.
     *
     * @param enumName  the simple name of the enum
     * @return code to {fi, sv, en}; a code without names is absent
     */
    static Map<String, String[]> of(String enumName) {
        Path file = find(enumName).orElseThrow(() -> new IllegalStateException("No source of " + enumName));
        Map<String, String[]> labels = new LinkedHashMap<>();
        Optional<Method> getName = nameMethod(file);
        String source = read(file);
        int body = source.indexOf("enum " + enumName);
        Matcher m = CONSTANT.matcher(source);
        m.region(body, source.length());
        while (m.find()) {
            String code = m.group(2);
            if (getName.isPresent()) {
                labels.put(code, byMethod(file, getName.get(), code));
                continue;
            }
            Matcher names = NAMES.matcher(text(m.group(1)));
            if (names.matches()) {
                labels.put(code, new String[] {names.group(2), names.group(3), names.group(1)});
            }
        }
        return labels;
    }

    private static String text(String javadoc) {
        StringBuilder sb = new StringBuilder();
        for (String line : javadoc.split("\n")) {
            String t = line.strip();
            if (t.startsWith("*")) {
                t = t.substring(1).strip();
            }
            if (!t.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(t);
            }
        }
        String text = TAG.matcher(sb.toString()).replaceAll("$1");
        Matcher u = UNICODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (u.find()) {
            u.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(u.group(1), 16))));
        }
        u.appendTail(out);
        return out.toString();
    }

    private static String[] byMethod(Path file, Method getName, String code) {
        try {
            Object constant = Enum.valueOf(enumClass(file).asSubclass(Enum.class), code);
            return new String[] {(String) getName.invoke(constant, Locale.forLanguageTag("fi")),
                (String) getName.invoke(constant, Locale.forLanguageTag("sv")), (String) getName.invoke(constant, Locale.ENGLISH)};
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Method> nameMethod(Path file) {
        try {
            return Optional.of(enumClass(file).getMethod("getName", Locale.class));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Class<?> enumClass(Path file) {
        String name = SOURCES.relativize(file).toString().replace(".java", "").replace('/', '.').replace('\\', '.');
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> find(String enumName) {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.getFileName().toString().equals(enumName + ".java")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
