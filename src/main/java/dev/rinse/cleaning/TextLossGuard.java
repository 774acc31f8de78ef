package dev.rinse.cleaning;

import dev.rinse.article.VisibleText;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.FileLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Warns when cleaning took more text than a rule set should: more than {@code maxShare} of the visible
 * text, or a heading, or a paragraph of at least {@code longParagraph} characters. Such a file keeps its
 * output but gets status warning, so an editor looks at it first. Immutable.
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

  /** What the text stats and changes say an editor should look at; empty when nothing. */
  List<String> warnings(FileLog.TextStats text, List<Change> changes) {
    List<String> warnings = new ArrayList<>();
    if (text.removedShare() > maxShare) {
      warnings.add(String.format(Locale.ROOT, "text loss: %.0f%% of the visible text was removed (over %.0f%%)",
          text.removedShare() * 100, maxShare * 100));
    }
    for (Change change : changes) {
      if (change.action() != ChangeKind.REMOVE || change.text().isBlank()
          || !BLOCK_TAG.matcher(change.removed()).find()) {
        continue;
      }
      String lost = lostBlock(change.removed());
      if (lost != null) {
        warnings.add("text loss: " + change.rule() + " removed " + lost + " at " + change.line() + ":" + change.column());
      }
    }
    return warnings;
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
