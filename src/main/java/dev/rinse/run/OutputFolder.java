package dev.rinse.run;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.LoggedInput;
import dev.rinse.changelog.RunSummary;
import dev.rinse.corpus.Decoder;
import dev.rinse.corpus.FileBytes;
import dev.rinse.report.InputText;
import dev.rinse.report.ReportWriter;
import dev.rinse.rules.RuleFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder a clean run wrote: its summary, its change logs, the cleaned files and, through the paths
 * the logs record, the inputs. What verify, restore and the report rebuild read. Immutable.
 */
public final class OutputFolder {
  private final Path root;
  private final RunSummary.Totals summary;

  private OutputFolder(Path root, RunSummary.Totals summary) {
    this.root = root;
    this.summary = summary;
  }

  /** Opens a folder; it must hold a run's {@code rinse-summary.json}. */
  public static OutputFolder open(Path folder) {
    Path root = folder.toAbsolutePath().normalize();
    Path summary = root.resolve(CorpusCleaner.SUMMARY);
    if (!Files.isRegularFile(summary)) {
      throw new IllegalArgumentException(folder + ": not a rinse output folder (no " + CorpusCleaner.SUMMARY + ")");
    }
    RunSummary.Totals totals = ChangeLogJson.readSummary(summary);
    if (totals.run() == null) {
      throw new IllegalArgumentException(summary + ": records no run configuration; clean again with this version");
    }
    return new OutputFolder(root, totals);
  }

  public Path root() {
    return root;
  }

  public RunSummary.Totals summary() {
    return summary;
  }

  /** Every change log in the folder, in path order (the report's own folder aside). */
  public List<FileLog> logs() {
    Path report = root.resolve(ReportWriter.FOLDER);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> !f.startsWith(report))
          .filter(f -> f.getFileName().toString().endsWith(CorpusCleaner.LOG_SUFFIX) && Files.isRegularFile(f))
          .sorted()
          .map(ChangeLogJson::readLog)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(root + ": cannot list change logs: " + e.getMessage(), e);
    }
  }

  /** The cleaned file of a log, if it was written. */
  public Optional<Path> output(FileLog log) {
    Path output = CorpusCleaner.outputOf(root, log.source());
    return Files.isRegularFile(output) ? Optional.of(output) : Optional.empty();
  }

  /** The input's bytes, if the file the log names is still there. */
  public Optional<byte[]> inputBytes(FileLog log) {
    if (log.input() == null || !Files.isRegularFile(Path.of(log.input()))) {
      return Optional.empty();
    }
    try {
      return Optional.of(FileBytes.read(Path.of(log.input())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The input's text, decoded as the run decoded it. */
  public Optional<String> inputText(FileLog log) {
    return inputBytes(log).map(bytes -> new Decoder().decode(bytes).text());
  }

  /**
   * The input as a report page shows it: the text the run read, or why it cannot be shown. The file is
   * read again, so it is checked against the SHA-256 its log recorded: a page never marks places in an
   * input other than the one the changes were made to.
   */
  public InputText reportInput(FileLog log) {
    LoggedInput input = LoggedInput.read(log);
    return switch (input.state()) {
      case SAME -> InputText.of(new Decoder().decode(input.bytes()).text());
      case NOT_LOGGED -> InputText.missing(InputText.UNREAD);
      case GONE, UNREADABLE -> InputText.missing("The input " + log.input()
          + " is gone: the changes are shown without the text around them.");
      case CHANGED -> InputText.missing("The input " + log.input() + " changed since the run (its SHA-256 is not the one "
          + "its change log records): the changes are shown without the text around them.");
    };
  }

  /** The log of the file logged as {@code source}, empty when the folder holds none. */
  public Optional<FileLog> log(String source) {
    Path log = CorpusCleaner.logOf(root, source).normalize();
    if (!log.startsWith(root) || log.startsWith(root.resolve(ReportWriter.FOLDER)) || !Files.isRegularFile(log)) {
      return Optional.empty();
    }
    FileLog read = ChangeLogJson.readLog(log);
    return read.source().equals(source) ? Optional.of(read) : Optional.empty();
  }

  /** The report page of the file logged as {@code source}, made now; empty when the folder holds no such log. */
  public Optional<String> filePage(String source) {
    return log(source).map(log -> ReportWriter.filePage(log, reportInput(log)));
  }

  public Optional<String> outputText(FileLog log) {
    return output(log).map(path -> {
      try {
        return Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
      }
    });
  }

  /** Writes the report again from the logs and the inputs. */
  public void rebuildReport() throws IOException {
    ReportWriter report = new ReportWriter(root, whys());
    RunSummary totals = new RunSummary(summary.run());
    summary.skippedFiles().forEach(totals::skip);
    for (FileLog log : logs()) {
      if (report.wants(log)) {
        report.page(log, reportInput(log));
      }
      report.record(log);
      totals.add(log);
    }
    report.finish(totals.totals());
  }

  /** Each rule's why as the run's rules give it; none when its rule packs cannot be read any more. */
  private Map<String, String> whys() {
    try {
      return CorpusCleaner.whys(Rerun.profile(summary.run()));
    } catch (RuleFileException | RuntimeException e) {
      return Map.of(); // the built-in steps still have theirs
    }
  }
}
