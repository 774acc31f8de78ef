package dev.rinse.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The wording of the one-line errors rinse prints, in one place. */
final class Diagnostics {
  private static final Pattern PLACE = Pattern.compile("(\\d+:\\d+): (.*)", Pattern.DOTALL);

  private Diagnostics() {}

  /** {@code path:line:col: error: message}, or {@code path: error: message} when there is no place. */
  static String fileError(String path, String message) {
    Matcher place = PLACE.matcher(message);
    return place.matches() ? path + ":" + place.group(1) + ": error: " + place.group(2)
        : path + ": error: " + message;
  }

  /** An error about the whole run: bad usage or invalid rules. */
  static String usage(String message) {
    return "rinse: error: " + message;
  }
}
