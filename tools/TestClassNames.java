/*
 * Build guard (GH-16): fails the build when a test class would never run.
 *
 * Run by the parent POM (exec-maven-plugin, phase process-test-sources) in every module as
 *   java tools/TestClassNames.java <module>/src/test/java
 * A source file holds tests when a method is annotated @Test, @ParameterizedTest, @TestFactory,
 * @RepeatedTest, @TestTemplate or @Property (an @Nested class counts for its top-level class). Its
 * top-level class must match Surefire's default includes (Test*, *Test, *Tests, *TestCase) or
 * Failsafe's (IT*, *IT, *ITCase); abstract classes are exempt, since only their subclasses run.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public final class TestClassNames {

    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "(?<![\\w.])@(?:org\\.junit\\.jupiter\\.api\\.|org\\.junit\\.jupiter\\.params\\.)?"
                    + "(?:Test|ParameterizedTest|TestFactory|RepeatedTest|TestTemplate|Property)(?![\\w.])");
    private static final Pattern SUREFIRE = Pattern.compile("Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase");
    private static final Pattern FAILSAFE = Pattern.compile("IT\\w*|\\w*IT|\\w*ITCase");

    private TestClassNames() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        if (!Files.isDirectory(root)) {
            return;
        }
        List<String> unrun = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String name = file.getFileName().toString().replaceFirst("\\.java$", "");
                if (name.equals("module-info") || name.equals("package-info")) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("(?s)/\\*.*?\\*/", " ")     // comments may mention annotations
                        .replaceAll("(?m)//.*$", " ");
                boolean hasTests = TEST_ANNOTATION.matcher(text).find();
                boolean isAbstract = Pattern.compile("(?m)^(?:public\\s+)?abstract\\s+class\\s+" + name + "\\b").matcher(text).find();
                if (hasTests && !isAbstract && !SUREFIRE.matcher(name).matches() && !FAILSAFE.matcher(name).matches()) {
                    unrun.add(root.relativize(file).toString());
                }
            }
        }
        if (!unrun.isEmpty()) {
            System.err.println("Test classes that neither Surefire (Test*, *Test, *Tests, *TestCase) nor Failsafe"
                    + " (IT*, *IT, *ITCase) would run; rename them:");
            unrun.forEach(f -> System.err.println("  " + root.resolve(f)));
            System.exit(1);
        }
    }
}
