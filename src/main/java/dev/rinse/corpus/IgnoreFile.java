package dev.rinse.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of one {@code .rinseignore} file, in gitignore syntax, for the folder it lies in: one
 * pattern a line (see {@link Glob}), {@code #} comments, blank lines, {@code !} re-including what an
 * earlier line left out, {@code \#} and {@code \!} for a leading {@code #} or {@code !}, trailing
 * spaces dropped unless escaped. The last line that matches a path decides. A line that cannot be read
 * is skipped with a {@link Problem}, never an error. Immutable and thread-safe.
 */
final class IgnoreFile {
  /** A line left aside, numbered from 1, and why. */
  record Problem(int line, String message) {}

  private record Rule(Glob glob, boolean negated) {}

  private final List<Rule> rules;
  private final List<Problem> problems;

  private IgnoreFile(List<Rule> rules, List<Problem> problems) {
    this.rules = rules;
    this.problems = problems;
  }

  static IgnoreFile parse(String text) {
    List<Rule> rules = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = stripTrailingSpaces(lines[n]);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean negated = line.startsWith("!");
      String pattern = negated ? line.substring(1) : line;
      try {
        rules.add(new Rule(Glob.parse(pattern), negated));
      } catch (Glob.Invalid e) {
        problems.add(new Problem(n + 1, "'" + line + "' " + e.getMessage() + "; the line is ignored"));
      }
    }
    return new IgnoreFile(List.copyOf(rules), List.copyOf(problems));
  }

  /**
   * Whether the rules leave out the path (relative to this file's folder): true if the last matching
   * line leaves it out, false if it re-includes it ({@code !}), null if no line matches.
   */
  Boolean leavesOut(String path, boolean folder) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (rules.get(i).glob().matches(path, folder)) {
        return !rules.get(i).negated();
      }
    }
    return null;
  }

  List<Problem> problems() {
    return problems;
  }

  /** Drops trailing spaces, but one escaped with {@code \}, as git does. */
  private static String stripTrailingSpaces(String line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ' && !(end > 1 && line.charAt(end - 2) == '\\')) {
      end--;
    }
    return line.substring(0, end);
  }
}
