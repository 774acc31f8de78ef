package dev.rinse.report;

import java.util.List;
import java.util.Locale;

/** A horizontal bar chart as inline SVG, each bar optionally a link. */
final class BarChart {
  /** One bar: its label, its value and where clicking it leads (null for no link). */
  record Bar(String label, long value, String href) {}

  private static final int ROW = 22;
  private static final int LABEL = 260;
  private static final int WIDTH = 760;

  private BarChart() {}

  static String svg(String title, List<Bar> bars) {
    long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
    int height = Math.max(1, bars.size()) * ROW + 8;
    StringBuilder svg = new StringBuilder();
    svg.append("<div class=\"chart\"><svg role=\"img\" aria-label=\"").append(Html.escape(title))
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
    int y = 4;
    for (Bar bar : bars) {
      double length = max == 0 ? 0 : (WIDTH - LABEL - 90) * (bar.value() / (double) max);
      StringBuilder row = new StringBuilder();
      row.append("<g class=\"bar\" data-label=\"").append(Html.escape(bar.label())).append("\" data-value=\"")
          .append(bar.value()).append("\">")
          .append("<title>").append(Html.escape(bar.label())).append(": ").append(bar.value()).append("</title>")
          .append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\" fill=\"#1d2433\">").append(Html.escape(bar.label())).append("</text>")
          .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" rx=\"3\" fill=\"#3657c7\"/>",
              LABEL, y + 3, Math.max(1, length)))
          .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#5d6679\">%,d</text>",
              LABEL + Math.max(1, length) + 6, y + 15, bar.value()))
          .append("</g>");
      if (bar.href() != null) {
        svg.append("<a href=\"").append(bar.href()).append("\">").append(row).append("</a>");
      } else {
        svg.append(row);
      }
      y += ROW;
    }
    return svg.append("</svg></div>").toString();
  }
}
