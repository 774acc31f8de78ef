package dev.rinse.cleaning;

import dev.rinse.changelog.FileLog;

/** Hears about a run's progress, one call per input file, in input order. */
@FunctionalInterface
public interface RunListener {
  RunListener NONE = (log, source, done, total) -> {};

  /**
   * @param log the file's log; null for a file an earlier run cleaned the same way, whose log was not read
   */
  void fileDone(FileLog log, String source, int done, int total);
}
