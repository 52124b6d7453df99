package io.github.polku.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/VIOLATION-CODES.md lists every code of the message bundles with its English text, so the
 * reference cannot drift from the code. On failure the message shows the rows to paste.
 */
class ViolationCodesDocumentTest {

    private static final Path DOC = Path.of("../docs/VIOLATION-CODES.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (ERROR|WARNING|INFO|varies|finding) \\| (.*) \\|$");
    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO", "varies", "finding");

    @Test
    void listsEveryCodeWithItsEnglishText() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                assertThat(SEVERITIES).contains(m.group(2));
                documented.put(m.group(1), m.group(3).replace("\\|", "|"));
            }
        }
        Map<String, String> expected = new TreeMap<>();
        Properties en = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/" + Messages.BUNDLE + ".properties")) {
            en.load(in);
        }
        en.stringPropertyNames().forEach(k -> expected.put(k, en.getProperty(k)));
        StringBuilder rows = new StringBuilder();
        expected.forEach((k, v) -> rows.append("| `").append(k).append("` | ? | ").append(v.replace("|", "\\|")).append(" |\n"));
        assertThat(documented).as("docs/VIOLATION-CODES.md must list exactly these codes and texts:%n%s", rows)
                .isEqualTo(expected);
    }
}
