package dev.rinse.cleaning;

import dev.rinse.changelog.FileLog;
import dev.rinse.corpus.CorpusWalker.IgnoreProblem;

/**
 * Hears about a run's progress, one call per input file, in input order; and before any, about each
 * line of a {@code .rinseignore} file that was left aside.
 */
@FunctionalInterface
public interface RunListener {
  RunListener NONE = (log, source, done, total) -> {};

  /**
   * @param log the file's log; null for a file an earlier run cleaned the same way, whose log was not read
   */
  void fileDone(FileLog log, String source, int done, int total);

  /** A line of an ignore file that could not be read, and is left aside; the run goes on without it. */
  default void ignoreFileProblem(IgnoreProblem problem) {}
}
