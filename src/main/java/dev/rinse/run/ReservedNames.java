package dev.rinse.run;

import dev.rinse.report.ReportWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * The names a run writes beside the cleaned files: its summary, its run cache, the change logs and the
 * report. An input whose relative path is one of them would overwrite the run's own files, or they it,
 * so it is refused: it gets an error in the summary and no output, no log and no report page of its
 * own, and the run goes on. Compared ignoring case, as some file systems do. Stateless.
 */
final class ReservedNames {
  private ReservedNames() {}

  /** Why {@code relative} cannot be written to the output folder, or empty when it can. */
  static Optional<String> conflict(String relative) {
    String name = relative.toLowerCase(Locale.ROOT);
    if (name.startsWith(ReportWriter.FOLDER + "/")) {
      return refused(ReportWriter.FOLDER + "/", "holds the report");
    }
    if (name.equals(ReportWriter.INDEX)) {
      return refused(ReportWriter.INDEX, "is the report");
    }
    if (name.equals(CorpusCleaner.SUMMARY)) {
      return refused(CorpusCleaner.SUMMARY, "is the run's summary");
    }
    if (name.equals(RunCache.FILE)) {
      return refused(RunCache.FILE, "is the run's cache");
    }
    if (name.endsWith(CorpusCleaner.LOG_SUFFIX)) {
      return refused("*" + CorpusCleaner.LOG_SUFFIX, "is a change log's name");
    }
    return Optional.empty();
  }

  private static Optional<String> refused(String reserved, String what) {
    return Optional.of("not cleaned: in the output folder " + reserved + " " + what
        + "; rename the input or clean its folder separately");
  }
}
