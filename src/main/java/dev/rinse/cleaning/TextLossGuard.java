package dev.rinse.cleaning;

import dev.rinse.article.VisibleText;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.FileLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Warns when cleaning took more text than a rule set should: more than {@code maxShare} of the visible
 * text, or a heading, or a paragraph of at least {@code longParagraph} characters. Such a file keeps its
 * output but gets status warning, so an editor looks at it first. Immutable.
 *
 * <p>A rule that declares its removals expected ({@code expect-loss: true}, e.g. a site's related-posts
 * box) is left out: its removals warn of no heading or paragraph, and its text counts neither as lost
 * nor in the text the share is taken of, so the share stays that of the article the other rules saw.
 */
public record TextLossGuard(double maxShare, int longParagraph) {
  public static final TextLossGuard DEFAULT = new TextLossGuard(0.30, 200);
  private static final Pattern BLOCK_TAG = Pattern.compile("(?i)<(h[1-6]|p)[\\s>/]");

  public TextLossGuard {
    if (maxShare <= 0 || maxShare > 1) {
      throw new IllegalArgumentException("the share of text a file may lose must be above 0 and at most 1, got " + maxShare);
    }
    if (longParagraph < 1) {
      throw new IllegalArgumentException("a long paragraph must be at least 1 character, got " + longParagraph);
    }
  }

  /**
   * What the text stats and changes say an editor should look at; empty when nothing.
   *
   * @param expectLoss the ids of the rules whose removals are expected
   */
  List<String> warnings(FileLog.TextStats text, List<Change> changes, Set<String> expectLoss) {
    List<String> warnings = new ArrayList<>();
    Map<Boolean, List<Change>> byExpectation =
        changes.stream().collect(Collectors.partitioningBy(change -> expectLoss.contains(change.rule())));
    List<Change> unexpected = byExpectation.get(false);
    int expected = removedText(byExpectation.get(true));
    FileLog.TextStats article = new FileLog.TextStats(text.before() - expected, text.removed() - expected);
    if (article.removedShare() > maxShare) {
      String what = expected == 0 ? "the visible text" : "the visible text no rule expected to remove";
      warnings.add(String.format(Locale.ROOT, "text loss: %.0f%% of %s was removed (over %.0f%%)",
          article.removedShare() * 100, what, maxShare * 100));
    }
    for (Change change : unexpected) {
      if (change.action() != ChangeKind.REMOVE || change.text().isBlank()
          || !BLOCK_TAG.matcher(change.removed().text()).find()) {
        continue;
      }
      String lost = lostBlock(change.removed().text());
      if (lost != null) {
        warnings.add("text loss: " + change.rule() + " removed " + lost + " at " + change.line() + ":" + change.column());
      }
    }
    return warnings;
  }

  /** Visible text the changes took, less what replace-text put in; white space aside. */
  static int removedText(List<Change> changes) {
    int removed = 0;
    for (Change change : changes) {
      removed += VisibleText.count(change.text());
      if (change.action() == ChangeKind.REPLACE_TEXT && change.after() != null) {
        removed -= VisibleText.count(change.after());
      }
    }
    return removed;
  }

  private String lostBlock(String removedHtml) {
    Element removed = Jsoup.parseBodyFragment(removedHtml).body();
    Element heading = removed.selectFirst("h1, h2, h3, h4, h5, h6");
    if (heading != null && !heading.text().isBlank()) {
      return "a heading \"" + shorten(heading.text()) + "\"";
    }
    for (Element paragraph : removed.select("p")) {
      if (VisibleText.withoutWhitespace(paragraph.text()).length() >= longParagraph) {
        return "a paragraph of " + paragraph.text().length() + " characters \"" + shorten(paragraph.text()) + "\"";
      }
    }
    return null;
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
