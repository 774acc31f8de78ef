package dev.rinse.report;

import java.net.URI;
import java.net.URISyntaxException;

/** Escaping, links and the page shell shared by the report's pages, each under the report's {@link Csp}. */
final class Html {
  private static final String STYLE = """
      :root { --ink: #1d2433; --muted: #5d6679; --line: #dde1ea; --accent: #3657c7; --warn: #b7791f;
        --bad: #c53030; --ok: #2f855a; --mark: #ffe3e3; --mark-line: #e53e3e; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC",
        "Microsoft YaHei", sans-serif; color: var(--ink); background: #f7f8fb; }
      header.top { background: #fff; border-bottom: 1px solid var(--line); padding: 14px 28px; }
      header.top a { color: var(--accent); text-decoration: none; margin-right: 18px; }
      main { padding: 20px 28px 60px; max-width: 1500px; }
      h1 { font-size: 22px; margin: 4px 0 14px; } h2 { font-size: 17px; margin: 28px 0 10px; }
      .cards { display: flex; flex-wrap: wrap; gap: 12px; }
      .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; }
      .card b { display: block; font-size: 22px; }
      .card span { color: var(--muted); font-size: 13px; }
      table { border-collapse: collapse; background: #fff; border: 1px solid var(--line); width: 100%; }
      th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid var(--line); vertical-align: top; font-size: 14px; }
      th { background: #eef1f7; font-weight: 600; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      code, pre, .src { font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
      .status-ok { color: var(--ok); } .status-warning { color: var(--warn); } .status-error { color: var(--bad); }
      .chart { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px; }
      .chart a:hover rect { fill: #2a46a8; }
      .src { white-space: pre-wrap; word-break: break-word; padding: 10px 12px; margin: 0; }
      mark { background: var(--mark); border-bottom: 2px solid var(--mark-line); color: inherit; text-decoration: line-through;
        text-decoration-color: rgba(197, 48, 48, .45); }
      tr.context td { border-top: 0; padding-top: 0; }
      tr.context pre { max-height: 12em; overflow: auto; background: #fafbfd; border: 1px solid var(--line); border-radius: 4px; }
      span.at { color: var(--mark-line); font-weight: 700; }
      mark::before { content: attr(data-rule); display: inline-block; font: 11px/1.3 system-ui, sans-serif;
        background: var(--mark-line); color: #fff; border-radius: 3px; padding: 0 4px; margin-right: 3px;
        text-decoration: none; vertical-align: 1px; }
      a.badge { display: inline-block; font: 11px/1.3 system-ui, sans-serif; background: var(--mark-line); color: #fff;
        border-radius: 3px; padding: 0 4px; margin-right: 2px; text-decoration: none; vertical-align: 1px; }
      .warnings li { color: var(--warn); }
      input.filter { padding: 6px 10px; width: 320px; border: 1px solid var(--line); border-radius: 6px; margin: 6px 0 10px; }
      .pager a { margin-right: 10px; }
      .muted { color: var(--muted); }
      """;

  private Html() {}

  static String escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (entity(text.charAt(i)) != null) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8 + 16).append(text, 0, i);
        escape(text, i, text.length(), out);
        return out.toString();
      }
    }
    return text; // most names and labels have nothing to escape
  }

  /** Appends {@code text[from, to)} escaped as {@link #escape(String)} does, without copying it first. */
  static void escape(String text, int from, int to, StringBuilder out) {
    int copied = from;
    for (int i = from; i < to; i++) {
      String entity = entity(text.charAt(i));
      if (entity != null) {
        out.append(text, copied, i).append(entity);
        copied = i + 1;
      }
    }
    out.append(text, copied, to);
  }

  /**
   * Appends {@code text[from, to)} escaped for an element's content, where only {@code &}, {@code <} and
   * {@code >} need it: scraped HTML is full of quotes, and a page of it stays a third smaller.
   */
  static void escapeText(String text, int from, int to, StringBuilder out) {
    int copied = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '&' || c == '<' || c == '>') {
        out.append(text, copied, i).append(entity(c));
        copied = i + 1;
      }
    }
    out.append(text, copied, to);
  }

  private static String entity(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }

  /** A relative link to a path with {@code /} separators, each part percent-encoded as needed. */
  static String href(String path) {
    return escape(url(path));
  }

  /** A path with {@code /} separators as a URL path, each part percent-encoded as needed. */
  static String url(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot link to " + path, e);
    }
  }

  /** The way up from a page at {@code depth} folders below the output folder. */
  static String up(int depth) {
    return "../".repeat(depth);
  }

  /** How every page starts: its policy is the first thing in its head, before anything that could load. */
  static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n" + Csp.meta(Csp.PAGE);

  static String page(String title, int depth, String body) {
    return pageStart(title, depth) + body + PAGE_END;
  }

  /** A page's shell up to its content; {@link #PAGE_END} closes it. For pages written as they are made. */
  static String pageStart(String title, int depth) {
    String root = up(depth);
    return HEAD + "<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n"
        + "<header class=\"top\"><a href=\"" + root + ReportWriter.INDEX + "\"><b>rinse report</b></a>"
        + "<a href=\"" + root + ReportWriter.FOLDER + "/files-1.html\">All files</a></header>\n"
        + "<main>\n";
  }

  static final String PAGE_END = "\n</main>\n" + Scripts.tag(Scripts.LOAD_TIME) + "</body>\n</html>\n";

  static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
  }

  /**
   * {@code index}, or one before it where it would split a character outside the BMP in two: a cut
   * there leaves half a character, which is written as {@code ?} and makes a page differ from itself.
   */
  static int cut(CharSequence text, int index) {
    return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
        && Character.isHighSurrogate(text.charAt(index - 1)) ? index - 1 : index;
  }
}
