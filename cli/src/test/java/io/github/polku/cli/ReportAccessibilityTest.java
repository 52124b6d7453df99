package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * GH-18: what of WCAG 2.1 AA the HTML report can be checked for without a browser: the language of
 * the page, titles and text alternatives, table headers and the contrast of the palette. The full
 * check with axe-core in Chromium is {@code cli/a11y/check.sh}, run by a developer.
 */
class ReportAccessibilityTest {

    private static String page(Language language) throws Exception {
        return ReportPrinterTest.html(Cohort.of(List.of(CohortTest.contactOnly(), CohortTest.hameenlinna()), List.of(
                new Cohort.CriterionRow("Q1", "Named worker", 1, 0, 1, 0, 0),
                new Cohort.CriterionRow("Q2", "Voluntary participation", 0, 0, 0, 2, 0, true)), language), language);
    }

    /** The contrast ratio of two sRGB colours, {@code #rrggbb}, by the formula of WCAG 2.1. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void theContrastFormulaGivesWcagsReferenceValues() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
        // #777777 on white is the classic near miss of 4.5:1
        assertThat(contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
    }

    @Test
    void everyBarColourStandsOutFromThePageAndTextIsReadable() {
        for (String colour : Svg.COLOURS) {
            // 1.4.11 non-text contrast: 3:1 against the page
            assertThat(contrast(colour, Svg.BACKGROUND)).as(colour).isGreaterThanOrEqualTo(3.0);
            // the white marks of the patterns stand out from the colour under them
            assertThat(contrast(colour, "#ffffff")).as(colour).isGreaterThanOrEqualTo(3.0);
        }
        // 1.4.3 text contrast: 4.5:1, for the text and for the notes (#57606a)
        assertThat(contrast(Svg.TEXT, Svg.BACKGROUND)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast("#57606a", Svg.BACKGROUND)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void aPaleColourWouldFailTheCheck() {
        // the old palette's light blue and yellow: too pale to see against white
        assertThat(contrast("#7fb2d6", Svg.BACKGROUND)).isLessThan(3.0);
        assertThat(contrast("#e0b040", Svg.BACKGROUND)).isLessThan(3.0);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void namesItsLanguageAndTitlesEveryChart(Language language) throws Exception {
        String html = page(language);
        Document doc = ReportPrinterTest.parse(html);
        Element root = doc.getDocumentElement();
        // 3.1.1 language of page
        assertThat(root.getAttribute("lang")).isEqualTo(language.locale().getLanguage());
        // 2.4.2 page titled
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
        NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertThat(svgs.getLength()).isEqualTo(ReportPrinter.CHARTS.size());
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            // 1.1.1 non-text content: an image with a name and a description that holds the numbers
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            String[] ids = svg.getAttribute("aria-labelledby").split(" ");
            assertThat(ids).hasSize(2);
            assertThat(html).contains("<title id=\"" + ids[0] + "\">", "<desc id=\"" + ids[1] + "\">");
        }
        assertThat(html.toLowerCase(Locale.ROOT)).contains("<main>");
    }

    @Test
    void describesEachChartInWordsWithItsNumbers() throws Exception {
        String html = page(Language.EN);
        assertThat(html).contains("<desc id=\"criteria-desc\">Named worker: met 1, partly met 0, not met 1, "
                + "too little data 0, not applicable 0.</desc>");
    }

    @Test
    void givesEveryTableCellAHeader() throws Exception {
        Document doc = ReportPrinterTest.parse(page(Language.EN));
        NodeList headers = doc.getElementsByTagName("th");
        assertThat(headers.getLength()).isPositive();
        for (int i = 0; i < headers.getLength(); i++) {
            assertThat(((Element) headers.item(i)).getAttribute("scope")).isIn("col", "row");
        }
        assertThat(doc.getElementsByTagName("caption").getLength()).isEqualTo(doc.getElementsByTagName("table").getLength());
    }
}
