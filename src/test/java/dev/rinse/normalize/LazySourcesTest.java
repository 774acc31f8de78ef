package dev.rinse.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LazySourcesTest {
  @Test
  void placeholdersAreDataUrisAndTheFilesLoadersShip() {
    for (String placeholder : new String[] {
        "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==",
        "DATA:image/svg+xml,%3Csvg%3E%3C/svg%3E",
        "http://s.pixfs.net/js/jquery.lazyload/grey.gif",
        "https://example.com/wp-content/plugins/jetpack/modules/lazy-images/images/1x1.trans.gif",
        "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif",
        "https://assets.example.com/assets/blank-f2c3362333e2a7a0.png",
        "http://s1.example.com/photocrop/img/image-lazy.png",
        "https://www.example.com/img/lazy-loading-14x9.png",
        "/images/spacer.gif?v=2", "loading.gif", "spinner.svg#a"}) {
      assertThat(LazySources.isPlaceholder(placeholder)).as(placeholder).isTrue();
    }
  }

  @Test
  void picturesWhoseNamesMerelyContainThoseWordsAreNoPlaceholders() {
    for (String picture : new String[] {"https://example.com/blanket.jpg", "/photos/lazy-river/sunset.jpg",
        "https://example.com/pixelated-art.png", "https://example.com/a.jpg?placeholder=1"}) {
      assertThat(LazySources.isPlaceholder(picture)).as(picture).isFalse();
    }
  }

  @Test
  void usableUrlsAreHttpOrRelativePaths() {
    for (String url : new String[] {"https://a.example/x.jpg", "HTTP://a.example/x", "//cdn.example/x.png",
        "/x.png", "photos/x.png", "x.jpg", "  https://padded.example/x.jpg  "}) {
      assertThat(LazySources.usable(url)).as(url).isTrue();
    }
    for (String notUrl : new String[] {"", "  ", "true", "1", "javascript:alert(1)", "data:image/gif;base64,R0lG",
        "javascript%3Aalert(1)", "{\"default\":\"//a.example/x.png\"}", "a.jpg 2x", "{{ image.url }}",
        "<img src=x>", "ftp://a.example/x.png"}) {
      assertThat(LazySources.usable(notUrl)).as(notUrl).isFalse();
    }
  }

  @Test
  void aSourceIsWantedWhenMissingUnusableOrAPlaceholder() {
    assertThat(LazySources.wantsSrc(null)).isTrue();
    assertThat(LazySources.wantsSrc("")).isTrue();
    assertThat(LazySources.wantsSrc("grey.gif")).isTrue();
    assertThat(LazySources.wantsSrc("https://a.example/photo.jpg")).isFalse();
    assertThat(LazySources.wantsSrcset("data:image/gif;base64,R0lG 1x")).isTrue();
    assertThat(LazySources.wantsSrcset("a.jpg 1x, blank.gif 2x")).isFalse();
    assertThat(LazySources.wantsSrcset("blank.gif 1x, spacer.gif 2x")).isTrue();
  }

  @Test
  void otherSourceAttributesAreTheDataAttributesNamedLikeSources() {
    assertThat(LazySources.isOtherSrc("data-n-src")).isTrue();
    assertThat(LazySources.isOtherSrc("data-hi-res-src")).isTrue();
    assertThat(LazySources.isOtherSrc("data-src")).isFalse(); // a known loader's, tried in its turn
    assertThat(LazySources.isOtherSrc("data-src-retina")).isFalse();
    assertThat(LazySources.isOtherSrc("src")).isFalse();
  }
}
