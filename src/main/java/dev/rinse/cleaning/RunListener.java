package dev.rinse.cleaning;

import dev.rinse.changelog.FileLog;

/** Hears about a run's progress, one call per input file as its log is written. */
@FunctionalInterface
public interface RunListener {
  RunListener NONE = (log, done, total) -> {};

  void fileDone(FileLog log, int done, int total);
}
