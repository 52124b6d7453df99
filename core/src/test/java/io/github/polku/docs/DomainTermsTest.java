package io.github.polku.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public domain type names its Finnish and Swedish term in its class Javadoc
 * ("A goal (fi: tavoite, sv: mål) ..."), and every package documents a fi/sv/en glossary.
 */
class DomainTermsTest {

    private static final Path ROOT = Path.of("src/main/java/io/github/polku");

    @ParameterizedTest
    @ValueSource(strings = {"calendar", "client", "codevelopment", "contact", "measurement", "path", "quality", "service"})
    void everyPublicDomainTypeNamesItsFinnishAndSwedishTerm(String domainPackage) throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(domainPackage))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int declaration = text.indexOf("\npublic ");
                if (file.endsWith("package-info.java") || declaration < 0 || text.startsWith("@interface", declaration + 8)) {
                    continue;
                }
                String header = text.substring(0, declaration);
                if (!header.contains("fi:") || !header.contains("sv:")) {
                    missing.add(file.getFileName().toString());
                }
            }
        }
        assertThat(missing).as("types without '(fi: ..., sv: ...)' in their class Javadoc").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"calendar", "client", "codevelopment", "contact", "measurement", "path", "quality", "service",
        "rules", "validation", "identifier"})
    void everyPackageHasAGlossary(String domainPackage) throws IOException {
        String text = Files.readString(ROOT.resolve(domainPackage).resolve("package-info.java"), StandardCharsets.UTF_8);
        assertThat(text).contains("Glossary").contains("Null policy");
    }
}
