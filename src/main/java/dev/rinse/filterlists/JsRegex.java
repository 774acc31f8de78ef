package dev.rinse.filterlists;

import java.util.regex.Pattern;

/**
 * A JavaScript regular expression (as ClearURLs writes them, without the {@code u} flag) compiled with
 * {@link java.util.regex}, case-insensitively as the add-on's {@code "i"} and {@code "gi"} flags ask.
 * java.util.regex is close to JavaScript (lookarounds, backreferences, lazy quantifiers, named groups); what
 * differs is rewritten first:
 *
 * <ul>
 *   <li>{@code $} outside a class is the end of the input ({@code \z}): Java's also matches before a final
 *       line break;
 *   <li>{@code {} that does not start a quantifier is a literal, as JavaScript's legacy syntax allows;
 *   <li>inside a class, {@code [} and {@code &} are literals (Java reads them as nested classes and
 *       intersections), {@code \b} is a backspace;
 *   <li>{@code []} never matches, {@code [^]} matches any character;
 *   <li>{@code \v} is the vertical tab, {@code \0} the NUL character, and an escaped letter with no meaning
 *       in JavaScript ({@code \a}, {@code \e}, {@code \p}, ...) is that letter.
 * </ul>
 *
 * <p>What still does not compile (a lookbehind Java cannot bound, a group name with {@code _}) throws
 * {@link java.util.regex.PatternSyntaxException}; the caller reports it.
 */
final class JsRegex {
  private static final String JS_LETTER_ESCAPES = "dDwWsSbBtnrfcxuk";
  private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d+(?:,\\d*)?}");

  private JsRegex() {}

  static Pattern compile(String js) {
    return Pattern.compile(toJava(js), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static String toJava(String js) {
    StringBuilder out = new StringBuilder(js.length() + 8);
    boolean inClass = false;
    for (int i = 0; i < js.length(); i++) {
      char c = js.charAt(i);
      if (c == '\\' && i + 1 < js.length()) {
        i++;
        escape(js, i, inClass, out);
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
          out.append(c);
        } else if (c == '[' || c == '&') {
          out.append('\\').append(c);
        } else {
          out.append(c);
        }
      } else if (c == '[') {
        if (js.startsWith("[]", i)) {
          out.append("(?!)");
          i++;
        } else if (js.startsWith("[^]", i)) {
          out.append("[\\s\\S]");
          i += 2;
        } else {
          inClass = true;
          out.append(c);
          if (js.startsWith("[^", i)) {
            out.append('^');
            i++;
          }
        }
      } else if (c == '{') {
        var quantifier = QUANTIFIER.matcher(js).region(i, js.length());
        if (quantifier.lookingAt()) {
          out.append(quantifier.group());
          i = quantifier.end() - 1;
        } else {
          out.append("\\{");
        }
      } else if (c == '}') {
        out.append("\\}");
      } else if (c == '$') {
        out.append("\\z");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void escape(String js, int i, boolean inClass, StringBuilder out) {
    char c = js.charAt(i);
    boolean nextIsDigit = i + 1 < js.length() && Character.isDigit(js.charAt(i + 1));
    if (c == 'b' && inClass) {
      out.append("\\x08");
    } else if (c == 'v') {
      out.append("\\x0B");
    } else if (c == '0' && !nextIsDigit) {
      out.append("\\x00");
    } else if (isAsciiLetter(c) && JS_LETTER_ESCAPES.indexOf(c) < 0) {
      out.append(c);
    } else {
      out.append('\\').append(c);
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * A number of character reads that the matches on one URL may make together, so that a pattern that
   * backtracks catastrophically gives up instead of hanging the run. Not thread-safe: one per URL cleaned.
   */
  static final class Budget {
    private long left;

    Budget(long reads) {
      this.left = reads;
    }

    /** {@code text} as the matcher's input; reading past the budget throws {@link Exhausted}. */
    CharSequence over(String text) {
      return new Counted(text);
    }

    private final class Counted implements CharSequence {
      private final String text;

      Counted(String text) {
        this.text = text;
      }

      @Override
      public char charAt(int index) {
        if (--left < 0) {
          throw new Exhausted();
        }
        return text.charAt(index);
      }

      @Override
      public int length() {
        return text.length();
      }

      @Override
      public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
      }

      @Override
      public String toString() {
        return text;
      }
    }
  }

  /** Thrown when a {@link Budget} is spent. */
  static final class Exhausted extends RuntimeException {
    Exhausted() {
      super("regular expression budget spent", null, false, false);
    }
  }
}
