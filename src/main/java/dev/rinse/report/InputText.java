package dev.rinse.report;

import java.util.Objects;

/**
 * The input of a file as its report page can show it: its text, or why there is none. A page made
 * after the run reads the input again and says so when it is gone or changed. Immutable.
 *
 * @param text the input's text, null when there is none to show
 * @param problem why the text is missing or not to be trusted, null when it is the input the run read
 */
public record InputText(String text, String problem) {
  /** The problem of a file that failed before its input was read. */
  public static final String UNREAD = "The input could not be read: the changes are shown without the text around them.";

  public InputText {
    if (text == null && problem == null) {
      throw new IllegalArgumentException("an input without text needs the reason");
    }
  }

  /** The text the run read. */
  public static InputText of(String text) {
    return new InputText(Objects.requireNonNull(text, "text"), null);
  }

  /** No text to show, and why. */
  public static InputText missing(String problem) {
    return new InputText(null, Objects.requireNonNull(problem, "problem"));
  }
}
