package dev.rinse.audit;

import dev.rinse.api.Rinse;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.RunConfig;
import dev.rinse.changelog.RunSummary;
import dev.rinse.rules.RuleFileException;
import dev.rinse.run.CorpusCleaner;
import dev.rinse.run.OutputFolder;
import dev.rinse.run.Rerun;
import dev.rinse.run.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes one rule's changes back in an output folder. The run is repeated from the very bytes it read
 * (their hashes are checked against the logs first) with that rule switched off, so the result equals
 * cleaning with the rule off, and the logs, summary and report are rewritten to match; the rule stays
 * off for later restores and verification.
 */
public final class Restorer {
  /** What a restore did: how many of the rule's changes it took back, in how many files. */
  public record Result(int changes, int files, RunSummary summary) {}

  public Result restore(OutputFolder folder, String rule) throws IOException, RuleFileException {
    RunConfig config = folder.summary().run();
    if (config.disabledRules().contains(rule)) {
      throw new IllegalArgumentException("rule " + rule + " is already off in " + folder.root());
    }
    RunConfig without = Rerun.without(config, rule);
    Rinse rinse = Rerun.rinse(without); // also rejects an unknown rule id
    int changes = 0;
    int files = 0;
    List<String> changed = new ArrayList<>();
    for (FileLog log : folder.logs()) {
      long mine = log.changes().stream().filter(c -> c.rule().equals(rule)).count();
      changes += (int) mine;
      files += mine > 0 ? 1 : 0;
      Optional<byte[]> input = folder.inputBytes(log);
      if (input.isEmpty() || log.sha256() == null || !FileLog.Hashes.sha256(input.get()).equals(log.sha256().input())) {
        changed.add(log.source());
      }
    }
    if (!changed.isEmpty()) {
      throw new IllegalStateException("cannot restore exactly: " + changed.size()
          + " input(s) changed or went since the run, e.g. " + changed.get(0));
    }
    for (String input : config.inputs()) { // a Spark job's, say, read from another file system
      if (!Files.exists(Path.of(input))) {
        throw new IllegalStateException("cannot restore: the run's input " + input + " is not here");
      }
    }
    List<Path> inputs = config.inputs().stream().map(Path::of).toList();
    RunSummary summary = new CorpusCleaner(rinse, Runtime.getRuntime().availableProcessors()).run(inputs, folder.root(), without, false, RunListener.NONE);
    return new Result(changes, files, summary);
  }
}
