package dev.rinse.audit;

import dev.rinse.api.Rinse;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.cleaning.Completeness;
import dev.rinse.cleaning.DocumentCleaner;
import dev.rinse.cleaning.DocumentCleaner.Document;
import dev.rinse.cleaning.DocumentCleaner.Source;
import dev.rinse.rules.RuleFileException;
import dev.rinse.run.OutputFolder;
import dev.rinse.run.Rerun;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an output folder against its sources: the recorded hashes match the input and the cleaned
 * file, the change log accounts for all removed text, and the cleaned file is what the run's rules
 * produce today (otherwise the file is stale: the rules or rinse changed since); and, when the run wrote
 * a report, that it has each file's page as the run made it, and that every page is under its policy.
 */
public final class Verifier {
  /** One thing that does not hold, for one file. */
  public record Finding(String source, String kind, String message) {}

  /** The files checked (their change logs' sources, in order), and what did not hold. */
  public record Result(List<String> sources, List<Finding> findings) {
    public Result {
      sources = List.copyOf(sources);
      findings = List.copyOf(findings);
    }

    public int files() {
      return sources.size();
    }
  }

  public Result verify(OutputFolder folder) throws RuleFileException {
    Rinse rinse = Rerun.rinse(folder.summary().run());
    Completeness completeness = new Completeness(rinse.target());
    List<Finding> findings = new ArrayList<>();
    List<FileLog> logs = folder.logs();
    Set<String> unchanged = new HashSet<>();
    for (FileLog log : logs) {
      String name = log.source();
      Optional<byte[]> input = folder.inputBytes(log);
      if (input.isEmpty()) {
        findings.add(new Finding(name, "missing-input", "the input " + log.input() + " is gone; nothing to check against"));
        continue;
      }
      boolean inputKept = log.sha256() == null || FileLog.Hashes.sha256(input.get()).equals(log.sha256().input());
      if (!inputKept || log.sha256() == null && log.status() != FileStatus.ERROR) { // a failed file's log has no hashes
        findings.add(new Finding(name, "input-changed", "the input's bytes differ from those the log records"));
      }
      Optional<String> output = folder.outputText(log);
      if (log.status() == FileStatus.ERROR) {
        if (output.isPresent()) {
          findings.add(new Finding(name, "unexpected-output", "the log says the file failed, but a cleaned file is there"));
        } else if (inputKept) {
          unchanged.add(name);
        }
        continue;
      }
      if (output.isEmpty()) {
        findings.add(new Finding(name, "missing-output", "the cleaned file is missing"));
        continue;
      }
      if (log.sha256() == null || !FileLog.Hashes.sha256(output.get().getBytes(StandardCharsets.UTF_8)).equals(log.sha256().output())) {
        findings.add(new Finding(name, "output-changed", "the cleaned file's bytes differ from those the log records"));
      } else if (inputKept) {
        unchanged.add(name);
      }
      DocumentCleaner.Result again = rinse.clean(new Document(name, log.input() == null ? name : log.input(), Source.of(input.get()), null));
      if (again.source() != null) {
        completeness.check(name, again.source(), output.get(), log)
            .ifPresent(problem -> findings.add(new Finding(name, "incomplete-log", problem)));
      }
      if (!output.get().equals(again.output())) {
        findings.add(new Finding(name, "stale", "the current rules clean the input differently; clean again"));
      }
    }
    findings.addAll(ReportAudit.check(folder, logs, unchanged));
    return new Result(logs.stream().map(FileLog::source).toList(), findings);
  }
}
