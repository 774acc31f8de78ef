package dev.rinse.report;

import dev.rinse.article.ArticleParser;
import dev.rinse.article.Generator;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.FileLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One file's page: the input beside the cleaned output, each removal highlighted where it stood in
 * the input and labelled with its rule (a link to every place that rule fired), then the full list of
 * changes. The cleaned output can also be seen rendered, in a sandboxed frame that runs no script and
 * loads nothing.
 */
final class FilePage {
  /** A stretch of the input to highlight. */
  private record Mark(int start, int end, Change change) {}

  /** Rows of the change table; a page stays light however many attributes the policy dropped. */
  static final int MAX_ROWS = 300;

  private FilePage() {}

  /** The page's path below the report folder. */
  static String path(String source) {
    return "files/" + source + ".html";
  }

  /** Characters of the input or output a page shows; the rest of a huge file is in the file itself. */
  static final int MAX_SHOWN = 1_000_000;

  /** Appends the page to {@code page}: one buffer, so that a page twice the size of its file is copied once. */
  static void write(FileLog log, String fullSource, String fullOutput, Generator generator, StringBuilder page) {
    String source = fullSource == null ? null : cut(fullSource);
    String output = fullOutput == null ? null : cut(fullOutput);
    int depth = path(log.source()).split("/").length;
    String up = Html.up(depth);
    page.append(Html.pageStart(log.source() + " · rinse report", depth));
    page.append("<h1>").append(Html.escape(log.source())).append("</h1>\n<div class=\"cards\">")
        .append(card("status", "<span class=\"status-" + log.status().id() + "\">" + log.status().id() + "</span>"))
        .append(card("changes", String.valueOf(log.changes().size())));
    if (log.text() != null) {
      page.append(card("visible text removed", Html.percent(log.text().removedShare())))
          .append(card("characters before", String.valueOf(log.text().before())));
    }
    page.append("</div>\n");
    if (log.error() != null) {
      page.append("<p class=\"status-error\">error: ").append(Html.escape(log.error())).append("</p>\n");
    }
    if (!log.warnings().isEmpty()) {
      page.append("<ul class=\"warnings\">");
      log.warnings().forEach(w -> page.append("<li>").append(Html.escape(w)).append("</li>"));
      page.append("</ul>\n");
    }
    page.append(legend(log, up));
    if ((fullSource != null && fullSource.length() > MAX_SHOWN) || (fullOutput != null && fullOutput.length() > MAX_SHOWN)) {
      page.append("<p class=\"muted\">A large file: the views show its first ").append(String.format("%,d", MAX_SHOWN))
          .append(" characters.</p>\n");
    }
    page.append("<div class=\"views\">\n<div class=\"view\"><h3>Before, removals marked</h3><pre class=\"src\" id=\"before\" data-rules=\"")
        .append(up).append(ReportWriter.FOLDER).append("/rules/\">");
    if (source == null) {
      page.append("<span class=\"muted\">(the input could not be read)</span>");
    } else {
      highlighted(source, log.changes(), page);
    }
    page.append("</pre></div>\n<div class=\"view\"><h3>After <a href=\"#rendered\">(rendered below)</a></h3><pre class=\"src\" id=\"after\">");
    if (output == null) {
      page.append("<span class=\"muted\">(no cleaned file)</span>");
    } else {
      Html.escape(output, 0, output.length(), page);
    }
    page.append("</pre></div>\n</div>\n");
    if (output != null) {
      page.append("<h2 id=\"rendered\">After, rendered</h2>\n");
      rendering(output, Math.min(output.length(), ArticleParser.contentStart(fullOutput, generator)), page);
    }
    page.append(changeTable(log.changes(), up));
    page.append(Scripts.tag(Scripts.MARK_LINKS));
    page.append(Html.PAGE_END);
  }

  /** About how many characters a page takes: the shown input and output, escaped, and the rest. */
  static int sizeHint(String source, String output) {
    return 2 * (shown(source) + shown(output)) + 16_384;
  }

  private static int shown(String text) {
    return text == null ? 0 : Math.min(text.length(), MAX_SHOWN);
  }

