package dev.rinse.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntitiesTest {
  @Test
  void fullWidthPunctuationAndEmojiAreWrittenAsCharacters() {
    for (int codePoint : new int[] {0xff01, 0xff0c, 0x1f600, 0x4f60}) {
      assertThat(Entities.isPlain(codePoint)).as("U+%X", codePoint).isTrue();
    }
  }

  @Test
  void whatCouldTurnIntoMarkupIsNot() {
    // full-width < > " ' ` = & fold to markup characters under NFKC; the BOM and non-characters are invisible
    for (int codePoint : new int[] {0xff1c, 0xff1e, 0xff02, 0xff07, 0xff40, 0xff1d, 0xff06, 0xfe64, 0xfeff, 0xfffe,
        0x3c, 0x22}) {
      assertThat(Entities.isPlain(codePoint)).as("U+%X", codePoint).isFalse();
    }
  }
}
