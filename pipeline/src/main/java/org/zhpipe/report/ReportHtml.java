package org.zhpipe.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhpipe.input.DetectedEncoding;
import org.zhpipe.stage.DocumentStage;

/**
 * A {@link CorpusReport} as one self-contained HTML page: inline CSS and SVG charts, no script, nothing fetched from
 * the network, so it opens anywhere and can be mailed as one file. Stateless.
 */
public final class ReportHtml {
    private static final int WIDTH = 420;
    private static final int HEIGHT = 120;

    private ReportHtml() {
    }

    public static String render(CorpusReport r) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>zhpipe corpus report</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1400px}")
                .append("h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}")
                .append("table{border-collapse:collapse;font-size:13px}td,th{padding:3px 8px;border-bottom:1px solid #eee;")
                .append("text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}")
                .append(".grid{display:flex;flex-wrap:wrap;gap:18px}.card{border:1px solid #e3e3e3;border-radius:6px;")
                .append("padding:8px 10px}.card h3{font-size:14px;margin:0 0 4px}.muted{color:#777;font-size:12px}")
                .append(".ex{font-size:12px;white-space:pre-wrap;background:#f7f7f7;padding:6px;margin:4px 0;")
                .append("max-width:900px}</style></head><body>\n");
        h.append("<h1>zhpipe corpus report</h1><p class=\"muted\">").append(esc(r.spec())).append("</p>\n");
        summary(h, r);
        h.append("<h2>Signals</h2><p class=\"muted\">Histogram of each signal over the documents that reached its ")
                .append("stage; red lines are the bounds documents are dropped by (left of a min, right of a max).")
                .append("</p><div class=\"grid\">\n");
        for (CorpusReport.Distribution d : r.signals()) {
            distribution(h, d);
        }
        h.append("</div>\n<h2>Documents</h2><div class=\"grid\">\n");
        distribution(h, r.lengths());
        bars(h, "Scripts", r.scripts().entrySet().stream().filter(e -> e.getValue() > 0).toList());
        bars(h, "Languages", List.copyOf(r.languages().entrySet()));
        h.append("</div>\n<h2>Most frequent</h2><div class=\"grid\">\n");
        table(h, "Characters", r.characters());
        if (!r.words().isEmpty()) {
            table(h, "Words (kept documents)", r.words());
        }
        h.append("</div>\n");
        examples(h, r.examples());
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, CorpusReport r) {
        var s = r.summary();
        h.append("<h2>Records</h2><table><tr><th>in</th><th>kept</th><th>dropped</th><th>bad</th><th>bad files</th>")
                .append("</tr><tr><td class=\"n\">").append(s.recordsIn()).append("</td><td class=\"n\">")
                .append(s.recordsOut()).append("</td><td class=\"n\">").append(s.dropped())
                .append("</td><td class=\"n\">").append(s.bad()).append("</td><td class=\"n\">").append(s.badFiles())
                .append("</td></tr></table>\n");
        if (!s.dropReasons().isEmpty()) {
            h.append("<div class=\"grid\">");
            bars(h, "Drop reasons (a document counts under each rule it breaks)",
                    List.copyOf(s.dropReasons().entrySet()));
            h.append("</div>\n");
        }
        if (!s.encodings().isEmpty()) {
            h.append("<h2>Encodings</h2><table>");
            for (DetectedEncoding e : s.encodings()) {
                h.append("<tr><td>").append(esc(e.toString())).append("</td></tr>");
            }
            h.append("</table>\n");
        }
    }

    private static void distribution(StringBuilder h, CorpusReport.Distribution d) {
        long[] bins = d.histogram();
        long peak = 1;
        for (long b : bins) {
            peak = Math.max(peak, b);
        }
        h.append("<div class=\"card\"><h3>").append(esc(d.name())).append("</h3><div class=\"muted\">")
                .append(d.count()).append(" documents · min ").append(num(d.min())).append(" · mean ")
                .append(num(d.mean())).append(" · max ").append(num(d.max())).append("</div>\n")
                .append("<svg width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT + 18)
                .append("\" role=\"img\" aria-label=\"").append(esc(d.name())).append("\">");
        double barWidth = (double) WIDTH / bins.length;
        for (int i = 0; i < bins.length; i++) {
            double height = bins[i] == 0 ? 0 : Math.max(1, (double) bins[i] / peak * HEIGHT);
            h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"#4c78a8\"><title>%s–%s: %d</title></rect>", i * barWidth + 0.5, HEIGHT - height,
                    barWidth - 1, height, num(d.from() + i * (d.to() - d.from()) / bins.length),
                    num(d.from() + (i + 1) * (d.to() - d.from()) / bins.length), bins[i]));
        }
        for (DocumentStage.Bound b : d.bounds()) {
            double x = d.to() > d.from() ? (b.value() - d.from()) / (d.to() - d.from()) * WIDTH : WIDTH / 2.0;
            h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"%d\" stroke=\"#d62728\" "
                    + "stroke-width=\"2\"><title>%s %s</title></line>", x, x, HEIGHT, esc(b.rule()), num(b.value())));
        }
        h.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"11\">%s</text><text x=\"%d\" "
                + "y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text></svg></div>\n", HEIGHT + 14, num(d.from()),
                WIDTH, HEIGHT + 14, num(d.to())));
    }

    private static void bars(StringBuilder h, String title, List<? extends Map.Entry<String, Long>> entries) {
        long peak = 1;
        for (var e : entries) {
            peak = Math.max(peak, e.getValue());
        }
        h.append("<div class=\"card\"><h3>").append(esc(title)).append("</h3><table>");
        for (var e : entries) {
            h.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">").append(e.getValue())
                    .append(String.format(Locale.ROOT, "</td><td><svg width=\"%d\" height=\"10\"><rect width=\"%.1f\" "
                            + "height=\"10\" fill=\"#f58518\"/></svg></td></tr>", 200, 200.0 * e.getValue() / peak));
        }
        h.append("</table></div>\n");
    }

    private static void table(StringBuilder h, String title, List<Map.Entry<String, Long>> entries) {
        h.append("<div class=\"card\"><h3>").append(esc(title)).append("</h3><table>");
        int i = 0;
        for (var e : entries) {
            if (i % 6 == 0) {
                h.append("<tr>");
            }
            h.append("<td>").append(esc(e.getKey())).append("</td><td class=\"n\">").append(e.getValue())
                    .append("</td>");
            if (++i % 6 == 0) {
                h.append("</tr>");
            }
        }
        h.append("</table></div>\n");
    }

    private static void examples(StringBuilder h, Map<String, List<CorpusReport.Example>> examples) {
        if (examples.isEmpty()) {
            return;
        }
        h.append("<h2>Dropped documents, by reason</h2>\n");
        for (var e : examples.entrySet()) {
            h.append("<h3>").append(esc(e.getKey())).append("</h3>\n");
            for (CorpusReport.Example x : e.getValue()) {
                h.append("<div class=\"muted\">").append(esc(x.source())).append(" · ").append(esc(x.detail()))
                        .append("</div><div class=\"ex\">").append(esc(x.text())).append("</div>\n");
            }
        }
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
