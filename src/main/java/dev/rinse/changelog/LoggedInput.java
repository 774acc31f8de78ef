package dev.rinse.changelog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The input a change log names, read again and checked against the SHA-256 the log recorded for it, so
 * that what a reader shows from it is what the run read. Immutable.
 *
 * @param bytes the input's bytes, null unless {@code state} is {@link State#SAME}
 * @param state what reading it found
 * @param error why it could not be read, when {@code state} is {@link State#UNREADABLE}
 */
public record LoggedInput(byte[] bytes, State state, String error) {
  /** What reading a logged input found. */
  public enum State {
    /** The bytes the run read. */
    SAME,
    /** The log names no input or no hash of it (a file that failed before it was read, a log made in memory). */
    NOT_LOGGED,
    /** No file at the logged path. */
    GONE,
    /** A file whose SHA-256 is not the logged one. */
    CHANGED,
    UNREADABLE
  }

  public static LoggedInput read(FileLog log) {
    if (log.input() == null || log.sha256() == null || log.sha256().input() == null) {
      return new LoggedInput(null, State.NOT_LOGGED, null);
    }
    Path input = Path.of(log.input());
    if (!Files.isRegularFile(input)) {
      return new LoggedInput(null, State.GONE, null);
    }
    try {
      byte[] bytes = Files.readAllBytes(input);
      return FileLog.Hashes.sha256(bytes).equals(log.sha256().input())
          ? new LoggedInput(bytes, State.SAME, null) : new LoggedInput(null, State.CHANGED, null);
    } catch (NoSuchFileException e) {
      return new LoggedInput(null, State.GONE, null);
    } catch (IOException e) {
      return new LoggedInput(null, State.UNREADABLE, e.getMessage());
    }
  }
}
