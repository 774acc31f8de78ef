package dev.rinse.filterlists;

import dev.rinse.filterlists.ElementHiding.Upward;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.QueryParser;

/**
 * Translates an element-hiding selector with the lists' procedural pseudo-classes (Adblock Plus
 * {@code :-abp-has}, uBlock Origin {@code :has-text}, AdGuard extended CSS) into a jsoup CSS query.
 *
 * <p>Stateless; {@link #translate} is thread-safe. The table it follows is in {@link AdblockParser}'s javadoc.
 */
final class Procedural {
  /** What a selector became: a jsoup query, a kind of filter rinse leaves out, or a reason it cannot be read. */
  sealed interface Result {}

  record Translated(String selector, Upward upward) implements Result {}

  record Skipped(String kind) implements Result {}

  record Unreadable(String message) implements Result {}

  /** Operators that need layout, styles, live pages or paths, which a static document does not have. */
  private static final Set<String> UNSUPPORTED = Set.of("matches-css", "matches-css-before", "matches-css-after",
      "-abp-properties", "matches-property", "min-text-length", "watch-attr", "watch-attrs", "xpath",
      "matches-path", "matches-media", "matches-attr", "others", "shadow", "spath", "remove-attr",
      "remove-class");
  private static final Pattern REGEX_ARGUMENT = Pattern.compile("/(.*)/([a-z]*)", Pattern.DOTALL);
  private static final Pattern LEVELS = Pattern.compile("\\d+");

  private Procedural() {}

  static Result translate(String selector) {
    try {
      Parts parts = new Parts();
      String query = new Reader(selector, true, parts).read().strip();
      if (query.isEmpty()) {
        throw new Unread("nothing is left to select");
      }
      if (!parts.upward.none() && topLevelComma(query)) {
        throw new Skip("procedural-unsupported"); // which alternative :upward() belongs to is unclear
      }
      check(query);
      return new Translated(query, parts.upward);
    } catch (Skip skip) {
      return new Skipped(skip.kind);
    } catch (Unread unread) {
      return new Unreadable(unread.getMessage());
    }
  }

  /** What the top-level selector says besides the query: the ancestor to remove instead. */
  private static final class Parts {
    Upward upward = Upward.NONE;
  }

  private static void check(String query) throws Unread {
    try {
      QueryParser.parse(query);
    } catch (RuntimeException e) { // SelectorParseException, or IllegalArgumentException from a validation
      throw new Unread(e.getMessage());
    }
  }

