package dev.rinse.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A URL's scheme read as every renderer and browser on the way could read it. */
class UrlSchemesTest {
  private static final List<String> WEB = List.of("http", "https", "mailto");

  @Test
  void relativeUrlsAndAllowedSchemesPass() {
    assertThat(UrlSchemes.allowed("/a:b", WEB)).isTrue();
    assertThat(UrlSchemes.allowed("page.html?x=a:b", WEB)).isTrue();
    assertThat(UrlSchemes.allowed("HTTPS://example.com/", WEB)).isTrue();
    assertThat(UrlSchemes.allowed("100%25", WEB)).as("an escaped percent sign decodes to no scheme").isTrue();
  }

  @Test
  void aSchemeHiddenByEscapesReferencesOrPercentEscapesIsRefused() {
    assertThat(UrlSchemes.allowed("javascript:alert(1)", WEB)).isFalse();
    assertThat(UrlSchemes.allowed("javascript\\:alert(1)", WEB)).as("a backslash escape").isFalse();
    assertThat(UrlSchemes.allowed("javascript&#58alert(1)", WEB)).as("a reference without its semicolon").isFalse();
    assertThat(UrlSchemes.allowed("javascript%3Aalert(1)", WEB)).as("Hexo decodes percent escapes").isFalse();
    assertThat(UrlSchemes.allowed("javascript%253Aalert(1)", WEB)).as("escaped twice").isFalse();
    assertThat(UrlSchemes.allowed("java%09script:alert(1)", WEB)).as("a tab in the scheme").isFalse();
  }
}
