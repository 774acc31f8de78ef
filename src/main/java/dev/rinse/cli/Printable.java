package dev.rinse.cli;

/**
 * Makes a name (or a message naming files) safe to print on a terminal: a file named with an escape
 * sequence must not recolour, move or retitle the terminal. C0 and C1 control characters and DEL become
 * {@code \xHH} (ESC is {@code \x1b}, a newline {@code \x0a}); bidirectional overrides and isolates, which
 * reorder what is shown, become {@code \u202e} and the like. Everything else, non-ASCII letters
 * included, is printed as it is. The change logs keep names exactly. Stateless.
 */
final class Printable {
  private Printable() {}

  static String of(Object text) {
    String s = String.valueOf(text);
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escaped = escape(c);
      if (escaped != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        out.append(escaped != null ? escaped : String.valueOf(c));
      }
    }
    return out == null ? s : out.toString();
  }

  private static String escape(char c) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return String.format("\\x%02x", (int) c);
    }
    if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
      return String.format("\\u%04x", (int) c);
    }
    return null;
  }
}
