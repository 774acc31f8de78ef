package dev.rinse.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntitiesTest {
  @Test
  void writesFullWidthPunctuationAndEmojiAsCharacters() {
    assertThat(Entities.readable("<p>你好&#xff01;&#xff0c;&#x1f600;</p>")).isEqualTo("<p>你好！，😀</p>");
  }

  @Test
  void keepsEscapedWhatCouldTurnIntoMarkup() {
    // full-width < > " ' ` = & fold to markup characters under NFKC; the BOM and non-characters are invisible
    for (String kept : new String[] {"&#xff1c;", "&#xff1e;", "&#xff02;", "&#xff07;", "&#xff40;",
        "&#xff1d;", "&#xff06;", "&#xfe64;", "&#xfeff;", "&#xfffe;", "&#x3c;", "&#x22;"}) {
      assertThat(Entities.readable("<p>" + kept + "</p>")).isEqualTo("<p>" + kept + "</p>");
    }
  }
}
