package dev.rinse.corpus;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Set;

/**
 * One gitignore pattern, matched against a path relative to a folder, with {@code /} separators, as git
 * matches a {@code .gitignore} line: {@code *} and {@code ?} within a step, {@code [a-z]} and
 * {@code [!a]} classes, {@code \} escaping the next character, {@code **} across steps ({@code **}/,
 * /{@code **}/, /{@code **}). A pattern without a {@code /} but at its end matches a name at any depth;
 * one with a {@code /} at its start or in its middle is anchored to the folder; one ending in {@code /}
 * matches folders only. Negation and comments belong to the ignore file, not here. Immutable and
 * thread-safe; matching takes time linear in the path (RE2/J).
 */
final class Glob {
  private static final Set<String> CLASSES = Set.of("alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower",
      "print", "punct", "space", "upper", "xdigit");
  private static final String SPECIAL = "\\.[]{}()*+?^$|";

  private final String pattern;
  private final boolean folderOnly;
  private final Pattern regex;

  private Glob(String pattern, boolean folderOnly, Pattern regex) {
    this.pattern = pattern;
    this.folderOnly = folderOnly;
    this.regex = regex;
  }

  /** A pattern that cannot be read: an unclosed {@code [}, a trailing {@code \}, nothing to match. */
  static final class Invalid extends IllegalArgumentException {
    Invalid(String reason) {
      super(reason);
    }
  }

  /** Reads a pattern; throws {@link Invalid}, whose message says why, when it cannot be read. */
  static Glob parse(String pattern) {
    String body = pattern;
    boolean folderOnly = body.endsWith("/") && !body.endsWith("\\/");
    if (folderOnly) {
      body = body.substring(0, body.length() - 1);
    }
    boolean anchored = body.startsWith("/");
    if (anchored) {
      body = body.substring(1);
    }
    if (body.isEmpty()) {
      throw new Invalid("matches nothing");
    }
    anchored |= body.contains("/");
    String[] steps = body.split("/", -1);
    StringBuilder regex = new StringBuilder(anchored ? "" : "(?:.*/)?");
    for (int i = 0; i < steps.length; i++) {
      boolean last = i == steps.length - 1;
      if (steps[i].equals("**")) {
        regex.append(last ? (i == 0 ? ".*" : ".+") : "(?:.*/)?"); // a leading or inner **/ takes its slash along
        continue;
      }
      if (steps[i].isEmpty()) {
        throw new Invalid("has an empty step ('//')");
      }
      step(steps[i], regex);
      if (!last) {
        regex.append('/');
      }
    }
    try {
      return new Glob(pattern, folderOnly, Pattern.compile(regex.toString(), Pattern.DOTALL));
    } catch (PatternSyntaxException e) {
      throw new Invalid("cannot be read (" + e.getDescription() + ")");
    }
  }

  /** Whether the pattern matches a path (relative, {@code /} separators) that is a folder or a file. */
  boolean matches(String path, boolean folder) {
    return (folder || !folderOnly) && regex.matches(path);
  }

  /** Whether the pattern matches the file at {@code path} or one of the folders it lies in. */
  boolean matchesOrHolds(String path) {
    if (matches(path, false)) {
      return true;
    }
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      if (matches(path.substring(0, slash), true)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return pattern;
  }

  private static void step(String step, StringBuilder regex) {
    for (int i = 0; i < step.length(); i++) {
      char c = step.charAt(i);
      switch (c) {
        case '*' -> {
          while (i + 1 < step.length() && step.charAt(i + 1) == '*') {
            i++; // ** inside a step is a *, as in git
          }
          regex.append("[^/]*");
        }
        case '?' -> regex.append("[^/]");
        case '[' -> i = bracket(step, i, regex);
        case '\\' -> {
          if (i + 1 == step.length()) {
            throw new Invalid("ends in an unescaped '\\'");
          }
          literal(step.charAt(++i), regex);
        }
        default -> literal(c, regex);
      }
    }
  }

  /** Translates the class opening at {@code open}; returns the index of its closing {@code ]}. */
  private static int bracket(String step, int open, StringBuilder regex) {
    int i = open + 1;
    StringBuilder set = new StringBuilder("[");
    if (i < step.length() && (step.charAt(i) == '!' || step.charAt(i) == '^')) {
      set.append("^/"); // a negated class never matches the separator either
      i++;
    }
    boolean first = true;
    for (; i < step.length(); i++, first = false) {
      char c = step.charAt(i);
      if (c == ']' && !first) {
        regex.append(set).append(']');
        return i;
      }
      if (c == '[' && i + 1 < step.length() && step.charAt(i + 1) == ':') {
        int end = step.indexOf(":]", i + 2);
        if (end < 0) {
          throw new Invalid("has an unclosed '[:'");
        }
        String name = step.substring(i + 2, end);
        if (!CLASSES.contains(name)) {
          throw new Invalid("names an unknown class '[:" + name + ":]'");
        }
        set.append("[:").append(name).append(":]");
        i = end + 1;
      } else if (c == '\\') {
        if (i + 1 == step.length()) {
          break;
        }
        inClass(step.charAt(++i), set);
      } else if (c == '-') {
        set.append('-'); // a range
      } else {
        inClass(c, set);
      }
    }
    throw new Invalid("has an unclosed '['");
  }

  private static void inClass(char c, StringBuilder set) {
    if ("[]^\\-".indexOf(c) >= 0) {
      set.append('\\');
    }
    set.append(c);
  }

  private static void literal(char c, StringBuilder regex) {
    if (SPECIAL.indexOf(c) >= 0) {
      regex.append('\\');
    }
    regex.append(c);
  }
}
