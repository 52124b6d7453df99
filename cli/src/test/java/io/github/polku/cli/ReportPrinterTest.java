package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.polku.path.RehabilitationPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ReportPrinterTest {

    static Cohort criteriaOnly() {
        return Cohort.of(List.<RehabilitationPath>of(), List.of(
                new Cohort.CriterionRow("Q1", "Need assessed <on time> & planned", 2, 1, 1, 0, 0),
                new Cohort.CriterionRow("Q2", "Named worker", 4, 0, 0, 0, 0)), Language.EN);
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
            assertThat(html).doesNotContain("<script", "<link", "src=", "@import", "http://www.w3.org/1999")
                    .contains("<style>");
            // the only references are to the page's own patterns
            String[] references = html.split("url\\(", -1);
            assertThat(references.length).isGreaterThan(1);
            for (int i = 1; i < references.length; i++) {
                assertThat(references[i]).startsWith("#");
            }
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
            // Both have 4 subjects: 330 px for 4. Q2 met 4 -> 330 px; Q1 met 2 -> 165 px starting at 330,
            // partly met 1 -> 82.5 px at 495, not met 1 -> 82.5 px at 577.5.
            assertThat(html).contains("width=\"330.0\"", "x=\"330.0\" y=\"12\" width=\"165.0\"",
                    "x=\"495.0\" y=\"12\" width=\"82.5\"", "x=\"577.5\" y=\"12\" width=\"82.5\"");
        }

        @Test
        void wrapsLongLabelsInsteadOfCuttingThem() {
            // GH-18: a long Finnish label, whole on three lines
            String label = "Asiakkaat kehittäjinä, ei näennäisosallisuutena: kumppanuus Arnsteinin tikkailla";
            Cohort cohort = Cohort.of(List.<RehabilitationPath>of(), List.of(
                    new Cohort.CriterionRow("Q9", label, 1, 0, 0, 0, 0)), Language.FI);
            String html = html(cohort, Language.FI);
            assertThat(html).contains(">Asiakkaat kehittäjinä, ei</tspan>",
                    ">näennäisosallisuutena: kumppanuus Arnsteinin</tspan>", ">tikkailla</tspan>")
                    .doesNotContain("\u2026");
            assertThat(Svg.wrap(label, Svg.LINE_CHARS)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(
                    Svg.LINE_CHARS)).hasSize(3);
        }

        @Test
        void endsEachCriterionBarWithTheCountMetNotTheTotal() {
            String chart = html(criteriaOnly(), Language.EN).split("<section id=\"criteria\">")[1];
            // Q1: met 2 of 4
            assertThat(chart).contains(">2 met</text>").doesNotContain(">4</text>");
        }

        @Test
        void showsEveryNumberInAVisibleTableThatPrints() {
            String html = html(criteriaOnly(), Language.EN);
            assertThat(html).doesNotContain("<details").contains("@media print", "<caption>Quality criteria met: the numbers</caption>",
                    "<th scope=\"row\">Named worker</th><td class=\"n\">4</td>");
        }

        @Test
        void explainsTheStagesAndTheRespondents() throws Exception {
            String html = html(Cohort.of(List.of(CohortTest.hameenlinna()), List.of(), Language.FI), Language.FI);
            assertThat(html).contains("Seuranta 0 tarkoittaa, ettei yksikään polku ole vielä edennyt seurantaan",
                    "molemmat yhdessä yhteisellä vastauksella (yhdessä)");
        }

        @Test
        void listsCriteriaAPersonJudgesApartWithTheReason() {
            Cohort cohort = Cohort.of(List.<RehabilitationPath>of(), List.of(
                    new Cohort.CriterionRow("VOLUNTARY", "Voluntary participation", 0, 0, 0, 3, 0, true),
                    new Cohort.CriterionRow("Q2", "Named worker", 1, 0, 0, 0, 0)), Language.EN);
            String html = html(cohort, Language.EN);
            String chart = html.split("<section id=\"criteria\">")[1].split("</section>")[0];
            assertThat(chart).contains("Named worker").doesNotContain("Voluntary participation");
            assertThat(html.split("<section id=\"by-person\">")[1]).contains("<li>Voluntary participation</li>",
                    "the records have no field for a sanction");
        }

        @Test
        void leavesCriteriaWithoutPathsOutOfTheChart() {
            Cohort cohort = Cohort.of(List.<RehabilitationPath>of(), List.of(
                    new Cohort.CriterionRow("P1", "About processes", 0, 0, 0, 0, 0),
                    new Cohort.CriterionRow("Q2", "Named worker", 1, 0, 0, 0, 0)), Language.EN);
            String chart = html(cohort, Language.EN).split("<section id=\"criteria\">")[1].split("<table>")[0];
            assertThat(chart).contains("Named worker").doesNotContain("About processes");
        }

        @Test
        void speaksFinnish() {
            String html = html(criteriaOnly(), Language.FI);
            assertThat(html).contains("<html lang=\"fi\">", "<h1>Kohorttiraportti</h1>",
                    "Polut saavutetun vaiheen mukaan", "t\u00e4yttyi");
        }
    }
}
