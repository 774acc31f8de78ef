package dev.rinse.changelog;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The whole text changes removed, for a change log that inlines only its start: the rest is read from
 * the input file the log names, once its SHA-256 is checked against the log's. When the input is gone
 * or changed, the start is all there is, and {@link #problem} says why. Not thread-safe.
 */
public final class RemovedText {
  private final FileLog log;
  private byte[] input;
  private String problem;

  public RemovedText(FileLog log) {
    this.log = log;
  }

  /** The text a change removed: whole when the log or the input holds it, else its start and "…". */
  public String of(Change change) {
    Cited removed = change.removed();
    if (removed.whole()) {
      return removed.text();
    }
    if (readInput()) {
      ByteRange range = removed.bytes();
      if (range.end() <= input.length) {
        return new String(input, (int) range.start(), range.length(), charset());
      }
      problem = log.input() + ": shorter than the bytes its change log cites";
    }
    return removed.text() + "…";
  }

  /** Why some removed text could not be read whole; empty while all could. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  private boolean readInput() {
    if (input != null) {
      return true;
    }
    if (problem != null) {
      return false;
    }
    LoggedInput read = LoggedInput.read(log);
    switch (read.state()) {
      case SAME -> input = read.bytes();
      case NOT_LOGGED -> problem = log.source() + ": the change log names no input to read removed text from";
      case GONE -> problem = log.input() + ": gone since the run; removed text is shown shortened";
      case CHANGED -> problem = log.input()
          + ": changed since the run (its SHA-256 differs from the change log's); removed text is shown shortened";
      case UNREADABLE -> problem = log.input() + ": cannot read (" + read.error() + "); removed text is shown shortened";
    }
    return input != null;
  }

  private Charset charset() {
    return log.encoding() == null ? StandardCharsets.UTF_8 : Charset.forName(log.encoding());
  }
}
