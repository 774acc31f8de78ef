package dev.rinse.report;

import dev.rinse.article.Generator;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.changelog.RunSummary;
import dev.rinse.corpus.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes the audit report of a run: {@code rinse-report.html} (totals, charts, the files to look at
 * first) and, in {@code rinse-report/}, a page per file, paged file lists and a page per rule with
 * every place it fired. Files are reported one by one as the run goes, so memory holds only a line
 * per file; every page is self-contained (no network). {@link #page} is thread-safe; {@link #record}
 * is synchronized and keeps the order it is called in.
 */
public final class ReportWriter {
  public static final String INDEX = "rinse-report.html";
  public static final String FOLDER = "rinse-report";
  static final int FILES_PER_PAGE = 500;
  private static final int FIRST = 25;

  /** What the index and file lists need of a file. */
  private record Entry(String source, FileStatus status, int changes, double removedShare, String warning,
      boolean textLoss) {}

  private final Path out;
  private final Path folder;
  private final RulePages rules;
  private final Generator generator;
  private final List<Entry> entries = new ArrayList<>();

  /** Where the page of the file {@code source} is, relative to the output folder. */
  public static String pagePath(String source) {
    return FOLDER + "/" + FilePage.path(source);
  }

  /** Starts a report in {@code out}, replacing any report an earlier run left there. */
  public ReportWriter(Path out, Generator generator) throws IOException {
    this(out, true, generator);
  }

  /**
   * Starts a report in {@code out}.
   *
   * @param fresh whether to delete an earlier report first; when false, its file pages are kept for
   *     the files this run does not page again
   * @param generator the generator the outputs were written for, which says where a post's front matter ends
   */
  public ReportWriter(Path out, boolean fresh, Generator generator) throws IOException {
    this.out = out;
    this.generator = Objects.requireNonNull(generator, "generator");
    this.folder = out.resolve(FOLDER);
    if (fresh) {
      deleteTree(folder);
    } else {
      deleteTree(folder.resolve("rules")); // rule pages are made anew from every file's places
    }
    Files.createDirectories(folder);
    this.rules = new RulePages(folder);
  }

  /**
   * Writes one file's page. Pages of different files may be written at once, from several threads.
   *
   * @param source the input's text, null when it could not be read
   * @param output the cleaned text, null when the file failed
   */
  public void page(FileLog log, String source, String output) throws IOException {
    Path page = folder.resolve(FilePage.path(log.source()));
    Files.createDirectories(page.getParent());
    StringBuilder html = new StringBuilder(FilePage.sizeHint(source, output));
    FilePage.write(log, source, output, generator, html);
    AtomicFiles.write(page, html);
  }

  /** Adds one file to the index, the lists and the rule pages; call in input order for a stable report. */
  public synchronized void record(FileLog log) throws IOException {
    for (Change change : log.changes()) {
      rules.add(change.rule(), log.source(), change.line(), change.column(), change.action().id(), change.removed());
    }
    String warning = log.error() != null ? log.error() : log.warnings().isEmpty() ? "" : log.warnings().get(0);
    boolean textLoss = log.warnings().stream().anyMatch(w -> w.startsWith("text loss"));
    entries.add(new Entry(log.source(), log.status(), log.changes().size(),
        log.text() == null ? 0 : log.text().removedShare(), warning, textLoss));
  }

  /** Reports one file: its page, and its place in the index. */
  public void file(FileLog log, String source, String output) throws IOException {
    page(log, source, output);
    record(log);
  }

  /** Writes the index and the lists; call once, after the last file. */
  public synchronized void finish(RunSummary.Totals totals) throws IOException {
    rules.finish();
    List<Entry> ordered = new ArrayList<>(entries);
    ordered.sort(Comparator.comparing((Entry e) -> !e.textLoss())
        .thenComparing(e -> e.status() == FileStatus.OK)
        .thenComparing(Entry::source));
    int pages = Math.max(1, (ordered.size() + FILES_PER_PAGE - 1) / FILES_PER_PAGE);
    for (int page = 1; page <= pages; page++) {
      List<Entry> slice = ordered.subList((page - 1) * FILES_PER_PAGE, Math.min(ordered.size(), page * FILES_PER_PAGE));
      AtomicFiles.write(folder.resolve("files-" + page + ".html"), listPage(slice, page, pages, ordered.size()));
    }
    AtomicFiles.write(out.resolve(INDEX), index(totals, ordered));
  }

  private String index(RunSummary.Totals totals, List<Entry> ordered) {
    StringBuilder body = new StringBuilder("<h1>What rinse removed</h1>\n<div class=\"cards\" id=\"totals\">")
        .append(card("files", totals.files(), "total-files"))
        .append(card("ok", totals.ok(), "total-ok"))
        .append(card("with warnings", totals.warning(), "total-warning"))
        .append(card("failed", totals.error(), "total-error"))
        .append(card("skipped", totals.skipped(), "total-skipped"))
        .append(card("changes", totals.changes(), "total-changes"))
        .append("</div>\n");
    body.append("<h2>Removals per rule</h2>\n<div id=\"by-rule\">").append(BarChart.svg("changes per rule",
        bars(totals.changesByRule(), true))).append("</div>\n");
    body.append("<h2>Removals per action</h2>\n<div id=\"by-action\">").append(BarChart.svg("changes per action",
        bars(totals.changesByAction(), false))).append("</div>\n");
    body.append("<h2>Files by status</h2>\n<div id=\"by-status\">").append(BarChart.svg("files by status", List.of(
        new BarChart.Bar("ok", totals.ok(), null), new BarChart.Bar("warning", totals.warning(), null),
        new BarChart.Bar("error", totals.error(), null)))).append("</div>\n");

    List<Entry> lossiest = new ArrayList<>(entries);
    lossiest.sort(Comparator.comparingDouble(Entry::removedShare).reversed().thenComparing(Entry::source));
    body.append("<h2>Files that lost the largest share of their visible text</h2>\n")
        .append(fileTable("lossiest", lossiest.subList(0, Math.min(FIRST, lossiest.size())), ""));
    List<Entry> attention = ordered.stream().filter(e -> e.status() != FileStatus.OK).limit(FIRST).toList();
    body.append("<h2>Files to look at first</h2>\n")
        .append(attention.isEmpty() ? "<p class=\"muted\">None: every file is ok.</p>\n" : fileTable("attention", attention, ""))
        .append("<p><a href=\"").append(FOLDER).append("/files-1.html\">All ").append(ordered.size())
        .append(" files</a>, text-loss warnings first, then other warnings and failures.</p>\n");
    return Html.page("rinse report", 0, body.toString());
  }

  private static List<BarChart.Bar> bars(Map<String, Integer> counts, boolean rules) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new BarChart.Bar(e.getKey(), e.getValue(),
            rules ? Html.href(FOLDER + "/" + RulePages.path(e.getKey(), 1)) : null))
        .toList();
  }

  private static String card(String label, int value, String id) {
    return "<div class=\"card\" id=\"" + id + "\"><b>" + String.format("%,d", value) + "</b><span>" + label + "</span></div>";
  }

  private static String fileTable(String id, List<Entry> rows, String prefix) {
    StringBuilder table = new StringBuilder("<table id=\"").append(id).append("\"><tr><th>file</th><th>status</th>"
        + "<th class=\"num\">changes</th><th class=\"num\">text removed</th><th>first warning or error</th></tr>\n");
    for (Entry entry : rows) {
      table.append("<tr><td><a href=\"").append(prefix).append(Html.href(FOLDER + "/" + FilePage.path(entry.source())))
          .append("\">").append(Html.escape(entry.source())).append("</a></td><td class=\"status-")
          .append(entry.status().id()).append("\">").append(entry.status().id()).append("</td><td class=\"num\">")
          .append(entry.changes()).append("</td><td class=\"num\">").append(Html.percent(entry.removedShare()))
          .append("</td><td>").append(Html.escape(RulePages.shorten(entry.warning(), 160))).append("</td></tr>\n");
    }
    return table.append("</table>\n").toString();
  }

  private static String listPage(List<Entry> slice, int page, int pages, int total) {
    StringBuilder body = new StringBuilder("<h1>All files</h1>\n<p>").append(total).append(" files")
        .append(pages > 1 ? ", page " + page + " of " + pages : "").append(".</p>\n");
    if (pages > 1) {
      body.append("<p class=\"pager\">Pages: ");
      for (int p = 1; p <= pages; p++) {
        body.append("<a href=\"files-").append(p).append(".html\">").append(p).append("</a>");
      }
      body.append("</p>\n");
    }
    body.append("<input class=\"filter\" id=\"filter\" placeholder=\"Filter this page by name, status or warning\">\n")
        .append(fileTable("files", slice, "../"))
        .append(Scripts.tag(Scripts.FILTER));
    return Html.page("All files · rinse report", 1, body.toString());
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