  private static String cut(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN);
  }

  /**
   * The output from {@code from} rendered in a frame: a post's body alone, since its front matter is data,
   * not part of the article. The frame is sandboxed (no script, no origin) and its document starts with
   * the rendering's own policy, so a remote image or style sheet left in the output is not fetched.
   */
  private static void rendering(String output, int from, StringBuilder page) {
    page.append("<iframe class=\"rendered\" loading=\"lazy\" sandbox=\"\" srcdoc=\"");
    int doctypeEnd = doctypeEnd(output, from);
    // the policy after a doctype, so that the frame renders in the mode the output asks for
    Html.escape(output, from, doctypeEnd, page);
    page.append(Html.escape(Csp.meta(Csp.RENDERING)));
    Html.escape(output, doctypeEnd, output.length(), page);
    page.append("\"></iframe>\n");
  }

  /** Where a doctype that opens {@code text[from...]} ends, or {@code from} when there is none. */
  private static int doctypeEnd(String text, int from) {
    int start = from;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int close = text.indexOf('>', start);
    return text.regionMatches(true, start, "<!doctype", 0, 9) && close > 0 ? close + 1 : from;
  }

  private static String card(String label, String value) {
    return "<div class=\"card\"><b>" + value + "</b><span>" + label + "</span></div>";
  }

  private static String legend(FileLog log, String up) {
    Map<String, Integer> byRule = new TreeMap<>();
    log.changes().forEach(c -> byRule.merge(c.rule(), 1, Integer::sum));
    if (byRule.isEmpty()) {
      return "<p class=\"muted\">No changes.</p>\n";
    }
    StringBuilder legend = new StringBuilder("<p>Rules that fired: ");
    byRule.forEach((rule, count) -> legend.append("<a class=\"badge\" href=\"").append(up)
        .append(ReportWriter.FOLDER).append('/').append(Html.href(RulePages.path(rule, 1))).append("\">")
        .append(Html.escape(rule)).append(" × ").append(count).append("</a> "));
    return legend.append("</p>\n").toString();
  }

  /**
   * The input, escaped, with each change that can be placed exactly wrapped in a mark; the page's
   * style labels each mark with its rule and its script makes a click open the rule's places.
   */
  static void highlighted(String source, List<Change> changes, StringBuilder out) {
    int[] lineStarts = lineStarts(source);
    List<Mark> marks = new ArrayList<>();
    for (Change change : changes) {
      Mark mark = place(source, lineStarts, change);
      if (mark != null) {
        marks.add(mark);
      }
    }
    marks.sort(Comparator.comparingInt(Mark::start).thenComparing(m -> -m.end()));
    int at = 0;
    for (Mark mark : marks) {
      if (mark.start() < at) {
        continue; // inside a mark already shown, such as an attribute of a removed element
      }
      Html.escape(source, at, mark.start(), out);
      out.append("<mark data-rule=\"").append(Html.escape(mark.change().rule())).append("\">");
      Html.escape(source, mark.start(), mark.end(), out);
      out.append("</mark>");
      at = mark.end();
    }
    Html.escape(source, at, source.length(), out);
  }

  private static Mark place(String source, int[] lineStarts, Change change) {
    if (change.line() < 1 || change.line() > lineStarts.length || change.removed().text().isEmpty()
        || change.action() == ChangeKind.FLAG) {
      return null;
    }
    int offset = lineStarts[change.line() - 1] + change.column() - 1;
    if (offset < 0 || offset > source.length()) {
      return null;
    }
    String piece = change.removed().text();
    if (change.action() == ChangeKind.UNWRAP && piece.startsWith("<") && piece.indexOf('>') > 0) {
      piece = piece.substring(0, piece.indexOf('>') + 1); // the start tag; the end tag is further on
    } else if (change.action() == ChangeKind.STRIP_URL_PARAMS) {
      int equals = source.indexOf('=', offset);
      return equals > offset && equals - offset < 40 ? new Mark(offset, equals, change) : null;
    }
    // a log cites long removals by their bytes and holds their start: the source holds the rest
    int length = change.action() == ChangeKind.UNWRAP ? piece.length() : change.removed().length();
    return source.startsWith(piece, offset) && offset + length <= source.length()
        ? new Mark(offset, offset + length, change) : null;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[64];
    int count = 1; // line 1 starts at 0
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return Arrays.copyOf(starts, count);
  }

  private static String changeTable(List<Change> changes, String up) {
    if (changes.isEmpty()) {
      return "";
    }
    StringBuilder table = new StringBuilder("<h2>Changes</h2>\n");
    if (changes.size() > MAX_ROWS) {
      table.append("<p class=\"muted\">The first ").append(MAX_ROWS).append(" of ").append(changes.size())
          .append(" changes; the change log beside the cleaned file has them all.</p>\n");
    }
    table.append("<table id=\"changes\"><tr><th class=\"num\">#</th>"
        + "<th>rule</th><th>action</th><th>at</th><th>path</th><th>removed</th><th>text</th></tr>\n");
    int n = 0;
    for (Change change : changes.subList(0, Math.min(MAX_ROWS, changes.size()))) {
      table.append("<tr><td class=\"num\">").append(++n).append("</td><td><a href=\"").append(up)
          .append(ReportWriter.FOLDER).append('/').append(Html.href(RulePages.path(change.rule(), 1))).append("\">")
          .append(Html.escape(change.rule())).append("</a></td><td>").append(change.action().id())
          .append("</td><td>").append(change.line()).append(':').append(change.column())
          .append("</td><td><code>").append(Html.escape(RulePages.shorten(change.path(), 80)))
          .append("</code></td><td><code>").append(Html.escape(RulePages.shorten(change.removed().text(), 200)))
          .append(change.after() == null ? "" : " → " + Html.escape(RulePages.shorten(change.after(), 200)))
          .append("</code></td><td>").append(Html.escape(RulePages.shorten(change.text().strip(), 120)))
          .append("</td></tr>\n");
    }
    return table.append("</table>\n").toString();
  }
}
