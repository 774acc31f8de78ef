package dev.rinse.filterlists;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The longest run of literal text a regular expression needs in any text it finds something in: a cheap
 * test that rules most texts out before the expression runs (ClearURLs has two hundred providers, each
 * tried on every link). Read from the expression's top level only, outside groups and classes, and none
 * for an expression with a top-level alternative; a character a quantifier makes optional ends a run.
 */
final class RequiredText {
  private static final int SHORTEST = 3;

  private RequiredText() {}

  /** The text, lower-cased, or null when none of at least three characters can be told. */
  static String of(String regex) {
    String longest = "";
    StringBuilder run = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
      if (c == '\\' && i + 1 < regex.length()) {
        i++;
        if (depth == 0 && !Character.isLetterOrDigit(next)) { // an escaped punctuation mark stands for itself
          longest = append(run, next, i + 1 < regex.length() ? regex.charAt(i + 1) : 0, longest);
        } else if (depth == 0) {
          longest = end(run, longest); // \d, \w, \b and the like are no literal
        }
        continue;
      }
      if (c == '[') {
        int close = classEnd(regex, i);
        if (close < 0) {
          return null;
        }
        i = close;
        if (depth == 0) {
          longest = end(run, longest);
        }
        continue;
      }
      if (c == '(') {
        longest = depth == 0 ? end(run, longest) : longest;
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0) {
        if (c == '|') {
          return null;
        }
        if (Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == ':' || c == '_' || c == '=' || c == '&') {
          longest = append(run, c, next, longest);
        } else {
          longest = end(run, longest);
        }
      }
    }
    longest = end(run, longest);
    return longest.length() >= SHORTEST ? longest.toLowerCase(Locale.ROOT) : null;
  }

  /**
   * Whether {@code text} may hold {@code required} (lower case) in any case: false only when it surely does
   * not. A text with characters beyond ASCII may, whatever it holds: a case-blind expression matches the
   * long s with an s and the Kelvin sign with a k.
   */
  static boolean in(String text, String required) {
    String lower = asciiLowerCase(text);
    return lower == null || lower.contains(required);
  }

  /**
   * The texts lowered lately on this thread, by identity: a link rule hands each link's very string to
   * the rewriter, and every provider of a list is given every link of a document in turn.
   */
  private static final ThreadLocal<Map<String, String>> LOWERED = ThreadLocal.withInitial(IdentityHashMap::new);
  private static final int REMEMBERED = 4096;
  /** What the cache holds for a text beyond ASCII. */
  private static final String NOT_ASCII = new String("not ASCII");

  /** The text in lower case; null when it has a character beyond ASCII. */
  private static String asciiLowerCase(String text) {
    Map<String, String> lowered = LOWERED.get();
    String lower = lowered.get(text);
    if (lower == null) {
      if (lowered.size() >= REMEMBERED) {
        lowered.clear();
      }
      lower = NOT_ASCII;
      if (text.chars().allMatch(c -> c <= 0x7f)) {
        lower = text.toLowerCase(Locale.ROOT);
      }
      lowered.put(text, lower);
    }
    return lower == NOT_ASCII ? null : lower;
  }

  /** Adds a literal character to the run, unless a quantifier after it makes it optional or repeatable. */
  private static String append(StringBuilder run, char c, char next, String longest) {
    if (next == '?' || next == '*' || next == '{') {
      return end(run, longest);
    }
    run.append(c);
    return next == '+' ? end(run, longest) : longest;
  }

  private static String end(StringBuilder run, String longest) {
    String ended = run.toString();
    run.setLength(0);
    return ended.length() > longest.length() ? ended : longest;
  }

  /** The index of the ']' that closes the class opened at {@code open}; -1 when none does. */
  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++; // a ']' first in a class is a literal
    }
    for (; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }
}
