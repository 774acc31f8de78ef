package dev.rinse.report;

import dev.rinse.article.LineStarts;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.FileLog;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One file's page: its status and warnings, the rules that fired (each a link to its page), and each
 * change with a few lines of the input around it, the removal marked where it stood. A page costs what
 * the file's changes cost, not what its input does: the input is only read where a change is, and at
 * most {@link #MAX_ROWS} changes are shown. Stateless.
 */
final class FilePage {
  /** Changes a page shows; the change log beside the cleaned file has every one. */
  static final int MAX_ROWS = 100;
  /** Characters of the input shown on either side of a change. */
  static final int CONTEXT = 100;
  /** Lines of the input shown on either side of a change's line, within {@link #CONTEXT}. */
  static final int CONTEXT_LINES = 2;

  private FilePage() {}

  /** The page's path below the report folder. */
  static String path(String source) {
    return "files/" + source + ".html";
  }

  static void write(FileLog log, InputText input, StringBuilder page) {
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
    if (input.problem() != null) {
      page.append("<p class=\"status-warning\" id=\"input-problem\">").append(Html.escape(input.problem())).append("</p>\n");
    }
    page.append(legend(log, up));
    changes(log.changes(), input.text(), up, page);
    page.append(Html.PAGE_END);
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
        .append(ReportWriter.FOLDER).append('/').append(Html.href(RulePages.path(rule))).append("\">")
        .append(Html.escape(rule)).append(" × ").append(count).append("</a> "));
    return legend.append("</p>\n").toString();
  }

  private static void changes(List<Change> changes, String source, String up, StringBuilder page) {
    if (changes.isEmpty()) {
      return;
    }
    page.append("<h2>Changes</h2>\n");
    if (changes.size() > MAX_ROWS) {
      page.append("<p class=\"muted\">The first ").append(MAX_ROWS).append(" of ").append(changes.size())
          .append(" changes; the change log beside the cleaned file has them all.</p>\n");
    }
    int[] lineStarts = source == null ? null : LineStarts.of(source);
    page.append("<table id=\"changes\"><tr><th class=\"num\">#</th><th>rule</th><th>action</th><th>at</th>"
        + "<th>path</th><th>removed</th><th>text</th></tr>\n");
    int n = 0;
    for (Change change : changes.subList(0, Math.min(MAX_ROWS, changes.size()))) {
      Removed removed = Removed.of(change);
      page.append("<tr><td class=\"num\">").append(++n).append("</td><td><a href=\"").append(up)
          .append(ReportWriter.FOLDER).append('/').append(Html.href(RulePages.path(change.rule()))).append("\">")
          .append(Html.escape(change.rule())).append("</a></td><td>").append(change.action().id())
          .append("</td><td>").append(change.line()).append(':').append(change.column())
          .append("</td><td><code>").append(Html.escape(RulePages.shorten(change.path(), 80)))
          .append("</code></td><td><code>").append(Html.escape(RulePages.shorten(removed.start(), Removed.SHOWN)))
          .append(removed.cut() ? "…" : "")
          .append(change.after() == null ? "" : " → " + Html.escape(RulePages.shorten(change.after(), Removed.SHOWN)))
          .append("</code></td><td>").append(Html.escape(RulePages.shorten(change.text().strip(), 120)))
          .append("</td></tr>\n");
      if (lineStarts != null) {
        context(source, lineStarts, change, removed, page);
      }
    }
    page.append("</table>\n");
  }

  /**
   * A row with the input around a change: up to {@link #CONTEXT_LINES} lines either side, at most
   * {@link #CONTEXT} characters each way, and the removal marked when the input holds it at the change's
   * place. Nothing for a change without a place.
   */
  static void context(String source, int[] lineStarts, Change change, Removed removed, StringBuilder out) {
    if (change.line() < 1 || change.line() > lineStarts.length) {
      return;
    }
    int at = lineStarts[change.line() - 1] + change.column() - 1;
    if (at < 0 || at > source.length()) {
      return;
    }
    int markEnd = at + marked(source, at, change, removed);
    int from = Html.cut(source, Math.max(at - CONTEXT, lineStarts[Math.max(0, change.line() - 1 - CONTEXT_LINES)]));
    int lastLine = Math.min(lineStarts.length - 1, change.line() - 1 + CONTEXT_LINES);
    int lineEnd = lastLine + 1 < lineStarts.length ? lineStarts[lastLine + 1] - 1 : source.length();
    boolean cut = removed.cut() && markEnd - at == removed.start().length();
    int to = cut ? markEnd : Html.cut(source, Math.max(markEnd, Math.min(markEnd + CONTEXT, lineEnd)));
    out.append("<tr class=\"context\"><td></td><td colspan=\"6\"><pre class=\"src\">");
    Html.escapeText(source, from, at, out);
    if (markEnd > at) {
      out.append("<mark data-rule=\"").append(Html.escape(change.rule())).append("\">");
      Html.escapeText(source, at, markEnd, out);
      out.append(cut ? "…</mark>" : "</mark>");
    } else {
      out.append("<span class=\"at\" title=\"").append(Html.escape(change.rule())).append("\">▸</span>");
    }
    if (!cut) {
      Html.escapeText(source, markEnd, to, out);
    }
    out.append("</pre></td></tr>\n");
  }

  /** How many characters of the input at {@code at} are the removal's start, 0 when it is not there. */
  private static int marked(String source, int at, Change change, Removed removed) {
    String piece = removed.start();
    if (piece.isEmpty() || change.action() == ChangeKind.FLAG) {
      return 0;
    }
    if (change.action() == ChangeKind.UNWRAP && piece.startsWith("<") && piece.indexOf('>') > 0) {
      piece = piece.substring(0, piece.indexOf('>') + 1); // the start tag; the end tag is further on
    } else if (change.action() == ChangeKind.STRIP_URL_PARAMS) {
      int equals = source.indexOf('=', at);
      return equals > at && equals - at < 40 ? equals - at : 0;
    }
    return source.startsWith(piece, at) ? piece.length() : 0;
  }

}
