package dev.rinse.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of the one-line errors rinse prints, in one place. Names and messages are printed through
 * {@link Printable}, so an error stays one line and a file name cannot drive the terminal.
 */
final class Diagnostics {
  private static final Pattern PLACE = Pattern.compile("(\\d+:\\d+): (.*)", Pattern.DOTALL);

  private Diagnostics() {}

  /** {@code path:line:col: error: message}, or {@code path: error: message} when there is no place. */
  static String fileError(String path, String message) {
    Matcher place = PLACE.matcher(message);
    String name = Printable.of(path);
    return place.matches() ? name + ":" + place.group(1) + ": error: " + Printable.of(place.group(2))
        : name + ": error: " + Printable.of(message);
  }

  /** An error about the whole run: bad usage or invalid rules. */
  static String usage(String message) {
    return "rinse: error: " + Printable.of(message);
  }
}
