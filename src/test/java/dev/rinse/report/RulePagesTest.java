package dev.rinse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePagesTest {
  @TempDir
  Path temp;

  @Test
  void aShortTextIsShownWholeOnOneLine() {
    assertThat(RulePages.shorten("<p>\n\tone\r\n</p>", 20)).isEqualTo("<p>  one  </p>");
    assertThat(RulePages.shorten("x".repeat(20), 20)).isEqualTo("x".repeat(20));
  }

  @Test
  void aLongTextIsCutToItsStartOnOneLine() {
    String shown = RulePages.shorten("<script>\n" + "var a = 1;\n".repeat(10_000) + "</script>", 20);

    assertThat(shown).isEqualTo("<script> var a = 1;…").hasSize(20);
  }

  @Test
  void aRulePageListsItsFirstPlacesAndCountsThemAll() throws Exception {
    RulePages pages = new RulePages(temp, Map.of("site.promo", "Promo boxes are not the article."));
    for (int file = 0; file < 30; file++) {
      for (int place = 1; place <= 20; place++) {
        pages.add("site.promo", "f" + file + ".html", place, 1, "remove", new Removed("<div>" + "x".repeat(300), true));
      }
    }
    pages.write(source -> "files/" + source + ".html");

    Document page = Jsoup.parse(temp.resolve(RulePages.path("site.promo")).toFile());
    assertThat(page.selectFirst("#why").text()).isEqualTo("Promo boxes are not the article.");
    assertThat(page.text()).contains("600 places in 30 files");
    assertThat(page.select("#places tr")).hasSize(1 + RulePages.PLACES);
    assertThat(page.select("#places code").eachText()).allSatisfy(sample ->
        assertThat(sample).hasSize(RulePages.SAMPLE).endsWith("…"));
  }

  @Test
  void theBuiltInStepsHaveTheirWhyToo() {
    RulePages pages = new RulePages(temp, Map.of());
    assertThat(pages.why("policy.element")).contains("policy");
    assertThat(pages.why("normalize.empty")).isNotBlank();
    assertThat(pages.why("no.such-rule")).isNull();
  }

  @Test
  void aShortenedTextNeverHoldsHalfACharacter() {
    String text = "x".repeat(118) + "😀".repeat(10);

    assertThat(RulePages.shorten(text, 120)).doesNotContain("\ud83d…").endsWith("x…");
    assertThat(Removed.of(new dev.rinse.changelog.Change.Removal("r.a", new dev.rinse.article.Where(1, 1), "p",
        dev.rinse.changelog.Cited.of("y".repeat(199) + "😀".repeat(5)), "")).start()).hasSize(199);
  }
}
