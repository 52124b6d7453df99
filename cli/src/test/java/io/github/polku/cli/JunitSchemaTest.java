package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * GH-18: {@code polku validate --format junit} writes reports that the JUnit XML schema CI servers use accepts.
 *
 * <p>JUnit XML has no standard; the schema taken is {@code junit-10.xsd} of the Jenkins xUnit plugin
 * (github.com/jenkinsci/xunit-plugin, path
 * {@code src/main/resources/org/jenkinsci/plugins/xunit/types/model/xsd/junit-10.xsd}, MIT licence), the one
 * Jenkins checks JUnit reports with and that pytest and other tools cite. It is copied unchanged to
 * {@code schemas/junit-10.xsd}; its source is in {@code schemas/README.md}. The validator is the JDK's
 * W3C XML Schema validator ({@code javax.xml.validation}), with external access off.
 */
class JunitSchemaTest {

    private static final Schema JUNIT = schema();

    @TempDir
    Path dir;

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            URL xsd = JunitSchemaTest.class.getResource("/schemas/junit-10.xsd");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every error and warning the validator reports, not only the first. */
    static List<String> check(String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = JUNIT.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error: " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal: " + e.getMessage());
            }
        });
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            // a fatal error is already in the list; anything else is added here
            if (problems.isEmpty()) {
                problems.add("fatal: " + e.getMessage());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return problems;
    }

    static String doc(String name) {
        return Paths.get("src/test/resources/documents", name).toString();
    }

    /**
     * A run over valid, invalid (errors, and warnings: lenient), malformed, NDJSON, JSON-array and unreadable
     * inputs, with names XML must escape.
     */
    @Test
    void aMixedRunValidates() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("a directory"));
        Path strange = Files.writeString(dir.resolve("<&\"ä>.json"), "{\"documentType\":");
        Runs r = Runs.run(new FacadeChecker(), Locale.forLanguageTag("sv"), "", "validate", "--format", "junit",
                "--lenient", doc("valid/path.json"), doc("invalid/rules.json"), doc("invalid/structure.json"),
                doc("invalid/malformed.json"), doc("stream/mixed.ndjson"), doc("stream/array.json"),
                Paths.get(doc("valid/client.json")).toAbsolutePath().toString(), strange.toString(),
                directory.toString(), dir.resolve("missing.json").toString());

        assertThat(r.status).as(r.err).isEqualTo(2);
        assertThat(r.out).contains("<failure type=\"polku.path.dates.order\"", "<system-out>", "&lt;&amp;&quot;ä&gt;.json");
        assertThat(check(r.out)).isEmpty();
    }

    @Test
    void aRunOverStandardInputValidates() {
        Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "{}\n[", "validate", "--format", "junit", "-");
        assertThat(r.out).contains("<testsuite name=\"-\"");
        assertThat(check(r.out)).isEmpty();
    }

    @Test
    void anEmptyRunValidates() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.ndjson"), "");
        Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "validate", "--format", "junit", empty.toString());
        assertThat(check(r.out)).isEmpty();
    }

    /** The validator does refuse reports that break the schema: each row breaks one of its rules. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            test case without a name    | <testcase classname=    | <testcase label=
            suite without a test count  | " tests="               | " count="
            time not a number           | errors="0" skipped="0" time="0" | errors="0" skipped="0" time="soon"
            unknown element             | <failure type=          | <fault type=
            not well-formed             | </testsuites>           | </testsuite>
            """)
    void aBrokenReportIsRefused(String broken, String from, String to) {
        Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "validate", "--format", "junit", doc("invalid/rules.json"));
        assertThat(r.out).contains(from);
        assertThat(check(r.out.replace(from, to))).as(broken).isNotEmpty();
    }
}
