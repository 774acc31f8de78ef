package dev.rinse.filterlists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequiredTextTest {
  @Test
  void theLongestLiteralRunAtTheTopLevelIsRequired() {
    assertThat(RequiredText.of("^https?:\\/\\/(?:[a-z0-9-]+\\.)*?amazon(?:\\.[a-z]{2,}){1,}")).isEqualTo("amazon");
    assertThat(RequiredText.of("^https?:\\/\\/(?:[a-z0-9-]+\\.)*?googleadservices\\.com")).isEqualTo("googleadservices.com");
    assertThat(RequiredText.of("^https?:\\/\\/(?:[a-z0-9-]+\\.)*?twitter.com")).isEqualTo("twitter");
    assertThat(RequiredText.of("^https?://(?:[a-z0-9-]+\\.)*?Netflix\\.com/title")).isEqualTo("netflix.com/title");
  }

  @Test
  void optionalCharactersAlternativesAndClassesEndOrCancelARun() {
    assertThat(RequiredText.of("abcd?e")).isEqualTo("abc"); // and "e": d is optional
    assertThat(RequiredText.of("abd?e")).isNull();
    assertThat(RequiredText.of("abcde+f")).isEqualTo("abcde");
    assertThat(RequiredText.of("shop|store")).isNull();
    assertThat(RequiredText.of(".*")).isNull();
    assertThat(RequiredText.of("(?:youtube\\.com|youtu\\.be)\\/watch")).isEqualTo("/watch");
    assertThat(RequiredText.of("x[abc]yz\\dlong")).isEqualTo("long");
    assertThat(RequiredText.of("ab[unclosed")).isNull();
  }

  @Test
  void itIsLookedForInAnyCase() {
    assertThat(RequiredText.in("https://WWW.Amazon.de/dp/1", "amazon")).isTrue();
    assertThat(RequiredText.in("https://shop.example/amazo", "amazon")).isFalse();
  }
}
