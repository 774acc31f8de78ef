package dev.rinse.changelog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals over one run, written as {@code rinse-summary.json}. Add each file's log as it is written; the
 * adders are synchronized so that workers may share one summary.
 */
public final class RunSummary {
  private int ok;
  private int warning;
  private int error;
  private int changes;
  private int reused;
  private final List<String> skipped = new ArrayList<>();
  private final List<String> leftOut = new ArrayList<>();
  private final Map<String, Integer> byRule = new TreeMap<>();
  private final Map<String, Integer> byAction = new TreeMap<>();
  private final List<Problem> failures = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private final List<String> staleOutputs = new ArrayList<>();
  private final List<String> prunedOutputs = new ArrayList<>();
  private boolean interrupted;
  private final RunConfig run;

  public RunSummary(RunConfig run) {
    this.run = java.util.Objects.requireNonNull(run, "run");
  }

  /**
   * A file named with the first reason it is listed.
   *
   * @param failure for a failed file, the kind of its failure; null for a warning, and where not known
   */
  public record Problem(String source, String message, Failure failure) implements Serializable {
    public Problem(String source, String message) {
      this(source, message, null);
    }
  }

  /** How a run ended: every input reached, or stopped early (Ctrl-C) with the files done so far. */
  public static final String COMPLETE = "complete";
  public static final String INTERRUPTED = "interrupted";

  /**
   * The summary as written to JSON. A summary written before {@code status}, the output lists and the
   * files left out existed reads as complete, with none.
   *
   * @param skipped the files not of a kind rinse cleans, named in {@code skippedFiles}
   * @param leftOut the files (and folders, as {@code folder/}, not walked) left out of input folders by
   *     the run's include and exclude globs and {@code .rinseignore} files, named in {@code leftOutFiles}
   * @param staleOutputs earlier outputs in the folder whose inputs are not among this run's, left in place
   * @param prunedOutputs earlier outputs whose inputs are gone, removed by this run ({@code --prune})
   */
  @JsonPropertyOrder({"status", "files", "ok", "warning", "error", "skipped", "leftOut", "changes", "changesByRule",
      "changesByAction", "failures", "warnings", "skippedFiles", "leftOutFiles", "staleOutputs", "prunedOutputs", "run"})
  public record Totals(String status, int files, int ok, int warning, int error, int skipped, int leftOut, int changes,
      Map<String, Integer> changesByRule, Map<String, Integer> changesByAction,
      List<Problem> failures, List<Problem> warnings, List<String> skippedFiles, List<String> leftOutFiles,
      List<String> staleOutputs, List<String> prunedOutputs, RunConfig run) implements Serializable {
    public Totals {
      status = status == null ? COMPLETE : status;
      leftOutFiles = leftOutFiles == null ? List.of() : leftOutFiles;
      staleOutputs = staleOutputs == null ? List.of() : staleOutputs;
      prunedOutputs = prunedOutputs == null ? List.of() : prunedOutputs;
    }

    public boolean interrupted() {
      return status.equals(INTERRUPTED);
    }

    /**
     * These totals and another part's of the same run (computed in many places, say), as one: counts
     * added, files listed this part's first. Interrupted when either part was.
     */
    public Totals merge(Totals other) {
      Map<String, Integer> rules = new TreeMap<>(changesByRule);
      other.changesByRule.forEach((rule, count) -> rules.merge(rule, count, Integer::sum));
      Map<String, Integer> actions = new TreeMap<>(changesByAction);
      other.changesByAction.forEach((action, count) -> actions.merge(action, count, Integer::sum));
      return new Totals(interrupted() || other.interrupted() ? INTERRUPTED : COMPLETE, files + other.files,
          ok + other.ok, warning + other.warning, error + other.error, skipped + other.skipped,
          leftOut + other.leftOut, changes + other.changes, rules, actions, joined(failures, other.failures),
          joined(warnings, other.warnings), joined(skippedFiles, other.skippedFiles),
          joined(leftOutFiles, other.leftOutFiles), joined(staleOutputs, other.staleOutputs),
          joined(prunedOutputs, other.prunedOutputs), run);
    }

    /** These totals with each list of files in path order, as a run on one machine lists them. */
    public Totals inPathOrder() {
      Comparator<Problem> bySource = Comparator.comparing(Problem::source);
      return new Totals(status, files, ok, warning, error, skipped, leftOut, changes, changesByRule, changesByAction,
          sorted(failures, bySource), sorted(warnings, bySource), sorted(skippedFiles, Comparator.naturalOrder()),
          sorted(leftOutFiles, Comparator.naturalOrder()), sorted(staleOutputs, Comparator.naturalOrder()),
          sorted(prunedOutputs, Comparator.naturalOrder()), run);
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
      return list.stream().sorted(order).toList();
    }

    private static <T> List<T> joined(List<T> first, List<T> second) {
      List<T> all = new ArrayList<>(first);
      all.addAll(second);
      return List.copyOf(all);
    }
  }

  public synchronized void add(FileLog log) {
    Map<String, Integer> rules = new TreeMap<>();
    Map<String, Integer> actions = new TreeMap<>();
    for (Change change : log.changes()) {
      rules.merge(change.rule(), 1, Integer::sum);
      actions.merge(change.action().id(), 1, Integer::sum);
    }
    add(log.source(), log.status(), rules, actions, log.warnings().isEmpty() ? null : log.warnings().get(0), log.error(),
        log.failure());
  }

  /** Adds a file known by its counts, as a run that reuses an earlier run's outputs knows it. */
  public synchronized void add(String source, FileStatus status, Map<String, Integer> changesByRule,
      Map<String, Integer> changesByAction, String firstWarning, String error, Failure failure) {
    switch (status) {
      case OK -> ok++;
      case WARNING -> {
        warning++;
        warnings.add(new Problem(source, firstWarning));
      }
      case ERROR -> {
        this.error++;
        failures.add(new Problem(source, error, failure));
      }
    }
    changesByRule.forEach((rule, count) -> {
      changes += count;
      byRule.merge(rule, count, Integer::sum);
    });
    changesByAction.forEach((action, count) -> byAction.merge(action, count, Integer::sum));
  }

  /** Counts a file whose outputs an earlier run wrote, unchanged since; not part of the written totals. */
  public synchronized void reused() {
    reused++;
  }

  /** How many files this run took over from an earlier one instead of cleaning them. */
  public synchronized int reusedFiles() {
    return reused;
  }

  /** Records that the run stopped before every input was reached. */
  public synchronized void interrupted() {
    interrupted = true;
  }

  /** Records an earlier output whose input is not among this run's, and whether it was removed. */
  public synchronized void staleOutput(String source, boolean pruned) {
    (pruned ? prunedOutputs : staleOutputs).add(source);
  }

  /** Counts a file that is not of a kind rinse cleans. */
  public synchronized void skip(String source) {
    skipped.add(source);
  }

  /** Counts a file, or a folder as {@code folder/}, that the run's selection left out of an input folder. */
  public synchronized void leaveOut(String source) {
    leftOut.add(source);
  }

  public synchronized Totals totals() {
    return new Totals(interrupted ? INTERRUPTED : COMPLETE, ok + warning + error, ok, warning, error, skipped.size(),
        leftOut.size(), changes, new TreeMap<>(byRule), new TreeMap<>(byAction), List.copyOf(failures),
        List.copyOf(warnings), List.copyOf(skipped), List.copyOf(leftOut), List.copyOf(staleOutputs),
        List.copyOf(prunedOutputs), run);
  }
}
