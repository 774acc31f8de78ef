package dev.rinse.cli;

import dev.rinse.changelog.RunSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Tells on stderr which earlier outputs in the folder belong to no input of the run, and what became of them. */
final class StaleReport {
  private static final int MOST = 10;
  private final PrintWriter err;

  StaleReport(PrintWriter err) {
    this.err = err;
  }

  void print(RunSummary.Totals totals, Path folder, boolean dryRun) {
    List<String> stale = totals.staleOutputs();
    if (!stale.isEmpty()) {
      err.println("rinse: warning: " + Printable.of(folder) + " holds the outputs of " + count(stale) + " that this run does not "
          + "have (deleted, renamed, left out by --include/--exclude/.rinseignore, or of another corpus)"
          + (dryRun ? "" : "; --prune removes them") + ":");
      list(stale);
    }
    List<String> pruned = totals.prunedOutputs();
    if (!pruned.isEmpty()) {
      err.println("rinse: removed the outputs (cleaned file, change log, report page) of " + count(pruned)
          + " that this run does not have:");
      list(pruned);
    }
  }

  private static String count(List<String> sources) {
    return String.format("%,d %s", sources.size(), sources.size() == 1 ? "input" : "inputs");
  }

  private void list(List<String> sources) {
    for (String source : sources.subList(0, Math.min(MOST, sources.size()))) {
      err.println("  " + Printable.of(source));
    }
    if (sources.size() > MOST) {
      err.printf("  (%,d more in rinse-summary.json)%n", sources.size() - MOST);
    }
  }
}
