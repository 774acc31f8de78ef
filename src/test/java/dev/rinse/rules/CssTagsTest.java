package dev.rinse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CssTagsTest {
  @Test
  void theLeadingNameOfEveryAlternativeIsNeeded() {
    assertThat(CssQuery.leadingTags("style, link[rel~=(?i)stylesheet]")).containsExactlyInAnyOrder("style", "link");
    assertThat(CssQuery.leadingTags("img[width~=^[01]$][height~=^[01]$], img[src~=(?i)^https?://(a|b)]"))
        .containsExactly("img");
    assertThat(CssQuery.leadingTags("div p")).containsExactly("div");
    assertThat(CssQuery.leadingTags("span[id^=quote_]:empty")).containsExactly("span");
  }

  @Test
  void anAlternativeWithoutANameOrAnOddQueryMeansNoShortcut() {
    assertThat(CssQuery.leadingTags("[hidden], div")).isEmpty();
    assertThat(CssQuery.leadingTags("*")).isEmpty();
    assertThat(CssQuery.leadingTags("a[href~=\\(], b")).containsExactlyInAnyOrder("a", "b");
    assertThat(CssQuery.leadingTags("a[title='x,y'], b")).containsExactlyInAnyOrder("a", "b");
    assertThat(CssQuery.leadingTags("a[href~=(], b")).isEmpty();
  }
}
