package dev.rinse.cli;

import dev.rinse.changelog.RunSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Prints a run's totals on one screen: files by status, changes by rule, warnings, failures. Names are
 * printed through {@link Printable}.
 */
final class SummaryPrinter {
  private static final int MOST = 12;
  private final PrintWriter out;

  SummaryPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(RunSummary.Totals totals, Path folder) {
    out.printf("%,d files: %,d ok, %,d with warnings, %,d failed; %,d skipped (not posts or pages)%s%n",
        totals.files(), totals.ok(), totals.warning(), totals.error(), totals.skipped(), totals.leftOut() == 0 ? ""
            : String.format("; %,d left out by --include/--exclude/.rinseignore", totals.leftOut()));
    out.printf("%,d changes%n", totals.changes());
    List<Map.Entry<String, Integer>> rules = totals.changesByRule().entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .toList();
    for (Map.Entry<String, Integer> rule : rules.subList(0, Math.min(MOST, rules.size()))) {
      out.printf("  %-32s %,8d%n", rule.getKey(), rule.getValue());
    }
    if (rules.size() > MOST) {
      out.printf("  (%d more rules in rinse-summary.json)%n", rules.size() - MOST);
    }
    list("warnings", totals.warnings());
    list("failed", totals.failures());
    out.println("written to " + Printable.of(folder)
        + " (summary: " + Printable.of(folder.resolve("rinse-summary.json")) + ")");
  }

  private void list(String heading, List<RunSummary.Problem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    out.println(heading + ":");
    for (RunSummary.Problem problem : problems.subList(0, Math.min(MOST, problems.size()))) {
      out.println("  " + Printable.of(problem.source()) + ": " + Printable.of(problem.message()));
    }
    if (problems.size() > MOST) {
      out.printf("  (%d more in rinse-summary.json)%n", problems.size() - MOST);
    }
  }
}
