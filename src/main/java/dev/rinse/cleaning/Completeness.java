package dev.rinse.cleaning;

import dev.rinse.article.Article;
import dev.rinse.article.ArticleParser;
import dev.rinse.article.Target;
import dev.rinse.article.VisibleText;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.FileLog;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks that a change log accounts for all the text a cleaning removed: the visible text of the input
 * equals the visible text of the output plus the {@code text} of the log's changes (less what
 * replace-text put in). White space is left out of the comparison, since rendering folds it. When no
 * text was replaced, the output's text must also be the input's in order, with only the removed parts
 * missing. Stateless.
 */
public final class Completeness {
  private final ArticleParser parser;

  /** A check for outputs made for the default target. */
  public Completeness() {
    this(Target.DEFAULT);
  }

  /** A check that reads inputs and outputs as the run that made them read them. */
  public Completeness(Target target) {
    this.parser = new ArticleParser(target);
  }

  /** Returns why the identity does not hold, or empty when it holds. */
  public Optional<String> check(String name, String input, String output, FileLog log) {
    return balance(name, visible(name, input), visible(name, output), log);
  }

  /**
   * Returns why the identity does not hold between two visible texts (white space aside), or empty when
   * it holds: {@code before} has {@code after}'s characters plus those the log says were removed.
   */
  public static Optional<String> balance(String name, String visibleBefore, String visibleAfter, FileLog log) {
    String before = VisibleText.withoutWhitespace(visibleBefore);
    String after = VisibleText.withoutWhitespace(visibleAfter);
    StringBuilder removed = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    boolean replaced = false;
    for (Change change : log.changes()) {
      removed.append(VisibleText.withoutWhitespace(change.text()));
      if (change.action() == ChangeKind.REPLACE_TEXT) {
        replaced = true;
        inserted.append(VisibleText.withoutWhitespace(change.after() == null ? "" : change.after()));
      }
    }
    TreeMap<Integer, Integer> balance = new TreeMap<>();
    count(balance, before, 1);
    count(balance, after, -1);
    count(balance, inserted.toString(), 1);
    count(balance, removed.toString(), -1);
    balance.values().removeIf(n -> n == 0);
    if (!balance.isEmpty()) {
      return Optional.of(name + ": visible text is not accounted for; characters with unequal counts "
          + "(input minus output minus logged removals): " + describe(balance));
    }
    if (!replaced && !isSubsequence(after, before)) {
      return Optional.of(name + ": the output's text is not the input's text in the same order");
    }
    return Optional.empty();
  }

  private String visible(String name, String text) {
    Article article = parser.parse(name, text);
    return VisibleText.withoutWhitespace(VisibleText.of(article.document().body()));
  }

  private static void count(TreeMap<Integer, Integer> balance, String text, int sign) {
    text.codePoints().forEach(c -> balance.merge(c, sign, Integer::sum));
  }

  private static String describe(TreeMap<Integer, Integer> balance) {
    StringBuilder out = new StringBuilder();
    balance.entrySet().stream().limit(12).forEach(e -> out.append('\'')
        .appendCodePoint(e.getKey()).append("' ").append(e.getValue() > 0 ? "+" : "")
        .append(e.getValue()).append(' '));
    return out.toString().trim() + (balance.size() > 12 ? " ..." : "");
  }

  private static boolean isSubsequence(String part, String whole) {
    int at = 0;
    for (int i = 0; i < part.length(); i++) {
      at = whole.indexOf(part.charAt(i), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }
}
