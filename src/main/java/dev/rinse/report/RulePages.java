package dev.rinse.report;

import dev.rinse.corpus.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A page per rule: why it exists, how often and in how many files it fired, and its first
 * {@link #PLACES} places with the start of what went. Bounded whatever the corpus: the change logs
 * hold every place. Not thread-safe; {@link ReportWriter} serializes calls.
 */
final class RulePages {
  static final int PLACES = 50;
  static final int SAMPLE = 120;

  /** One place a rule fired. */
  private record Place(String source, int line, int column, String action, String removed) {}

  /** What a page needs of one rule. */
  private static final class Fired {
    long places;
    long files;
    String lastSource;
    final List<Place> first = new ArrayList<>();
  }

  private final Path folder;
  private final Map<String, String> whys;
  private final Map<String, Fired> fired = new TreeMap<>();

  /** @param whys each rule's {@code why}, by id; the built-in steps need none */
  RulePages(Path reportFolder, Map<String, String> whys) {
    this.folder = reportFolder;
    this.whys = Map.copyOf(whys);
  }

  /** The page of a rule, below the report folder. */
  static String path(String rule) {
    return "rules/" + rule + ".html";
  }

  static String shorten(String text, int max) {
    boolean cut = text.length() > max;
    // cut before replacing: a removed script or block can be long, and only its start is shown
    String shown = cut ? text.substring(0, Html.cut(text, max - 1)) : text;
    String line = shown.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    return cut ? line + "…" : line;
  }

  /** Why a rule exists, from its rule file or the built-in steps' own account; null when unknown. */
  String why(String rule) {
    String why = whys.get(rule);
    return why != null ? why : BuiltInRules.why(rule);
  }

  void add(String rule, String source, int line, int column, String action, Removed removed) {
    Fired f = fired.computeIfAbsent(rule, r -> new Fired());
    f.places++;
    if (!source.equals(f.lastSource)) {
      f.files++;
      f.lastSource = source;
    }
    if (f.first.size() < PLACES) {
      String sample = shorten(removed.start(), SAMPLE);
      f.first.add(new Place(source, line, column, action, removed.cut() && !sample.endsWith("…") ? sample + "…" : sample));
    }
  }

  /** Writes a page per rule that fired; {@code fileLink} gives a file's link from the report folder. */
  void write(Function<String, String> fileLink) throws IOException {
    for (Map.Entry<String, Fired> entry : fired.entrySet()) {
      AtomicFiles.write(folder.resolve(path(entry.getKey())), page(entry.getKey(), entry.getValue(), fileLink));
    }
  }

  private String page(String rule, Fired f, Function<String, String> fileLink) {
    StringBuilder body = new StringBuilder("<h1>").append(Html.escape(rule)).append("</h1>\n");
    String why = why(rule);
    body.append("<p id=\"why\">").append(why == null ? "<span class=\"muted\">No description.</span>" : Html.escape(why))
        .append("</p>\n<p>").append(String.format("%,d", f.places)).append(" places in ")
        .append(String.format("%,d", f.files)).append(f.files == 1 ? " file" : " files").append(" in this run");
    if (f.places > f.first.size()) {
      body.append("; the first ").append(f.first.size()).append(" below, every one in the files' change logs");
    }
    body.append(".</p>\n<table id=\"places\"><tr><th>file</th><th>at</th><th>action</th><th>removed</th></tr>\n");
    for (Place place : f.first) {
      body.append("<tr><td><a href=\"../").append(fileLink.apply(place.source())).append("\">")
          .append(Html.escape(place.source())).append("</a></td><td>").append(place.line()).append(':')
          .append(place.column()).append("</td><td>").append(Html.escape(place.action())).append("</td><td><code>")
          .append(Html.escape(place.removed())).append("</code></td></tr>\n");
    }
    body.append("</table>\n");
    return Html.page(rule + " · rinse report", 2, body.toString());
  }
}
