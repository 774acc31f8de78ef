package dev.rinse.report;

import dev.rinse.corpus.AtomicFiles;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every place each rule fired, over the whole run. Places are appended to a scratch file per rule as
 * files are reported, so memory does not grow with the corpus, and turned into pages at the end.
 * Not thread-safe; {@link ReportWriter} serializes calls.
 */
final class RulePages {
  static final int PER_PAGE = 1000;
  private static final String SCRATCH = ".places";

  private final Path folder;
  private final Map<String, BufferedWriter> scratch = new HashMap<>();

  RulePages(Path reportFolder) {
    this.folder = reportFolder.resolve("rules");
  }

  /**
   * The page of a rule's places, below the report folder; page numbers start at 1. A later page's number
   * follows a {@code _}, which no rule id holds, so that it is never another rule's first page.
   */
  static String path(String rule, int page) {
    return "rules/" + rule + (page == 1 ? "" : "_" + page) + ".html";
  }

  static String shorten(String text, int max) {
    boolean cut = text.length() > max;
    // cut before replacing: a removed script or block can be long, and only its start is shown
    String shown = cut ? text.substring(0, max - 1) : text;
    String line = shown.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    return cut ? line + "…" : line;
  }

  void add(String rule, String source, int line, int column, String action, String removed) throws IOException {
    BufferedWriter out = scratch.get(rule);
    if (out == null) {
      Files.createDirectories(folder);
      out = Files.newBufferedWriter(folder.resolve(rule + SCRATCH), StandardCharsets.UTF_8);
      scratch.put(rule, out);
    }
    out.write(String.join("\t", shorten(source, 1000), String.valueOf(line), String.valueOf(column), action,
        shorten(removed, 160)));
    out.write('\n');
  }

  /** Writes the pages and removes the scratch files. */
  void finish() throws IOException {
    for (Map.Entry<String, BufferedWriter> entry : scratch.entrySet()) {
      entry.getValue().close();
      Path places = folder.resolve(entry.getKey() + SCRATCH);
      write(entry.getKey(), places);
      Files.delete(places);
    }
    scratch.clear();
  }

  private void write(String rule, Path places) throws IOException {
    long total;
    try (var lines = Files.lines(places, StandardCharsets.UTF_8)) {
      total = lines.count();
    }
    int pages = (int) Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
    try (BufferedReader in = Files.newBufferedReader(places, StandardCharsets.UTF_8)) {
      for (int page = 1; page <= pages; page++) {
        List<String[]> rows = new ArrayList<>();
        String line;
        while (rows.size() < PER_PAGE && (line = in.readLine()) != null) {
          rows.add(line.split("\t", 5));
        }
        AtomicFiles.write(folder.getParent().resolve(path(rule, page)), page(rule, page, pages, total, rows));
      }
    }
  }

  private static String page(String rule, int page, int pages, long total, List<String[]> rows) {
    StringBuilder body = new StringBuilder("<h1>").append(Html.escape(rule)).append("</h1>\n<p>")
        .append(String.format("%,d", total)).append(" places in this run")
        .append(pages > 1 ? ", page " + page + " of " + pages : "").append(".</p>\n").append(pager(rule, pages));
    body.append("<table id=\"places\"><tr><th>file</th><th>at</th><th>action</th><th>removed</th></tr>\n");
    for (String[] row : rows) {
      body.append("<tr><td><a href=\"../").append(Html.href(FilePage.path(row[0]))).append("\">")
          .append(Html.escape(row[0])).append("</a></td><td>").append(row[1]).append(':').append(row[2])
          .append("</td><td>").append(Html.escape(row[3])).append("</td><td><code>")
          .append(Html.escape(row.length > 4 ? row[4] : "")).append("</code></td></tr>\n");
    }
    body.append("</table>\n");
    return Html.page(rule + " · rinse report", 2, body.toString());
  }

  private static String pager(String rule, int pages) {
    if (pages == 1) {
      return "";
    }
    StringBuilder pager = new StringBuilder("<p class=\"pager\">Pages: ");
    for (int page = 1; page <= pages; page++) {
      pager.append("<a href=\"../").append(Html.href(path(rule, page))).append("\">").append(page).append("</a>");
    }
    return pager.append("</p>\n").toString();
  }
}
