package dev.rinse.cli;

import dev.rinse.changelog.Failure;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of the one-line errors rinse prints, in one place. Names and messages are printed through
 * {@link Printable}, so an error stays one line and a file name cannot drive the terminal.
 */
final class Diagnostics {
  private static final Pattern PLACE = Pattern.compile("(\\d+:\\d+): (.*)", Pattern.DOTALL);

  private Diagnostics() {}

  /**
   * {@code path:line:col: error: message}, or {@code path: error: message} when there is no place, with what
   * on the command line sets the limit the failure went over.
   */
  static String fileError(String path, String message, Failure failure) {
    message = message + advice(failure);
    Matcher place = PLACE.matcher(message);
    String name = Printable.of(path);
    return place.matches() ? name + ":" + place.group(1) + ": error: " + Printable.of(place.group(2))
        : name + ": error: " + Printable.of(message);
  }

  /** {@code path:line: warning: message}, or {@code path: warning: message} for line 0 (no line). */
  static String fileWarning(String path, int line, String message) {
    return Printable.of(path) + (line > 0 ? ":" + line : "") + ": warning: " + Printable.of(message);
  }

  /**
   * What the command line offers for a kind of failure, which the library's message does not name: the option
   * that sets the limit it went over ({@code too large: ...; not read (--max-file-size)}); empty for others.
   */
  static String advice(Failure failure) {
    if (failure == null) {
      return "";
    }
    return switch (failure) {
      case TOO_LARGE -> " (--max-file-size)";
      case TIMED_OUT -> " (--file-timeout)";
      case OUT_OF_MEMORY -> " (with bin/rinse: RINSE_HEAP=1g)";
      default -> "";
    };
  }

  /**
   * An I/O failure as one line: the path and what went wrong as the file system says it
   * ({@code /proc/x: no such file or directory}), never a stack trace.
   */
  static String describe(IOException e) {
    String kind;
    if (e instanceof NoSuchFileException) {
      kind = "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      kind = "permission denied";
    } else if (e instanceof NotDirectoryException) {
      kind = "not a folder";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      kind = fs.getReason();
    } else {
      kind = e.getClass().getSimpleName().replace("Exception", "");
    }
    String path = e instanceof FileSystemException fs ? fs.getFile() : e.getMessage();
    return (path == null ? "" : path + ": ") + kind;
  }

  /** An error about the whole run: bad usage or invalid rules. */
  static String usage(String message) {
    return "rinse: error: " + Printable.of(message);
  }
}
