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
                new Cohort.CriterionRow("Q1", "Need assessed <on time> & planned", 2, 1, 1, 0, 0),
                new Cohort.CriterionRow("Q2", "Named worker", 4, 0, 0, 0, 0)), Locale.ENGLISH);
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
            // Both have 4 subjects: 360 px for 4. Q2 met 4 -> 360 px; Q1 met 2 -> 180 px starting at 300,
            // partly met 1 -> 90 px at 480, not met 1 -> 90 px at 570.
            assertThat(html).contains("width=\"360.0\"", "x=\"300.0\" y=\"11\" width=\"180.0\"",
                    "x=\"480.0\" y=\"11\" width=\"90.0\"", "x=\"570.0\" y=\"11\" width=\"90.0\"");
        }

        @Test
        void speaksFinnish() {
            String html = html(criteriaOnly(), Language.FI);
            assertThat(html).contains("<html lang=\"fi\">", "<h1>Kohorttiraportti</h1>",
                    "Polut saavutetun vaiheen mukaan", "t\u00e4yttyi");
        }
    }
}
