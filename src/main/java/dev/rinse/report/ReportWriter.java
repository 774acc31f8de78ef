package dev.rinse.report;

import dev.rinse.changelog.Change;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.changelog.RunSummary;
import dev.rinse.corpus.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes the audit report of a run: {@code rinse-report.html} (totals, charts, the files to look at
 * first) and, in {@code rinse-report/}, paged file lists, a page per rule with its first places, and
 * a page for each of the {@link #FIRST_PAGES} files to look at first ({@link Severity}). Every other
 * file's links lead to {@code unwritten.html?file=REL}, which says how to make its page:
 * {@code rinse report OUTDIR --file REL}, or {@code rinse serve OUTDIR}, which makes each page when it
 * is asked for. Every page is self-contained (no network) and costs what the file's changes cost, not
 * what its input does, so the report stays a small part of the output. Memory holds a line per file and
 * the pages kept so far. {@link #page} is thread-safe; {@link #record} is synchronized and keeps the
 * order it is called in.
 */
public final class ReportWriter {
  public static final String INDEX = "rinse-report.html";
  public static final String FOLDER = "rinse-report";
  /** The page that stands for a file without a page of its own, below the report folder. */
  public static final String UNWRITTEN = "unwritten.html";
  /** Files whose pages a run writes: the first this many by {@link Severity}. */
  public static final int FIRST_PAGES = 50;
  static final int FILES_PER_PAGE = 500;
  private static final int LOSSIEST = 25;

  /** What the index and file lists need of a file. */
  private record Entry(String source, FileStatus status, int changes, double removedShare, String warning,
      Severity severity) {}

  private final Path out;
  private final Path folder;
  private final RulePages rules;
  private final FirstPages firstPages = new FirstPages(FIRST_PAGES);
  private final List<Entry> entries = new ArrayList<>();

  /** Where the page of the file {@code source} is, relative to the output folder. */
  public static String pagePath(String source) {
    return FOLDER + "/" + FilePage.path(source);
  }

  /**
   * Starts a report in {@code out}, replacing any report an earlier run left there.
   *
   * @param whys each rule's {@code why}, by rule id, for the rule pages
   */
  public ReportWriter(Path out, Map<String, String> whys) throws IOException {
    this.out = out;
    this.folder = out.resolve(FOLDER);
    deleteTree(folder);
    Files.createDirectories(folder);
    this.rules = new RulePages(folder, whys);
  }

  /** Whether the report would now keep this file's page; when not, {@link #page} need not be called. */
  public boolean wants(FileLog log) {
    return firstPages.wants(Severity.of(log));
  }

  /** Makes one file's page if the file is among the first so far. Thread-safe. */
  public void page(FileLog log, InputText input) {
    Severity severity = Severity.of(log);
    if (firstPages.wants(severity)) {
      firstPages.offer(severity, filePage(log, input));
    }
  }

  /** Adds one file to the index, the lists and the rule pages; call in input order for a stable report. */
  public synchronized void record(FileLog log) {
    for (Change change : log.changes()) {
      rules.add(change.rule(), log.source(), change.line(), change.column(), change.action().id(), Removed.of(change));
    }
    String warning = log.error() != null ? log.error() : log.warnings().isEmpty() ? "" : log.warnings().get(0);
    entries.add(new Entry(log.source(), log.status(), log.changes().size(),
        log.text() == null ? 0 : log.text().removedShare(), warning, Severity.of(log)));
  }

  /** Reports one file: its page, and its place in the index. */
  public void file(FileLog log, InputText input) {
    page(log, input);
    record(log);
  }

  /** The page of one file, as the report writes it. */
  public static String filePage(FileLog log, InputText input) {
    StringBuilder page = new StringBuilder(16_384);
    FilePage.write(log, input, page);
    return page.toString();
  }

  /** Writes the page of one file into the report in {@code out}, whichever files the run paged; returns its path. */
  public static Path writeFilePage(Path out, FileLog log, InputText input) throws IOException {
    Path page = out.resolve(FOLDER).resolve(FilePage.path(log.source()));
    Files.createDirectories(page.getParent());
    AtomicFiles.write(page, filePage(log, input));
    return page;
  }

  /** Writes the pages kept, the index, the lists and the rule pages; call once, after the last file. */
  public synchronized void finish(RunSummary.Totals totals) throws IOException {
    Set<String> paged = new HashSet<>();
    for (Map.Entry<String, String> page : firstPages.kept()) {
      Path file = folder.resolve(FilePage.path(page.getKey()));
      Files.createDirectories(file.getParent());
      AtomicFiles.write(file, page.getValue());
      paged.add(page.getKey());
    }
    Function<String, String> link = source -> link(source, paged.contains(source));
    rules.write(link);
    AtomicFiles.write(folder.resolve(UNWRITTEN), unwritten());
    List<Entry> ordered = new ArrayList<>(entries);
    ordered.sort(Comparator.comparing(Entry::severity));
    int pages = Math.max(1, (ordered.size() + FILES_PER_PAGE - 1) / FILES_PER_PAGE);
    for (int page = 1; page <= pages; page++) {
      List<Entry> slice = ordered.subList((page - 1) * FILES_PER_PAGE, Math.min(ordered.size(), page * FILES_PER_PAGE));
      AtomicFiles.write(folder.resolve("files-" + page + ".html"), listPage(slice, page, pages, ordered.size(), link));
    }
    AtomicFiles.write(out.resolve(INDEX), index(totals, ordered, link));
  }

  /** A file's link from the report folder: its page, or the page that says how to make it. */
  private static String link(String source, boolean paged) {
    return paged ? Html.href(FilePage.path(source))
        : Html.escape(UNWRITTEN + "?file=" + URLEncoder.encode(source, StandardCharsets.UTF_8));
  }

  private static String unwritten() {
    String body = "<h1>This file's page was not written</h1>\n"
        + "<p>A run writes the pages of the " + FIRST_PAGES + " files to look at first; the others are made "
        + "when asked for, from the file's change log and its input.</p>\n"
        + "<p id=\"named\" hidden>The file: <code class=\"file\"></code>. Its change log: "
        + "<a id=\"log\" href=\"../" + INDEX + "\">the log</a>; its page, once made: "
        + "<a id=\"page\" href=\"files-1.html\">the page</a>.</p>\n"
        + "<p>To write its page into this report, run</p>\n"
        + "<pre class=\"src\">rinse report OUTDIR --file <span class=\"file\">REL</span></pre>\n"
        + "<p>with the output folder and the file's path as the lists show it, or browse the whole report, "
        + "every file's page made when it is opened, with</p>\n<pre class=\"src\">rinse serve OUTDIR</pre>\n"
        + Scripts.tag(Scripts.UNWRITTEN);
    return Html.page("A page not written · rinse report", 1, body);
  }

  private String index(RunSummary.Totals totals, List<Entry> ordered, Function<String, String> link) {
    StringBuilder body = new StringBuilder("<h1>What rinse removed</h1>\n<div class=\"cards\" id=\"totals\">")
        .append(card("files", totals.files(), "total-files"))
        .append(card("ok", totals.ok(), "total-ok"))
        .append(card("with warnings", totals.warning(), "total-warning"))
        .append(card("failed", totals.error(), "total-error"))
        .append(card("skipped", totals.skipped(), "total-skipped"))
        // only a run that selects files leaves any out: others' reports stay as they were
        .append(totals.leftOut() == 0 ? "" : card("left out by the selection", totals.leftOut(), "total-left-out"))
        .append(card("changes", totals.changes(), "total-changes"))
        .append("</div>\n");
    body.append("<h2>Removals per rule</h2>\n<div id=\"by-rule\">").append(BarChart.svg("changes per rule",
        bars(totals.changesByRule(), true))).append("</div>\n");
    body.append("<h2>Removals per action</h2>\n<div id=\"by-action\">").append(BarChart.svg("changes per action",
        bars(totals.changesByAction(), false))).append("</div>\n");
    body.append("<h2>Files by status</h2>\n<div id=\"by-status\">").append(BarChart.svg("files by status", List.of(
        new BarChart.Bar("ok", totals.ok(), null), new BarChart.Bar("warning", totals.warning(), null),
        new BarChart.Bar("error", totals.error(), null)))).append("</div>\n");

    List<Entry> first = ordered.subList(0, Math.min(FIRST_PAGES, ordered.size()));
    body.append("<h2>Files to look at first</h2>\n<p class=\"muted\">Failures, then text-loss warnings, then other "
        + "warnings and flagged files, then the largest share of text removed. These files have their pages; "
        + "every other file's page is made on demand.</p>\n")
        .append(first.isEmpty() ? "<p class=\"muted\">No files.</p>\n" : fileTable("attention", first, FOLDER + "/", link))
        .append("<p><a href=\"").append(FOLDER).append("/files-1.html\">All ").append(ordered.size())
        .append(" files</a>, in the same order.</p>\n");
    List<Entry> lossiest = new ArrayList<>(entries);
    lossiest.sort(Comparator.comparingDouble(Entry::removedShare).reversed().thenComparing(Entry::source));
    body.append("<h2>Files that lost the largest share of their visible text</h2>\n")
        .append(fileTable("lossiest", lossiest.subList(0, Math.min(LOSSIEST, lossiest.size())), FOLDER + "/", link));
    return Html.page("rinse report", 0, body.toString());
  }

  private static List<BarChart.Bar> bars(Map<String, Integer> counts, boolean rules) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new BarChart.Bar(e.getKey(), e.getValue(),
            rules ? Html.href(FOLDER + "/" + RulePages.path(e.getKey())) : null))
        .toList();
  }

  private static String card(String label, int value, String id) {
    return "<div class=\"card\" id=\"" + id + "\"><b>" + String.format("%,d", value) + "</b><span>" + label + "</span></div>";
  }

  /** @param toFolder the way from the table's page to the report folder */
  private static String fileTable(String id, List<Entry> rows, String toFolder, Function<String, String> link) {
    StringBuilder table = new StringBuilder("<table id=\"").append(id).append("\"><tr><th>file</th><th>status</th>"
        + "<th class=\"num\">changes</th><th class=\"num\">text removed</th><th>first warning or error</th></tr>\n");
    for (Entry entry : rows) {
      table.append("<tr><td><a href=\"").append(toFolder).append(link.apply(entry.source()))
          .append("\">").append(Html.escape(entry.source())).append("</a></td><td class=\"status-")
          .append(entry.status().id()).append("\">").append(entry.status().id()).append("</td><td class=\"num\">")
          .append(entry.changes()).append("</td><td class=\"num\">").append(Html.percent(entry.removedShare()))
          .append("</td><td>").append(Html.escape(RulePages.shorten(entry.warning(), 160))).append("</td></tr>\n");
    }
    return table.append("</table>\n").toString();
  }

  private static String listPage(List<Entry> slice, int page, int pages, int total, Function<String, String> link) {
    StringBuilder body = new StringBuilder("<h1>All files</h1>\n<p>").append(total).append(" files")
        .append(pages > 1 ? ", page " + page + " of " + pages : "")
        .append(", failures first, then text-loss warnings, other warnings and flags, then the largest share of text removed.</p>\n");
    if (pages > 1) {
      body.append("<p class=\"pager\">Pages: ");
      for (int p = 1; p <= pages; p++) {
        body.append("<a href=\"files-").append(p).append(".html\">").append(p).append("</a>");
      }
      body.append("</p>\n");
    }
    body.append("<input class=\"filter\" id=\"filter\" placeholder=\"Filter this page by name, status or warning\">\n")
        .append(fileTable("files", slice, "", link))
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
