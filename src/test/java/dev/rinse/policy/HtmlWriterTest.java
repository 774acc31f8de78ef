package dev.rinse.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
  private static String written(boolean everyElement, String element, List<String> attributes, String text) {
    StringBuilder out = new StringBuilder();
    HtmlWriter writer = new HtmlWriter(out, everyElement);
    writer.openDocument();
    writer.openTag(element, attributes);
    writer.text(text);
    writer.closeTag(element);
    writer.closeDocument();
    return out.toString();
  }

  private static String written(String element, List<String> attributes, String text) {
    return written(false, element, attributes, text);
  }

  @Test
  void textEscapesOnlyWhatHtmlNeeds() {
    assertThat(written("p", List.of(), "Isn't \"it\" 1+1=2 @ `x` & <b> ©"))
        .isEqualTo("<p>Isn't \"it\" 1+1=2 @ `x` &amp; &lt;b&gt; ©</p>");
  }

  @Test
  void anAttributeValueEscapesItsQuoteAndTheTagCharacters() {
    assertThat(written("a", List.of("href", "https://x.example/?a=1&b='2'", "title", "say \"<hi>\""), "x"))
        .isEqualTo("<a href=\"https://x.example/?a=1&amp;b='2'\" title=\"say &quot;&lt;hi&gt;&quot;\">x</a>");
  }

  @Test
  void anEqualsSignAfterANameHexosLinkFilterEditsIsAReference() {
    assertThat(written("a", List.of("title", "x HREF=y rel=z target=w id=v"), ""))
        .isEqualTo("<a title=\"x HREF&#61;y rel&#61;z target=w id=v\"></a>");
  }

  @Test
  void aBraceThatCouldOpenATemplateIsGuarded() {
    assertThat(written("p", List.of("title", "{{x}}"), "{{x}} {"))
        .isEqualTo("<p title=\"{\u200B{x}}\">{<!-- -->{x}} {<!-- --></p>");
  }

  @Test
  void charactersHtmlForbidsAreDroppedAndLineEndsBecomeLineFeeds() {
    assertThat(written("p", List.of(), "a\u0000b\u0085c\uFFFEd\uD800e\r\nf\rg\th"))
        .isEqualTo("<p>abcde\nf\ng\th</p>");
  }

  @Test
  void aCharacterThatFoldsToMarkupIsAReferenceAndOtherCharactersStayCharacters() {
    assertThat(written("p", List.of(), "\uFF1Cb\uFF1E 😀 中文，\u00A0"))
        .isEqualTo("<p>&#xff1c;b&#xff1e; 😀 中文，\u00A0</p>");
  }

  @Test
  void voidElementsHaveNoEndTag() {
    assertThat(written("br", List.of(), "")).isEqualTo("<br />");
  }

  @Test
  void rawTextElementsAreNeverWrittenButTheirEscapedTextIs() {
    assertThat(written("script", List.of("src", "x.js"), "alert(1)<")).isEqualTo("alert(1)&lt;");
    assertThat(written("title", List.of(), "a < b")).isEqualTo("<title>a &lt; b</title>");
    assertThat(written("xmp", List.of(), "<b>")).isEqualTo("<pre>&lt;b&gt;</pre>");
  }

  @Test
  void markupAsReadShowsEveryElementAndAttribute() {
    assertThat(written(true, "foo:bar", List.of("on:click", "x"), "")).isEqualTo("<foo:bar on:click=\"x\"></foo:bar>");
    assertThat(written(true, "style", List.of(), "")).isEqualTo("<style></style>");
  }
}
