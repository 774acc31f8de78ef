package dev.rinse.cli;

import dev.rinse.changelog.FileLog;
import dev.rinse.corpus.CorpusWalker.IgnoreProblem;
import dev.rinse.run.RunListener;
import java.io.PrintWriter;

/**
 * A progress line rewritten in place on a terminal; silent when output is not a terminal. Warnings about
 * {@code .rinseignore} lines are printed unless told to be quiet.
 */
final class Progress implements RunListener {
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final boolean warnings;
  private long lastShown;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled) {
    this(err, enabled, true);
  }

  Progress(PrintWriter err, boolean enabled, boolean warnings) {
    this.err = err;
    this.enabled = enabled;
    this.warnings = warnings;
  }

  @Override
  public void ignoreFileProblem(IgnoreProblem problem) {
    if (warnings) {
      err.println(Diagnostics.fileWarning(problem.file().toString(), problem.line(), problem.message()));
    }
  }

  @Override
  public void fileDone(FileLog log, String source, int done, int total) {
    long now = System.nanoTime();
    if (!enabled || (now - lastShown < INTERVAL_NANOS && done < total)) {
      return;
    }
    lastShown = now;
    String printable = Printable.of(source);
    String name = printable.length() > 50 ? "…" + printable.substring(printable.length() - 49) : printable;
    err.print("\r\033[K" + done + "/" + total + " " + name);
    err.flush();
    shown = true;
  }

  void finish() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
