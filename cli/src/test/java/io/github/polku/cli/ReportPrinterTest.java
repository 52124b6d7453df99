package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.polku.path.RehabilitationPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ReportPrinterTest {

    static Cohort criteriaOnly() {
        return Cohort.of(List.<RehabilitationPath>of(), List.of(
                new Cohort.CriterionRow("Q1", "Need assessed <on time> & planned", 3, 1, 0),
                new Cohort.CriterionRow("Q2", "Named worker", 4, 0, 0)), Locale.ENGLISH);
    }

    static String html(Cohort cohort, Language language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ReportPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), language).html(cohort, 2);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Nested
    class Html {

        @Test
        void isWellFormedAndHasEveryChart() throws Exception {
            String html = html(criteriaOnly(), Language.EN);
            Document doc = parse(html);
            NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
            assertThat(svgs.getLength()).isEqualTo(4);
            for (String id : ReportPrinter.CHARTS) {
                assertThat(html).contains("<section id=\"" + id + "\">");
            }
            assertThat(html).contains("Paths by stage reached", "Closed paths by destination",
                    "Change scores, first to last measurement", "Quality criteria met");
        }

        @Test
        void isSelfContained() {
            String html = html(criteriaOnly(), Language.EN);
            assertThat(html).doesNotContain("<script", "<link", "src=", "@import", "url(", "http://www.w3.org/1999")
                    .contains("<style>");
        }

        @Test
        void escapesLabels() throws Exception {
            String html = html(criteriaOnly(), Language.EN);
            assertThat(html).contains("Need assessed &lt;on time&gt; &amp; planned").doesNotContain("<on time>");
            assertThatCode(() -> parse(html)).doesNotThrowAnyException();
        }

        @Test
        void drawsStackedBarsScaledToTheLongest() {
            String html = html(criteriaOnly(), Language.EN);
            // Q2 has 4 subjects, the longest bar: 360 px for 4; Q1 met 3 -> 270 px, not met 1 -> 90 px.
            assertThat(html).contains("width=\"270.0\"", "width=\"90.0\"", "width=\"360.0\"");
        }

        @Test
        void speaksFinnish() {
            String html = html(criteriaOnly(), Language.FI);
            assertThat(html).contains("<html lang=\"fi\">", "<h1>Kohorttiraportti</h1>",
                    "Polut saavutetun vaiheen mukaan", "t\u00e4yttyi");
        }
    }
}
