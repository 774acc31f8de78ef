package dev.rinse.report;

import dev.rinse.changelog.FileLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a report in an output folder should hold, for checking one that a run wrote: where each file's
 * page is, what it should read, and whether a page is under the report's policy. Stateless.
 */
public final class ReportCheck {
  private ReportCheck() {}

  /** Whether a report was written to {@code out} (a run may be made without one). */
  public static boolean written(Path out) {
    return Files.isRegularFile(out.resolve(ReportWriter.INDEX)) || Files.isDirectory(out.resolve(ReportWriter.FOLDER));
  }

  /** Where the page of the file logged as {@code source} is. */
  public static Path page(Path out, String source) {
    return out.resolve(ReportWriter.FOLDER).resolve(FilePage.path(source));
  }

  /** The page the report writes for a file. */
  public static String expectedPage(FileLog log, InputText input) {
    return ReportWriter.filePage(log, input);
  }

  /** The files whose pages a run writes, of those logged: the first {@link ReportWriter#FIRST_PAGES} by severity. */
  public static Set<String> paged(Collection<FileLog> logs) {
    return new HashSet<>(Severity.first(logs, ReportWriter.FIRST_PAGES));
  }

  /** The index and every page in the report's folder. */
  public static List<Path> pages(Path out) {
    List<Path> pages = new ArrayList<>();
    if (Files.isRegularFile(out.resolve(ReportWriter.INDEX))) {
      pages.add(out.resolve(ReportWriter.INDEX));
    }
    Path folder = out.resolve(ReportWriter.FOLDER);
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.filter(f -> f.getFileName().toString().endsWith(".html") && Files.isRegularFile(f)).sorted().forEach(pages::add);
      } catch (IOException e) {
        throw new UncheckedIOException(folder + ": cannot list the report's pages: " + e.getMessage(), e);
      }
    }
    return pages;
  }

  /** Whether a file's page is in the folder of file pages (and not a list or rule page). */
  public static boolean isFilePage(Path out, Path page) {
    return page.startsWith(out.resolve(ReportWriter.FOLDER).resolve("files"));
  }

  /** Whether {@code html} opens with the report's policy, before anything that could load. */
  public static boolean guarded(String html) {
    return html.startsWith(Html.HEAD);
  }
}
