// SPDX-License-Identifier: EPL-2.0
package org.chaxu.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark's plot, written as SVG text: time against model size on log-log axes, one
 * panel per workload, one line per implementation (and, for single edits, per kind of edit).
 */
final class Plot {

    private static final String[] COLOURS = { "#c0392b", "#2471a3", "#229954", "#b9770e", "#7d3c98", "#17a589", "#566573" };
    private static final int W = 420;
    private static final int H = 300;
    private static final int LEFT = 62;
    private static final int RIGHT = 14;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private Plot() {
    }

    static String svg(List<Bench.Row> rows) {
        List<String> panels = new ArrayList<>();
        panels.add(panel("Batch check (after load)", series(rows, r -> r.batch, null)));
        panels.add(panel("Re-check, inject round (10 faults)", series(rows, r -> r.inject, null)));
        panels.add(panel("Re-check, repair round", series(rows, r -> r.repair, null)));
        Map<String, List<double[]>> edits = new LinkedHashMap<>();
        for (Bench.Row r : rows) {
            r.edits.forEach((kind, ms) -> {
                String name = shortName(r.impl) + (r.impl.startsWith("Chaxu") ? ": " + kind.label : "");
                if (r.impl.startsWith("Chaxu") || kind == Workload.Kind.VALUE) {
                    edits.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] { r.elements, ms });
                }
            });
        }
        panels.add(panel("Re-check after a single edit", edits));
        StringBuilder svg = new StringBuilder();
        int cols = 2;
        int width = cols * W;
        int height = ((panels.size() + cols - 1) / cols) * H;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", width, height, width, height));
        for (int i = 0; i < panels.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<g transform=\"translate(%d,%d)\">\n", (i % cols) * W, (i / cols) * H))
                    .append(panels.get(i)).append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String shortName(String impl) {
        return impl.startsWith("Chaxu") ? "engine" : impl.startsWith("hand") ? "Java" : "EVL";
    }

    private static Map<String, List<double[]>> series(List<Bench.Row> rows, ToDoubleFunction<Bench.Row> y, String suffix) {
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (Bench.Row r : rows) {
            series.computeIfAbsent(r.impl, k -> new ArrayList<>()).add(new double[] { r.elements, y.applyAsDouble(r) });
        }
        return series;
    }

    private static String panel(String title, Map<String, List<double[]>> series) {
        double minX = Double.MAX_VALUE, maxX = 0, minY = Double.MAX_VALUE, maxY = 0;
        for (List<double[]> points : series.values()) {
            for (double[] p : points) {
                if (p[1] > 0 && !Double.isNaN(p[1])) {
                    minX = Math.min(minX, p[0]);
                    maxX = Math.max(maxX, p[0]);
                    minY = Math.min(minY, p[1]);
                    maxY = Math.max(maxY, p[1]);
                }
            }
        }
        StringBuilder g = new StringBuilder();
        g.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"13\" font-weight=\"bold\">%s</text>\n", LEFT, esc(title)));
        if (maxX == 0) {
            return g.toString();
        }
        double x0 = Math.floor(Math.log10(minX)), x1 = Math.max(x0 + 1, Math.ceil(Math.log10(maxX)));
        double y0 = Math.floor(Math.log10(minY)), y1 = Math.max(y0 + 1, Math.ceil(Math.log10(maxY)));
        int pw = W - LEFT - RIGHT, ph = H - TOP - BOTTOM;
        java.util.function.DoubleUnaryOperator sx = v -> LEFT + (Math.log10(v) - x0) / (x1 - x0) * pw;
        java.util.function.DoubleUnaryOperator sy = v -> TOP + ph - (Math.log10(v) - y0) / (y1 - y0) * ph;
        g.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>\n", LEFT, TOP, pw, ph));
        for (double d = x0; d <= x1; d++) {
            double x = sx.applyAsDouble(Math.pow(10, d));
            g.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x, TOP, x, TOP + ph, x, TOP + ph + 14, count(Math.pow(10, d))));
        }
        for (double d = y0; d <= y1; d++) {
            double y = sy.applyAsDouble(Math.pow(10, d));
            g.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", LEFT, y, LEFT + pw, y, LEFT - 4, y + 4, time(Math.pow(10, d))));
        }
        g.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">model elements</text>\n", LEFT + pw / 2, H - 8));
        int i = 0;
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (double[] p : e.getValue()) {
                if (p[1] > 0 && !Double.isNaN(p[1])) {
                    path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", sx.applyAsDouble(p[0]), sy.applyAsDouble(p[1])));
                    g.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>", sx.applyAsDouble(p[0]), sy.applyAsDouble(p[1]), colour));
                }
            }
            g.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"/>\n", path, colour));
            g.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>\n", LEFT + 6, TOP + 14 + 13 * i, colour, esc(e.getKey())));
            i++;
        }
        return g.toString();
    }

    private static String count(double v) {
        return v >= 1e6 ? String.format(Locale.ROOT, "%.0fM", v / 1e6) : v >= 1e3 ? String.format(Locale.ROOT, "%.0fk", v / 1e3)
                : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String time(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.0f s", ms / 1000) : ms >= 1 ? String.format(Locale.ROOT, "%.0f ms", ms)
                : String.format(Locale.ROOT, "%s ms", ms >= 0.1 ? "0.1" : ms >= 0.01 ? "0.01" : ms >= 0.001 ? "0.001" : "0.0001");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
