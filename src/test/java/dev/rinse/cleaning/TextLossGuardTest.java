package dev.rinse.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.article.Where;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.FileLog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextLossGuardTest {
  private static final String LONG = "Two hundred characters of related text. ".repeat(6).strip();
  private final TextLossGuard guard = TextLossGuard.DEFAULT;

  private static Change removal(String rule, String html, String text) {
    return new Change.Removal(rule, new Where(3, 1), "body > div", Cited.of(html), text);
  }

  private static Change removal(String rule, int characters) {
    String text = "x".repeat(characters);
    return removal(rule, "<span>" + text + "</span>", text);
  }

  private List<String> warnings(int before, List<Change> changes, Set<String> expectLoss) {
    FileLog.TextStats stats = new FileLog.TextStats(before, TextLossGuard.removedText(changes));
    return guard.warnings(stats, changes, expectLoss);
  }

  @Test
  void aRemovedHeadingOrLongParagraphWarnsUnlessItsRuleExpectsTheLoss() {
    List<Change> changes = List.of(
        removal("site.related", "<div><h2>Related posts</h2></div>", "Related posts"),
        removal("site.related", "<div><p>" + LONG + "</p></div>", LONG));
    assertThat(warnings(10_000, changes, Set.of())).containsExactly(
        "text loss: site.related removed a heading \"Related posts\" at 3:1",
        "text loss: site.related removed a paragraph of 239 characters"
            + " \"Two hundred characters of related text. Two hundred chara...\" at 3:1");
    assertThat(warnings(10_000, changes, Set.of("site.related"))).isEmpty();
  }

  @Test
  void anExpectedRemovalCountsNeitherAsLostNorInTheText() {
    assertThat(warnings(1000, List.of(removal("site.related", 600)), Set.of()))
        .containsExactly("text loss: 60% of the visible text was removed (over 30%)");
    assertThat(warnings(1000, List.of(removal("site.related", 600)), Set.of("site.related"))).isEmpty();

    // 150 of the 400 characters left besides the related box is more than 30%, though 15% of the file
    List<Change> both = List.of(removal("site.related", 600), removal("core.hidden-elements", 150));
    assertThat(warnings(1000, both, Set.of("site.related")))
        .containsExactly("text loss: 38% of the visible text no rule expected to remove was removed (over 30%)");
    List<Change> less = List.of(removal("site.related", 600), removal("core.hidden-elements", 100));
    assertThat(warnings(1000, less, Set.of("site.related"))).isEmpty();
  }

  @Test
  void otherRulesStillWarnInAFileWhereOneExpectsItsLoss() {
    List<Change> changes = List.of(
        removal("site.related", "<div><h2>Related posts</h2></div>", "Related posts"),
        removal("core.hidden-elements", "<div><h3>Hidden</h3></div>", "Hidden"));
    assertThat(warnings(10_000, changes, Set.of("site.related")))
        .containsExactly("text loss: core.hidden-elements removed a heading \"Hidden\" at 3:1");
  }
}
