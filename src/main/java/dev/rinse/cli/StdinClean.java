package dev.rinse.cli;

import dev.rinse.api.Rinse;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.cleaning.DocumentCleaner;
import dev.rinse.cleaning.DocumentCleaner.Document;
import dev.rinse.cleaning.DocumentCleaner.Removals;
import dev.rinse.cleaning.DocumentCleaner.Source;
import dev.rinse.corpus.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code rinse clean -}: one document read from standard input, cleaned to standard output, its change log
 * to {@code --log FILE}. The log keeps each removed text whole, as there is no input file to point back into.
 */
final class StdinClean {
  /** How the log names where the document was read from. */
  static final String ORIGIN = "-";

  private final Rinse rinse;
  private final PrintWriter err;
  private final boolean quiet;

  StdinClean(Rinse rinse, PrintWriter err, boolean quiet) {
    this.rinse = rinse;
    this.err = err;
    this.quiet = quiet;
  }

  /**
   * Cleans standard input.
   *
   * @param name the document's path as {@code --stdin-filepath} gives it, or null to tell its kind from its start
   * @param log where to write the change log, or null for none
   * @param check write no document: only say whether cleaning would change it
   * @return the exit status
   */
  int run(StandardStreams streams, String name, Path log, boolean check, CleanCommand.FailOn failOn,
      PrintWriter stdout) throws IOException {
    // one byte over the limit is enough to refuse it; its size is not known before it is read
    byte[] bytes = streams.in().readNBytes((int) Math.min(rinse.maxSize(), Integer.MAX_VALUE - 9) + 1);
    String relative = name != null ? name : nameFor(bytes);
    DocumentCleaner.Result result = rinse.clean(new Document(relative, ORIGIN, Source.of(-1, () -> bytes), null),
        Removals.WHOLE);
    FileLog fileLog = result.log();
    if (log != null) {
      AtomicFiles.write(log, out -> ChangeLogJson.write(fileLog, out));
    }
    String shown = name != null ? name : "<stdin>";
    if (fileLog.error() != null) {
      err.println(Diagnostics.fileError(shown, fileLog.error(), fileLog.failure()));
      return Main.SOME_FAILED;
    }
    if (!quiet) {
      fileLog.warnings().forEach(w -> err.println(Printable.of(shown) + ": warning: " + Printable.of(w)));
    }
    boolean changed = !fileLog.sha256().input().equals(fileLog.sha256().output());
    if (check) {
      if (changed) {
        stdout.println("would change: " + Printable.of(shown));
      }
      stdout.flush();
      return changed ? Main.SOME_FAILED : Main.OK;
    }
    stdout.flush(); // nothing of rinse's own may go between the document's bytes
    streams.out().write(result.outputBytes());
    streams.out().flush();
    return failOn == CleanCommand.FailOn.warning && fileLog.status() == FileStatus.WARNING ? Main.SOME_FAILED : Main.OK;
  }

  /**
   * The name a document read without {@code --stdin-filepath} is cleaned under: one that starts with
   * markup (after a byte-order mark and white space) is a page, anything else a post.
   */
  static String nameFor(byte[] bytes) {
    int at = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\r' || bytes[at] == '\n')) {
      at++;
    }
    return at < bytes.length && bytes[at] == '<' ? "stdin.html" : "stdin.md";
  }
}
