package dev.rinse.audit;

import dev.rinse.changelog.FileLog;
import dev.rinse.report.ReportCheck;
import dev.rinse.run.OutputFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the report of an output folder, when the run wrote one: each of the files a run pages has its
 * page; every file page there (also one made later with {@code rinse report --file}) is the one its log
 * and input make; no page is there for a file the run did not log; and every page opens under the
 * report's policy. Stateless.
 */
final class ReportAudit {
  private static final String REBUILD = "run 'rinse report' on the folder to write the report again";

  private ReportAudit() {}

  /**
   * @param unchanged the sources whose input and cleaned file are as their log records; only their pages
   *     can be compared with what they should read
   */
  static List<Verifier.Finding> check(OutputFolder folder, List<FileLog> logs, Set<String> unchanged) {
    Path root = folder.root();
    if (!ReportCheck.written(root)) {
      return List.of();
    }
    List<Verifier.Finding> findings = new ArrayList<>();
    Set<String> paged = ReportCheck.paged(logs);
    Set<Path> expected = new HashSet<>();
    for (FileLog log : logs) {
      Path page = ReportCheck.page(root, log.source());
      expected.add(page);
      if (!Files.isRegularFile(page)) {
        if (paged.contains(log.source())) {
          findings.add(new Verifier.Finding(log.source(), "missing-report-page", "the report has no page for the file; " + REBUILD));
        }
      } else if (unchanged.contains(log.source())) {
        String should = ReportCheck.expectedPage(log, folder.reportInput(log));
        if (!read(page).equals(should)) {
          findings.add(new Verifier.Finding(log.source(), "report-page-changed",
              "the report's page differs from what the log and the input make; " + REBUILD));
        }
      }
    }
    for (Path page : ReportCheck.pages(root)) {
      String name = root.relativize(page).toString().replace(page.getFileSystem().getSeparator(), "/");
      if (ReportCheck.isFilePage(root, page) && !expected.contains(page)) {
        findings.add(new Verifier.Finding(name, "unexpected-report-page", "a file page for no logged file; " + REBUILD));
      } else if (!ReportCheck.guarded(read(page))) {
        findings.add(new Verifier.Finding(name, "report-page-unguarded",
            "the page does not open with the report's Content-Security-Policy; " + REBUILD));
      }
    }
    return findings;
  }

  private static String read(Path page) {
    try {
      return Files.readString(page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(page + ": cannot read: " + e.getMessage(), e);
    }
  }
}
