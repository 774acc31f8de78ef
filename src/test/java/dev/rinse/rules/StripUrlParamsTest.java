package dev.rinse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

class StripUrlParamsTest {
  private static final Pattern TRACKING = Pattern.compile("utm_.*|fbclid");

  private static String clean(String url) {
    return StripUrlParams.without(url, TRACKING);
  }

  @Test
  void removesOnlyMatchingParametersAndKeepsTheRestAsWritten() {
    assertThat(clean("https://a.example/p?id=7&utm_source=x&b=%20y#top")).isEqualTo("https://a.example/p?id=7&b=%20y#top");
    assertThat(clean("https://a.example/p?utm_source=x")).isEqualTo("https://a.example/p");
    assertThat(clean("/rel?fbclid=1&utm_medium=2#f")).isEqualTo("/rel#f");
    assertThat(clean("https://a.example/p?id=7")).isEqualTo("https://a.example/p?id=7");
    assertThat(clean("https://a.example/p?UTM_Source=x&x=1")).isEqualTo("https://a.example/p?x=1");
  }

  @Test
  void cleansFragmentsWrittenAsParameters() {
    assertThat(clean("https://a.example/p#utm_source=x&section=2")).isEqualTo("https://a.example/p#section=2");
    assertThat(clean("https://a.example/p#utm")).isEqualTo("https://a.example/p#utm");
  }

  @Test
  void cleansUrlsCarriedInParameterValues() {
    assertThat(clean("https://s.example/share?u=https%3A%2F%2Fa.example%2Fx%3Futm_source%3Dfb%26id%3D1"))
        .isEqualTo("https://s.example/share?u=https%3A%2F%2Fa.example%2Fx%3Fid%3D1");
    assertThat(clean("https://s.example/r?ref=utm_source%3Dsite%26utm_medium%3Dbanner&id=3"))
        .isEqualTo("https://s.example/r?ref=&id=3");
    assertThat(clean("https://s.example/r?next=%ZZ")).isEqualTo("https://s.example/r?next=%ZZ");
  }

  @Test
  void cleansARedirectInsideARedirectKeepingEachLayersEncoding() {
    assertThat(clean("/login?next=%2Fgo%3Fnext%3D%252Fhome%253Futm_source%253Dx%26utm_source%3Dy&utm_source=z"))
        .isEqualTo("/login?next=%2Fgo%3Fnext%3D%252Fhome");
    assertThat(clean("/login?next=%2Fgo%3Fnext%3D%252Fhome%253Fid%253D1%26utm_source%3Dy"))
        .isEqualTo("/login?next=%2Fgo%3Fnext%3D%252Fhome%253Fid%253D1");
    assertThat(clean("https://s.example/share?u=https%253A%252F%252Fa.example%252F%253Futm_source%253Dfb"))
        .isEqualTo("https://s.example/share?u=https%253A%252F%252Fa.example%252F");
  }
}
