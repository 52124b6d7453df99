package io.github.polku.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws horizontal bar charts as inline SVG: no scripts, no fonts, no external resources. Each bar may
 * be split into parts (a stacked bar). Every chart has a title and a text alternative ({@code desc});
 * the parts differ in pattern as well as colour, so they can be told apart without colour vision
 * (WCAG 2.1 1.4.1), and every colour has a contrast of at least 3:1 against the white page (1.4.11).
 */
final class Svg {

    /** One bar: a label, the sizes of its parts, and the text after the bar. */
    static final class Bar {
        final String label;
        final long[] parts;
        final String end;

        Bar(String label, long... parts) {
            this(label, null, parts);
        }

        /** A bar whose end text is {@code end} instead of its total. */
        Bar(String label, String end, long... parts) {
            this.label = label;
            this.parts = parts.clone();
            this.end = end;
        }

        long total() {
            long sum = 0;
            for (long part : parts) {
                sum += part;
            }
            return sum;
        }

        String end() {
            return end != null ? end : Long.toString(total());
        }
    }

    /** Bar colours in part order: good, partly good, bad, unknown, out of scope. */
    static final String[] COLOURS = {"#1b5e8c", "#3d86c0", "#b3402a", "#8a6a00", "#66727b"};
    /** The colour of the page behind the charts. */
    static final String BACKGROUND = "#ffffff";
    /** The colour of text on the page. */
    static final String TEXT = "#1d2327";

    /** What is drawn over the colour of each part, in white: nothing, stripes, a grid, dots, lines. */
    private static final String[] MARKS = {
        "",
        "<path d=\"M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2\" stroke=\"#fff\" stroke-width=\"1.5\"/>",
        "<path d=\"M0,4 h8 M4,0 v8\" stroke=\"#fff\" stroke-width=\"1.2\"/>",
        "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#fff\"/>",
        "<path d=\"M0,2 h8 M0,6 h8\" stroke=\"#fff\" stroke-width=\"1\"/>"};

    private static final int LABEL_WIDTH = 330;
    private static final int BAR_AREA = 330;
    private static final int ROW = 26;
    private static final int LINE = 15;
    private static final int TOP = 8;
    /** Characters that fit one line of the label column at the page's font size. */
    static final int LINE_CHARS = 44;

    private Svg() {
    }

    /**
     * Draws the bars, scaled to the longest; {@code id} keeps the patterns of charts on one page apart;
     * {@code partNames} name the parts for the legend and the text alternative (one name: no legend);
     * {@code noData} is shown when there are no bars.
     */
    static String chart(String id, String title, List<Bar> bars, List<String> partNames, String noData) {
        long max = 1;
        for (Bar bar : bars) {
            max = Math.max(max, bar.total());
        }
        boolean legend = partNames.size() > 1 && !bars.isEmpty();
        List<List<String>> labels = new ArrayList<>();
        int height = TOP + 4 + (legend ? ROW : 0);
        for (Bar bar : bars) {
            List<String> lines = wrap(bar.label, LINE_CHARS);
            labels.add(lines);
            height += rowHeight(lines.size());
        }
        if (bars.isEmpty()) {
            height += ROW;
        }
        int width = Math.max(LABEL_WIDTH + BAR_AREA + 110, LABEL_WIDTH + 150 * partNames.size());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description(bars, partNames, noData)))
                .append("</desc>");
        svg.append("<defs>");
        for (int i = 1; i < partNames.size(); i++) {
            svg.append("<pattern id=\"").append(id).append("-p").append(i)
                    .append("\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\" fill=\"")
                    .append(COLOURS[i % COLOURS.length]).append("\"/>").append(MARKS[i % MARKS.length]).append("</pattern>");
        }
        svg.append("</defs>");
        int y = TOP;
        if (bars.isEmpty()) {
            svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 16).append("\">")
                    .append(Html.escape(noData)).append("</text>");
            y += ROW;
        }
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            List<String> lines = labels.get(b);
            int row = rowHeight(lines.size());
            int barY = y + (row - (ROW - 8)) / 2;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\">");
            for (int l = 0; l < lines.size(); l++) {
                svg.append("<tspan x=\"").append(LABEL_WIDTH - 8).append("\"")
                        .append(l == 0 ? "" : " dy=\"" + LINE + "\"").append('>').append(Html.escape(lines.get(l)))
                        .append("</tspan>");
            }
            svg.append("</text>");
            double x = LABEL_WIDTH;
            for (int i = 0; i < bar.parts.length; i++) {
                double w = BAR_AREA * (double) bar.parts[i] / max;
                if (bar.parts[i] > 0) {
                    svg.append("<rect x=\"").append(format(x)).append("\" y=\"").append(barY)
                            .append("\" width=\"").append(format(w)).append("\" height=\"").append(ROW - 8)
                            .append("\" fill=\"").append(fill(id, i)).append("\" stroke=\"").append(BACKGROUND)
                            .append("\" stroke-width=\"1\"><title>").append(Html.escape(bar.label + ": "
                                    + partNames.get(Math.min(i, partNames.size() - 1)) + " " + bar.parts[i]))
                            .append("</title></rect>");
                }
                x += w;
            }
            svg.append("<text x=\"").append(format(x + 6)).append("\" y=\"").append(barY + 13).append("\">")
                    .append(Html.escape(bar.end())).append("</text>");
            y += row;
        }
        if (legend) {
            int lx = LABEL_WIDTH;
            for (int i = 0; i < partNames.size(); i++) {
                svg.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 6)
                        .append("\" width=\"14\" height=\"14\" fill=\"").append(fill(id, i)).append("\"/>");
                svg.append("<text x=\"").append(lx + 18).append("\" y=\"").append(y + 18).append("\">")
                        .append(Html.escape(partNames.get(i))).append("</text>");
                lx += 150;
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The text alternative: every bar with its parts, for readers who cannot see the chart. */
    static String description(List<Bar> bars, List<String> partNames, String noData) {
        if (bars.isEmpty()) {
            return noData;
        }
        StringBuilder d = new StringBuilder();
        for (Bar bar : bars) {
            if (d.length() > 0) {
                d.append("; ");
            }
            d.append(bar.label).append(": ");
            if (partNames.size() == 1) {
                d.append(bar.total());
                continue;
            }
            for (int i = 0; i < bar.parts.length; i++) {
                d.append(i == 0 ? "" : ", ").append(partNames.get(i)).append(' ').append(bar.parts[i]);
            }
        }
        return d.append('.').toString();
    }

    private static String fill(String id, int part) {
        return part == 0 ? COLOURS[0] : "url(#" + id + "-p" + part + ")";
    }

    private static int rowHeight(int lines) {
        return Math.max(ROW, 10 + LINE * lines);
    }

    /** Breaks a label into lines of at most {@code width} characters at spaces; a longer word stands alone. */
    static List<String> wrap(String label, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
