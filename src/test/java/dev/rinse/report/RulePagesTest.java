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
}
