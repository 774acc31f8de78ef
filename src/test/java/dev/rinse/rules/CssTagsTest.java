package dev.rinse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CssTagsTest {
  @Test
  void theLeadingNameOfEveryAlternativeIsNeeded() {
    assertThat(Matcher.Css.leadingTags("style, link[rel~=(?i)stylesheet]")).containsExactlyInAnyOrder("style", "link");
    assertThat(Matcher.Css.leadingTags("img[width~=^[01]$][height~=^[01]$], img[src~=(?i)^https?://(a|b)]"))
        .containsExactly("img");
    assertThat(Matcher.Css.leadingTags("div p")).containsExactly("div");
    assertThat(Matcher.Css.leadingTags("span[id^=quote_]:empty")).containsExactly("span");
  }

  @Test
  void anAlternativeWithoutANameOrAnOddQueryMeansNoShortcut() {
    assertThat(Matcher.Css.leadingTags("[hidden], div")).isEmpty();
    assertThat(Matcher.Css.leadingTags("*")).isEmpty();
    assertThat(Matcher.Css.leadingTags("a[href~=\\(], b")).containsExactlyInAnyOrder("a", "b");
    assertThat(Matcher.Css.leadingTags("a[title='x,y'], b")).containsExactlyInAnyOrder("a", "b");
    assertThat(Matcher.Css.leadingTags("a[href~=(], b")).isEmpty();
  }
}
