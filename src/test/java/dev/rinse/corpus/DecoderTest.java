package dev.rinse.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {
  private final Decoder decoder = new Decoder();

  @Test
  void utf8IsReadWithoutWarnings() {
    Decoded decoded = decoder.decode("<p>中关村</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.text()).isEqualTo("<p>中关村</p>");
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void aByteOrderMarkWinsAndIsDropped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>'};
    assertThat(decoder.decode(bom).text()).isEqualTo("<p>");
    byte[] utf16 = "\uFEFF<p>é</p>".getBytes(StandardCharsets.UTF_16LE);
    assertThat(decoder.decode(utf16).text()).isEqualTo("<p>é</p>");
  }

  @Test
  void declaredLabelsAreMappedAsBrowsersMapThem() {
    byte[] gbk = "<meta charset=\"gb2312\"><p>中关村</p>".getBytes(Charset.forName("GBK"));
    Decoded decoded = decoder.decode(gbk);
    assertThat(decoded.text()).contains("中关村");
    assertThat(decoded.charset().name()).isEqualTo("GB18030");
    byte[] latin = "<meta charset=iso-8859-1><p>\u2019</p>".getBytes(Charset.forName("windows-1252"));
    assertThat(decoder.decode(latin).text()).contains("\u2019");
  }

  @Test
  void aStaleLegacyLabelOnUtf8TextLosesWithAWarning() {
    Decoded decoded = decoder.decode("<meta charset=gb2312><p>中关村</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.text()).contains("中关村");
    assertThat(decoded.warnings()).containsExactly("declares charset 'gb2312' but is valid UTF-8; read as UTF-8");
  }

  private static final String CHINESE = "北京力争率先建成高水平人才高地。市委书记强调，要深入学习贯彻关于新时代人才工作的新理念新战略新举措，"
      + "以建设国家战略人才力量为主线，以首善标准抓好人才工作，为我国建设世界重要人才中心和创新高地提供战略支撑。";
  private static final String TRADITIONAL = "台北市政府今天宣布新的人才培育計畫，將與大學和企業合作，支持年輕研究人員。"
      + "市長表示，這項計畫將提供獎學金與實習機會，並在明年擴大到全國各地的學校與研究機構。";
  private static final String JAPANESE = "東京都は新しい人材育成計画を発表しました。計画では、大学と企業が協力して、"
      + "若い研究者を支援する制度を作ることになっています。関係者は、今後の成果に期待していると話しました。";

  @Test
  void undeclaredLegacyEncodingsAreDetectedWithAWarning() {
    for (String[] sample : new String[][] {{CHINESE, "GBK", "GB18030"}, {TRADITIONAL, "Big5", "Big5-HKSCS"},
        {JAPANESE, "Shift_JIS", "windows-31j"}}) {
      byte[] bytes = ("<p>" + sample[0] + "</p>").getBytes(Charset.forName(sample[1]));
      Decoded decoded = decoder.decode(bytes);
      assertThat(decoded.text()).as(sample[1]).isEqualTo("<p>" + sample[0] + "</p>");
      assertThat(decoded.warnings()).as(sample[1])
          .containsExactly("not valid UTF-8 and no charset declared; detected " + sample[2]);
    }
    byte[] big5 = ("<meta charset=big5><p>" + TRADITIONAL + "</p>").getBytes(Charset.forName("Big5"));
    assertThat(decoder.decode(big5).charset().name()).isEqualTo("Big5-HKSCS");
    byte[] utf16Label = "<meta charset=utf-16><p>plain</p>".getBytes(StandardCharsets.US_ASCII);
    assertThat(decoder.decode(utf16Label).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void controlCharactersAreRemovedAndCounted() {
    Decoded decoded = decoder.decode("<p>a\u0000b\u0007c\u0085d\ttab</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.text()).isEqualTo("<p>abcd\ttab</p>");
    assertThat(decoded.warnings()).containsExactly("3 NUL or other control character(s) removed");
  }

  /** Controls at the edges of the blocks the text is read in, in a long text with wide characters. */
  @Test
  void controlsAreRemovedAcrossBlockEdgesOfALongText() {
    StringBuilder text = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    int controls = 0;
    for (int i = 0; i < 40_000; i++) {
      boolean edge = i % 8192 == 0 || i % 8192 == 8191 || i % 8192 == 1 || i == 39_999;
      char c = edge ? (char) (i % 2 == 0 ? 0x01 : 0x9F) : i % 97 == 0 ? '中' : (char) ('a' + i % 26);
      text.append(c);
      if (edge) {
        controls++;
      } else {
        expected.append(c);
      }
    }
    Decoded decoded = decoder.decode(text.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.text()).isEqualTo(expected.toString());
    assertThat(decoded.warnings()).containsExactly(controls + " NUL or other control character(s) removed");
  }

  @Test
  void everyControlIsFoundInUtf8AndNothingElseIs() {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r')
          || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
      String text = "<p>a" + (char) c + "b</p>";
      Decoded decoded = decoder.decode(text.getBytes(StandardCharsets.UTF_8));
      assertThat(decoded.text()).as("U+%04X", c).isEqualTo(control ? "<p>ab</p>" : text);
      assertThat(decoded.warnings()).as("U+%04X", c).hasSize(control ? 1 : 0);
    }
  }

  @Test
  void binaryBytesAreNotText() {
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 7);
    }
    assertThat(Decoder.notText(binary)).startsWith("not text:");
    assertThat(Decoder.notText("<p>x\u0000y</p>".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(Decoder.notText("\uFEFF<p>x</p>".getBytes(StandardCharsets.UTF_16LE))).isNull();
  }

  @Test
  void undeclaredNonUtf8FallsBackAndInvalidBytesAreCounted() {
    Decoded fallback = decoder.decode(new byte[] {'c', 'a', 'f', (byte) 0xE9});
    assertThat(fallback.text()).isEqualTo("café");
    assertThat(fallback.warnings()).containsExactly("not valid UTF-8 and no charset declared; detected windows-1252");
    byte[] broken = {'<', 'm', 'e', 't', 'a', ' ', 'c', 'h', 'a', 'r', 's', 'e', 't', '=', 'u', 't', 'f', '-', '8', '>', (byte) 0xFF, 'x'};
    Decoded replaced = decoder.decode(broken);
    assertThat(replaced.text()).endsWith("\uFFFDx");
    assertThat(replaced.warnings()).containsExactly("1 invalid byte sequence(s) for UTF-8 replaced by U+FFFD");
  }
}
