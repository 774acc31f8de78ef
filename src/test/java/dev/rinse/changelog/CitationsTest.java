package dev.rinse.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.article.Where;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationsTest {
  private static final String PAGE = "<p>新浪财经 😀 café</p>\n<div class=\"promo\">广告 ad</div>\n";
  private static final String PROMO = "<div class=\"promo\">广告 ad</div>";

  private static Change promoAt(Where at) {
    return new Change.Removal("x.promo", at, "body > div", Cited.of(PROMO), "广告 ad");
  }

  private static String cited(byte[] file, Charset charset, Change change) {
    ByteRange range = change.removed().bytes();
    return new String(Arrays.copyOfRange(file, (int) range.start(), (int) range.end()), charset);
  }

  @Test
  void aRemovalIsCitedByTheBytesItTookInUtf8() {
    byte[] file = PAGE.getBytes(StandardCharsets.UTF_8);

    Change change = Citations.of(PAGE, StandardCharsets.UTF_8, file).cite(List.of(promoAt(new Where(2, 1)))).get(0);

    assertThat(change.removed().bytes()).isNotNull();
    assertThat(cited(file, StandardCharsets.UTF_8, change)).isEqualTo(PROMO);
  }

  @Test
  void aByteOrderMarkCountsInTheOffsets() {
    byte[] text = PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[text.length + 3];
    file[0] = (byte) 0xEF;
    file[1] = (byte) 0xBB;
    file[2] = (byte) 0xBF;
    System.arraycopy(text, 0, file, 3, text.length);

    Change change = Citations.of(PAGE, StandardCharsets.UTF_8, file).cite(List.of(promoAt(new Where(2, 1)))).get(0);
    Change trusted = Citations.of(PAGE, StandardCharsets.UTF_8, true, file).cite(List.of(promoAt(new Where(2, 1)))).get(0);

    assertThat(cited(file, StandardCharsets.UTF_8, change)).isEqualTo(PROMO);
    assertThat(trusted).as("a file decoded without loss is not compared again, and cited alike").isEqualTo(change);
  }

  @Test
  void aLegacyEncodingIsCitedInItsOwnBytes() {
    Charset gbk = Charset.forName("GBK");
    String page = PAGE.replace("😀 café", "好");
    byte[] file = page.getBytes(gbk);

    Change change = Citations.of(page, gbk, file).cite(List.of(promoAt(new Where(2, 1)))).get(0);

    assertThat(change.removed().bytes().start()).isNotEqualTo(page.indexOf(PROMO)); // two bytes per Chinese character
    assertThat(cited(file, gbk, change)).isEqualTo(PROMO);
  }

  @Test
  void textThatIsNotAtItsPlaceIsNotCited() {
    byte[] file = PAGE.getBytes(StandardCharsets.UTF_8);

    Change change = Citations.of(PAGE, StandardCharsets.UTF_8, file).cite(List.of(promoAt(new Where(1, 1)))).get(0);

    assertThat(change.removed().bytes()).isNull();
    assertThat(change.removed().text()).isEqualTo(PROMO);
  }

  @Test
  void anInputWhoseBytesWereReplacedInDecodingIsNotCited() {
    byte[] file = (PAGE + "\u00ff").getBytes(StandardCharsets.ISO_8859_1); // not UTF-8: decoded with replacements
    String decoded = new String(file, StandardCharsets.UTF_8);

    Change change = Citations.of(decoded, StandardCharsets.UTF_8, file).cite(List.of(promoAt(new Where(2, 1)))).get(0);

    assertThat(change.removed().bytes()).isNull();
  }

  @Test
  void aStatefulEncodingIsCitedOnlyWhereItsPartsAddUpToTheWhole() {
    Charset jis = Charset.forName("ISO-2022-JP");
    String page = "<p>日本語のテキスト</p>\n<div class=\"promo\">広告 ad</div>\n";
    byte[] file = page.getBytes(jis);
    Change promo = new Change.Removal("x.promo", new Where(2, 1), "body > div", Cited.of("<div class=\"promo\">広告 ad</div>"), "");
    Change inRun = new Change.TextReplacement("x.word", new Where(1, 6), "body > p", Cited.of("語のテ"), "語のテ", "");

    Change whole = Citations.of(page, jis, file).cite(List.of(promo)).get(0);
    List<Change> split = Citations.of(page, jis, file).cite(List.of(promo, inRun));

    assertThat(cited(file, jis, whole)).as("parts that start and end outside a run").isEqualTo(promo.removed().text());
    assertThat(split).as("a part starting inside a run gets escapes of its own: nothing is cited")
        .allSatisfy(change -> assertThat(change.removed().bytes()).isNull());
  }

  @Test
  void aUrlIsNotCitedByAnotherTagsBytes() {
    String page = "<a href=\"https://x.test/?a=1&amp;utm_source=t\">x</a>\n<a href=\"https://x.test/?a=1&utm_source=t\">y</a>\n";
    Change first = new Change.UrlParamStrip("core.tracking-params", new Where(1, 4), "body > a",
        Cited.of("https://x.test/?a=1&utm_source=t"), "", "https://x.test/?a=1");

    Change change = Citations.of(page, StandardCharsets.UTF_8, page.getBytes(StandardCharsets.UTF_8)).cite(List.of(first)).get(0);

    assertThat(change.removed().bytes()).as("its own tag writes the URL otherwise").isNull();
  }

  @Test
  void aUrlIsCitedAtItsAttributesValue() {
    String page = "<a class=\"x\" href=\"https://x.test/?id=7&utm_source=feed\">x</a>\n";
    Change strip = new Change.UrlParamStrip("core.tracking-params", new Where(1, 14), "body > a",
        Cited.of("https://x.test/?id=7&utm_source=feed"), "", "https://x.test/?id=7");
    byte[] file = page.getBytes(StandardCharsets.UTF_8);

    Change change = Citations.of(page, StandardCharsets.UTF_8, file).cite(List.of(strip)).get(0);

    assertThat(cited(file, StandardCharsets.UTF_8, change)).isEqualTo("https://x.test/?id=7&utm_source=feed");
  }
}
