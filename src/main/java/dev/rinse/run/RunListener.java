package dev.rinse.run;

import dev.rinse.changelog.FileLog;
import dev.rinse.corpus.CorpusWalker.IgnoreProblem;
import java.util.function.Consumer;

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

  /** This listener, with the ignore files' problems handed to {@code problems} instead. */
  default RunListener withIgnoreProblems(Consumer<IgnoreProblem> problems) {
    RunListener files = this;
    return new RunListener() {
      @Override
      public void fileDone(FileLog log, String source, int done, int total) {
        files.fileDone(log, source, done, total);
      }

      @Override
      public void ignoreFileProblem(IgnoreProblem problem) {
        problems.accept(problem);
      }
    };
  }
}