  private static boolean topLevelComma(String query) {
    int depth = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** Reads one selector (the whole filter's, or a pseudo-class argument), translating as it goes. */
  private static final class Reader {
    private final String in;
    private final boolean top;
    private final Parts parts;
    private final StringBuilder out = new StringBuilder();
    private int pos;

    Reader(String in, boolean top, Parts parts) {
      this.in = in;
      this.top = top;
      this.parts = parts;
    }

    String read() throws Skip, Unread {
      while (pos < in.length()) {
        char c = in.charAt(pos);
        if (c == '\\') {
          out.append(in, pos, Math.min(pos + 2, in.length()));
          pos += 2;
        } else if (c == '"' || c == '\'') {
          int end = closingQuote(in, pos);
          out.append(in, pos, end + 1);
          pos = end + 1;
        } else if (c == '[') {
          int end = closingBracket(in, pos);
          out.append(in, pos, end + 1);
          pos = end + 1;
        } else if (c == ':' && pos + 1 < in.length() && in.charAt(pos + 1) != ':') {
          pseudoClass();
        } else {
          out.append(c);
          pos++;
        }
      }
      return out.toString();
    }

    private void pseudoClass() throws Skip, Unread {
      int start = pos;
      int nameEnd = pos + 1;
      while (nameEnd < in.length() && (Character.isLetterOrDigit(in.charAt(nameEnd)) || in.charAt(nameEnd) == '-')) {
        nameEnd++;
      }
      String name = in.substring(pos + 1, nameEnd).toLowerCase(Locale.ROOT);
      String argument = null;
      pos = nameEnd;
      if (pos < in.length() && in.charAt(pos) == '(') {
        int close = closingParenthesis(in, pos);
        argument = in.substring(pos + 1, close);
        pos = close + 1;
      }
      switch (name) {
        case "has", "-abp-has", "if" -> out.append(":has(").append(inner(required(name, argument))).append(')');
        case "if-not" -> out.append(":not(:has(").append(inner(required(name, argument))).append("))");
        case "not", "is" -> out.append(':').append(name).append('(').append(inner(required(name, argument))).append(')');
        case "where" -> out.append(":is(").append(inner(required(name, argument))).append(')');
        case "has-text", "-abp-contains", "contains" -> out.append(text(required(name, argument)));
        case "upward", "nth-ancestor" -> upward(name, required(name, argument));
        case "remove" -> {
          if (!top || !restIsBlank() || (argument != null && !argument.isBlank())) {
            throw new Skip("procedural-unsupported");
          }
        }
        case "style" -> throw new Skip("css-injection");
        default -> {
          if (UNSUPPORTED.contains(name)) {
            throw new Skip("procedural-unsupported");
          }
          out.append(in, start, pos); // a CSS pseudo-class; jsoup says later whether it knows it
        }
      }
    }

    private void upward(String name, String argument) throws Skip, Unread {
      String rest = in.substring(pos).strip();
      if (!top || !(rest.isEmpty() || rest.equals(":remove()"))) {
        throw new Skip("procedural-unsupported"); // only a trailing :upward() names what to remove
      }
      String trimmed = argument.strip();
      if (LEVELS.matcher(trimmed).matches()) {
        int levels = trimmed.length() > 3 ? 0 : Integer.parseInt(trimmed);
        if (levels < 1 || levels > 255) {
          throw new Unread(":" + name + "(" + trimmed + ") must count 1 to 255 levels");
        }
        parts.upward = new Upward(levels, null);
      } else if (name.equals("upward")) {
        String ancestor = inner(trimmed).strip();
        if (ancestor.isEmpty()) {
          throw new Unread(":upward() needs a number or a selector");
        }
        check(ancestor);
        parts.upward = new Upward(0, ancestor);
      } else {
        throw new Unread(":nth-ancestor() needs a number");
      }
      pos = in.length();
    }

    private boolean restIsBlank() {
      return in.substring(pos).isBlank();
    }

    private String inner(String argument) throws Skip, Unread {
      return new Reader(argument, false, parts).read();
    }

  }

  private static String required(String name, String argument) throws Unread {
    if (argument == null || argument.isBlank()) {
      throw new Unread(":" + name + "() needs an argument");
    }
    return argument;
  }

  /** {@code :has-text(text)} and its kin: jsoup's {@code :contains(text)}, or {@code :matches(regex)} for {@code /regex/flags}. */
  private static String text(String argument) throws Unread {
    String text = unquote(argument.strip());
    var regex = REGEX_ARGUMENT.matcher(text);
    if (text.length() > 2 && regex.matches()) {
      StringBuilder flags = new StringBuilder();
      for (char flag : regex.group(2).toCharArray()) {
        switch (flag) {
          case 'i', 's', 'm' -> flags.append(flag);
          case 'u', 'g' -> { } // unicode is Java's default for these patterns; global means nothing here
          default -> throw new Unread("the regular expression flag '" + flag + "' is unknown");
        }
      }
      String pattern = (flags.isEmpty() ? "" : "(?" + flags + ")") + regex.group(1);
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new Unread("cannot read the regular expression /" + regex.group(1) + "/: " + e.getDescription());
      }
      return ":matches(" + escapeQuotes(pattern) + ")";
    }
    if (text.isEmpty()) {
      throw new Unread("the text to find is empty");
    }
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == '(' || c == ')' || c == '\'' || c == '"') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return ":contains(" + escaped + ")";
  }

  /** A quote in a regex is the same character escaped; jsoup needs it escaped to find the argument's end. */
  private static String escapeQuotes(String pattern) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(c).append(pattern.charAt(++i));
      } else {
        if (c == '\'' || c == '"') {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** uBlock Origin lets an argument be quoted, escaping its quote and backslash inside. */
  private static String unquote(String argument) throws Unread {
    if (argument.length() < 2) {
      return argument;
    }
    char quote = argument.charAt(0);
    if ((quote != '"' && quote != '\'') || argument.charAt(argument.length() - 1) != quote) {
      return argument;
    }
    if (closingQuote(argument, 0) != argument.length() - 1) {
      return argument;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < argument.length() - 1; i++) {
      char c = argument.charAt(i);
      if (c == '\\' && i + 1 < argument.length() - 1) {
        c = argument.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  private static int closingBracket(String in, int open) throws Unread {
    for (int i = open + 1; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"' || c == '\'') {
        i = closingQuote(in, i);
      } else if (c == ']') {
        return i;
      }
    }
    throw new Unread("an attribute selector '[' is not closed");
  }

  private static int closingQuote(String in, int open) throws Unread {
    char quote = in.charAt(open);
    for (int i = open + 1; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    throw new Unread("a quote " + quote + " is not closed");
  }

  /**
   * The parenthesis closing the one at {@code open}, past escapes, nested parentheses and attribute selectors
   * (whose quoted values may hold any parenthesis). Quotes elsewhere are text: {@code :has-text(It's)}.
   */
  private static int closingParenthesis(String in, int open) throws Unread {
    int depth = 0;
    for (int i = open; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = closingBracket(in, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new Unread("a parenthesis '(' is not closed");
  }

  private static final class Skip extends Exception {
    final String kind;

    Skip(String kind) {
      super(kind, null, false, false);
      this.kind = kind;
    }
  }

  private static final class Unread extends Exception {
    Unread(String message) {
      super(message, null, false, false);
    }
  }
}
