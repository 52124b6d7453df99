package io.github.polku.cli;

import java.util.List;
import java.util.Locale;

/**
 * Draws horizontal bar charts as inline SVG: no scripts, no fonts, no external resources. Each bar may
 * be split into parts (a stacked bar); every chart has a title and a text alternative.
 */
final class Svg {

    /** One bar: a label and the sizes of its parts. */
    static final class Bar {
        final String label;
        final long[] parts;

        Bar(String label, long... parts) {
            this.label = label;
            this.parts = parts.clone();
        }

        long total() {
            long sum = 0;
            for (long part : parts) {
                sum += part;
            }
            return sum;
        }
    }

    /** Bar colours in part order: good, partly good, bad, unknown, out of scope. */
    static final String[] COLOURS = {"#2f6f9f", "#7fb2d6", "#c8553d", "#e0b040", "#b8c0c6"};

    private static final int LABEL_WIDTH = 300;
    private static final int BAR_AREA = 360;
    private static final int ROW = 26;
    private static final int TOP = 8;

    private Svg() {
    }

    /**
     * Draws the bars, scaled to the longest; {@code partNames} name the parts for the legend and the
     * text alternative (one name: no legend); {@code noData} is shown when there are no bars.
     */
    static String chart(String title, List<Bar> bars, List<String> partNames, String noData) {
        long max = 1;
        for (Bar bar : bars) {
            max = Math.max(max, bar.total());
        }
        boolean legend = partNames.size() > 1 && !bars.isEmpty();
        int height = TOP + ROW * Math.max(1, bars.size()) + (legend ? ROW : 0) + 4;
        int width = Math.max(LABEL_WIDTH + BAR_AREA + 60, LABEL_WIDTH + 150 * partNames.size());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-label=\"").append(Html.escape(title)).append("\">");
        svg.append("<title>").append(Html.escape(title)).append("</title>");
        int y = TOP;
        if (bars.isEmpty()) {
            svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 16).append("\">")
                    .append(Html.escape(noData)).append("</text>");
            y += ROW;
        }
        for (Bar bar : bars) {
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\">").append(Html.escape(bar.label)).append("</text>");
            double x = LABEL_WIDTH;
            for (int i = 0; i < bar.parts.length; i++) {
                double w = BAR_AREA * (double) bar.parts[i] / max;
                if (bar.parts[i] > 0) {
                    svg.append("<rect x=\"").append(format(x)).append("\" y=\"").append(y + 3)
                            .append("\" width=\"").append(format(w)).append("\" height=\"").append(ROW - 8)
                            .append("\" fill=\"").append(COLOURS[i % COLOURS.length]).append("\">")
                            .append("<title>").append(Html.escape(bar.label + ": " + partNames.get(i) + " "
                                    + bar.parts[i])).append("</title></rect>");
                }
                x += w;
            }
            svg.append("<text x=\"").append(format(x + 6)).append("\" y=\"").append(y + 16).append("\">")
                    .append(bar.total()).append("</text>");
            y += ROW;
        }
        if (legend) {
            int lx = LABEL_WIDTH;
            for (int i = 0; i < partNames.size(); i++) {
                svg.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 6).append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(COLOURS[i % COLOURS.length]).append("\"/>");
                svg.append("<text x=\"").append(lx + 16).append("\" y=\"").append(y + 16).append("\">")
                        .append(Html.escape(partNames.get(i))).append("</text>");
                lx += 150;
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
