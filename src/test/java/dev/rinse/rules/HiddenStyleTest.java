package dev.rinse.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HiddenStyleTest {

  @ParameterizedTest
  @ValueSource(strings = {"display:none", "display:/**/none", "display:\\6e one", "display:n\\one",
      "DISPLAY : NONE", "dis\\70 lay:none", "color:red;;display:none", "visibility:hidden",
      "visibility:collapse", "content-visibility:hidden", "display:none !important; display:block",
      "display:block; display:none", "display:none; }"})
  void hides(String style) {
    assertThat(HiddenStyle.hides(style)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "color:red", "display:none; display:block", "display:'none'", "display:none\\9",
      "--display:none", "x:{;display:none", "{display:none}", "visibility:visible", "content-visibility:auto",
      "display:block !important; display:none", "font-family: none", "color:red; --x:none; DISPLAY-x:none"})
  void shows(String style) {
    assertThat(HiddenStyle.hides(style)).isFalse();
  }

  @Test
  void endsAnAlternativeOfAJsoupQuery() {
    Document document = Jsoup.parse("<div style='display:none' id=a></div><p style='display:none' id=b></p>"
        + "<p id=c></p><section><span style='visibility:hidden' id=d></span></section>");
    assertThat(document.select(HiddenStyle.parse("[style]:hidden-style")).eachAttr("id")).containsExactly("a", "b", "d");
    assertThat(document.select(HiddenStyle.parse("p:hidden-style, #c")).eachAttr("id")).containsExactly("b", "c");
    assertThat(document.select(HiddenStyle.parse("section :hidden-style")).eachAttr("id")).containsExactly("d");
  }

  @Test
  void mayOnlyEndASelector() {
    assertThatThrownBy(() -> HiddenStyle.parse(":hidden-style > p"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("may only end a selector");
  }
}
