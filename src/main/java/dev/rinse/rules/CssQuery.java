package dev.rinse.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What can be told about a jsoup CSS query from its text alone, so that rules need not walk a whole
 * document to find out that nothing there can match. Every answer errs on the safe side: when a query
 * is not understood, it says nothing ({@code empty} or {@code null}), and the rule walks the document.
 */
public final class CssQuery {
  /** An element name not followed by more name characters, an escape or a namespace bar. */
  private static final Pattern TAG = Pattern.compile("[A-Za-z][A-Za-z0-9-]*(?![A-Za-z0-9_|\\\\-])");
  /** An attribute name directly followed by the end of the brackets or an operator. */
  private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*(?=[\\]=~^$*|!])");

  /**
   * The names the elements a query selects must carry: for each alternative, the element name or
   * the attribute (class for {@code .x}, id for {@code #x}) its last compound starts with; and, when
   * every alternative's last compound names a class or an id, one of those for each ({@code keys}, as
   * {@link #keys} writes them), which far fewer elements carry than a name.
   */
  public record Subjects(Set<String> tags, Set<String> attributes, Set<String> keys) {
    public Subjects {
      tags = Set.copyOf(tags);
      attributes = Set.copyOf(attributes);
      keys = keys == null ? null : Set.copyOf(keys);
    }

    public Subjects(Set<String> tags, Set<String> attributes) {
      this(tags, attributes, null);
    }
  }

  private CssQuery() {}

  /** The leading element name of each comma-separated alternative; empty if one has none. */
  static Set<String> leadingTags(String query) {
    List<String> alternatives = alternatives(query);
    Set<String> tags = new HashSet<>();
    for (String alternative : alternatives == null ? List.<String>of() : alternatives) {
      java.util.regex.Matcher tag = TAG.matcher(alternative);
      if (!tag.lookingAt()) {
        return Set.of();
      }
      tags.add(tag.group().toLowerCase(Locale.ROOT));
    }
    return tags;
  }

  /** What the selected elements carry, or null when some alternative does not say. */
  static Subjects subjects(String query) {
    List<String> alternatives = alternatives(query);
    if (alternatives == null || query.contains("::")) {
      return null; // ::comment and the like select other nodes than elements
    }
    Set<String> tags = new HashSet<>();
    Set<String> attributes = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (String alternative : alternatives) {
      String compound = lastCompound(alternative);
      String key = firstKey(compound);
      if (keys != null && key != null) {
        keys.add(key);
      } else {
        keys = null;
      }
      java.util.regex.Matcher tag = TAG.matcher(compound);
      java.util.regex.Matcher attribute = ATTRIBUTE.matcher(compound);
      if (tag.lookingAt()) {
        tags.add(tag.group().toLowerCase(Locale.ROOT));
      } else if (compound.startsWith(".")) {
        attributes.add("class");
      } else if (compound.startsWith("#")) {
        attributes.add("id");
      } else if (compound.startsWith("[") && attribute.region(1, compound.length()).lookingAt()) {
        attributes.add(attribute.group().toLowerCase(Locale.ROOT));
      } else {
        return null;
      }
    }
    return new Subjects(tags, attributes, keys);
  }

  /** The first class or id a compound names outside brackets and parentheses; null if none or escaped. */
  private static String firstKey(String compound) {
    List<Set<String>> keys = keys(compound);
    if (keys == null || keys.size() != 1) {
      return null;
    }
    return keys.get(0).stream().sorted().findFirst().orElse(null);
  }

  /**
   * For each alternative, the classes ({@code .promo} as {@code .promo}) and ids ({@code #ad} as
   * {@code #ad}), lower-cased, written in its compounds outside brackets and parentheses: a document
   * that lacks one of them has no element the alternative selects. Null when some alternative names none,
   * or uses an escape, which this does not read.
   */
  public static List<Set<String>> keys(String query) {
    List<String> alternatives = alternatives(query);
    if (alternatives == null) {
      return null;
    }
    List<Set<String>> keys = new ArrayList<>();
    for (String alternative : alternatives) {
      Set<String> found = new HashSet<>();
      Scan scan = new Scan();
      for (int i = 0; i < alternative.length(); i++) {
        char c = alternative.charAt(i);
        if (scan.step(alternative, i) && (c == '.' || c == '#')) {
          int end = i + 1;
          while (end < alternative.length() && isNameCharacter(alternative.charAt(end))) {
            end++;
          }
          if (end < alternative.length() && alternative.charAt(end) == '\\' || end == i + 1) {
            return null;
          }
          found.add(c + alternative.substring(i + 1, end).toLowerCase(Locale.ROOT));
          i = end - 1;
          continue;
        }
        i = scan.next(i);
      }
      if (found.isEmpty()) {
        return null;
      }
      keys.add(found);
    }
    return keys;
  }

  private static boolean isNameCharacter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c > 0x7f;
  }

  /** The alternatives of a query, stripped; null when its brackets or quotes do not balance. */
  static List<String> alternatives(String query) {
    List<String> alternatives = new ArrayList<>();
    Scan scan = new Scan();
    int start = 0;
    for (int i = 0; i <= query.length(); i++) {
      char c = i < query.length() ? query.charAt(i) : ',';
      if (scan.step(query, i) && c == ',') {
        alternatives.add(query.substring(start, i).strip());
        start = i + 1;
      }
      i = scan.next(i);
    }
    return scan.balanced() ? alternatives : null;
  }

  /** The compound after the last combinator (white space, {@code >}, {@code +}, {@code ~}). */
  private static String lastCompound(String alternative) {
    Scan scan = new Scan();
    int start = 0;
    for (int i = 0; i < alternative.length(); i++) {
      char c = alternative.charAt(i);
      if (scan.step(alternative, i) && (Character.isWhitespace(c) || c == '>' || c == '+' || c == '~')) {
        start = i + 1;
      }
      i = scan.next(i);
    }
    return alternative.substring(start);
  }

  /** Tracks brackets, parentheses, quotes and escapes through a query. */
  private static final class Scan {
    private int depth;
    private char quote;
    private boolean escape;

    /** Reads the character at {@code i}; true when it stands outside brackets, quotes and escapes. */
    boolean step(String text, int i) {
      char c = i < text.length() ? text.charAt(i) : 0;
      escape = c == '\\';
      if (escape) {
        return false;
      }
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
        return false;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        return false;
      }
      if (c == '(' || c == '[') {
        depth++;
        return false;
      }
      if (c == ')' || c == ']') {
        depth--;
        return false;
      }
      return depth == 0;
    }

    /** The index to continue from: an escaped character is skipped. */
    int next(int i) {
      return escape ? i + 1 : i;
    }

    boolean balanced() {
      return depth == 0 && quote == 0;
    }
  }
}
