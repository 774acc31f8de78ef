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

  @Test
  void undeclaredNonUtf8FallsBackAndInvalidBytesAreCounted() {
    Decoded fallback = decoder.decode(new byte[] {'c', 'a', 'f', (byte) 0xE9});
    assertThat(fallback.text()).isEqualTo("café");
    assertThat(fallback.warnings()).containsExactly("not valid UTF-8 and no charset declared; read as windows-1252");
    byte[] broken = {'<', 'm', 'e', 't', 'a', ' ', 'c', 'h', 'a', 'r', 's', 'e', 't', '=', 'u', 't', 'f', '-', '8', '>', (byte) 0xFF, 'x'};
    Decoded replaced = decoder.decode(broken);
    assertThat(replaced.text()).endsWith("\uFFFDx");
    assertThat(replaced.warnings()).containsExactly("1 invalid byte sequence(s) for UTF-8 replaced by U+FFFD");
  }
}
