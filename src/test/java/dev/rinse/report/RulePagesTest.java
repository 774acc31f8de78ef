package dev.rinse.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulePagesTest {
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
  void aRulesLaterPageIsNeverAnotherRulesPage() {
    assertThat(RulePages.path("site.promo", 2)).isNotEqualTo(RulePages.path("site.promo-2", 1));
    assertThat(RulePages.path("site.promo", 1)).isEqualTo("rules/site.promo.html");
    assertThat(RulePages.path("site.promo", 2)).isEqualTo("rules/site.promo_2.html");
  }
}
