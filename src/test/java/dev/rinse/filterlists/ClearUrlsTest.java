package dev.rinse.filterlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClearUrlsTest {
  private static final Path SHARED = Path.of("../shared/lists/clearurls-data.min.json");

  private static ClearUrls rules(String providers) {
    return ClearUrls.parse("{\"providers\": {" + providers + "}}");
  }

  private static Optional<String> cleaned(ClearUrls rules, String url) {
    return rules.clean(url).map(ClearUrls.Applied::after);
  }

  private static final ClearUrls SHOP = rules("""
      "shop": {
        "urlPattern": "^https?:\\\\/\\\\/(?:[a-z0-9-]+\\\\.)*?shop\\\\.example",
        "rules": ["utm_[a-z]+", "id"],
        "referralMarketing": ["tag"],
        "exceptions": ["^https?:\\\\/\\\\/shop\\\\.example\\\\/login"],
        "rawRules": ["\\\\/ref=[^/?]*"]
      }
      """);

  @Test
  void rulesTakeParametersOffAndLeaveTheRestAsWritten() {
    assertThat(cleaned(SHOP, "https://shop.example/p?b=%20c&utm_source=x&a=1+2&utm_medium=y"))
        .contains("https://shop.example/p?b=%20c&a=1+2");
    assertThat(cleaned(SHOP, "https://shop.example/p?utm_source=x&a=1")).contains("https://shop.example/p?a=1");
    assertThat(cleaned(SHOP, "https://shop.example/p?utm_source=x")).contains("https://shop.example/p");
    assertThat(cleaned(SHOP, "https://shop.example/p?a=1&&utm_source")).contains("https://shop.example/p?a=1");
    assertThat(SHOP.clean("https://shop.example/p?a=1&b=2")).isEmpty();
    assertThat(SHOP.clean("https://shop.example/p?")).isEmpty();
  }

  @Test
  void aRuleMatchesTheWholeName() {
    assertThat(SHOP.clean("https://shop.example/p?videoid=1&id2=2&utm_=3")).isEmpty();
    assertThat(cleaned(SHOP, "https://shop.example/p?videoid=1&id=2")).contains("https://shop.example/p?videoid=1");
  }

  @Test
  void aQueryNameIsMatchedDecoded() {
    assertThat(cleaned(SHOP, "https://shop.example/p?utm%5Fsource=x&a=1")).contains("https://shop.example/p?a=1");
  }

  @Test
  void referralMarketingIsRemovedToo() {
    var change = SHOP.providers().get(0).clean("https://shop.example/p?tag=me-20&a=1").orElseThrow();
    assertThat(change).isEqualTo(new ClearUrls.UrlChange("https://shop.example/p?a=1", List.of("tag"), false));
  }

  @Test
  void anExceptionLeavesTheLinkToTheProvider() {
    assertThat(SHOP.clean("https://shop.example/login?utm_source=x")).isEmpty();
    assertThat(SHOP.clean("https://other.example/p?utm_source=x")).isEmpty();
  }

  @Test
  void rawRulesRemoveTextAnywhereInTheUrl() {
    var change = SHOP.providers().get(0).clean("https://shop.example/dp/1/REF=sr_1/x?utm_source=a&b=1").orElseThrow();
    assertThat(change.after()).isEqualTo("https://shop.example/dp/1/x?b=1");
    assertThat(change.removedParameters()).containsExactly("/REF=sr_1", "utm_source");
  }

  @Test
  void patternsIgnoreCase() {
    assertThat(cleaned(SHOP, "HTTPS://SHOP.EXAMPLE/p?UTM_Source=x&A=1")).contains("HTTPS://SHOP.EXAMPLE/p?A=1");
  }

  @Test
  void fragmentParametersAreRemovedToo() {
    assertThat(cleaned(SHOP, "https://shop.example/p?a=1#utm_source=x&part=2")).contains("https://shop.example/p?a=1#part=2");
    assertThat(cleaned(SHOP, "https://shop.example/p#utm_source=x")).contains("https://shop.example/p");
    assertThat(SHOP.clean("https://shop.example/p#top")).isEmpty();
  }

  private static final ClearUrls REDIRECTS = rules("""
      "search": {
        "urlPattern": "^https?:\\\\/\\\\/search\\\\.example",
        "redirections": ["^https?:\\\\/\\\\/search\\\\.example\\\\/url\\\\?.*?q=([^&]+)", "^https?:\\\\/\\\\/search\\\\.example\\\\/(none)?go"]
      },
      "target": {"urlPattern": "^https:\\\\/\\\\/target\\\\.example", "rules": ["utm_source"]}
      """);

  @Test
  void aRedirectionGivesItsDecodedTarget() {
    var applied = REDIRECTS.clean("https://search.example/url?sa=t&q=https%3A%2F%2Fexample.com%2Fa%3Fb%3D1&usg=x").orElseThrow();
    assertThat(applied.after()).isEqualTo("https://example.com/a?b=1");
    assertThat(applied.steps()).singleElement().satisfies(step -> {
      assertThat(step.provider().name()).isEqualTo("search");
      assertThat(step.change().redirect()).isTrue();
    });
  }

  @Test
  void aTargetIsDecodedUntilItNoLongerChangesAndGetsHttpInFront() {
    assertThat(cleaned(REDIRECTS, "https://search.example/url?q=https%253A%252F%252Fexample.com%252F")).contains("https://example.com/");
    assertThat(cleaned(REDIRECTS, "https://search.example/url?q=example.com%2Fa")).contains("http://example.com/a");
  }

  @Test
  void aTargetThatDoesNotDecodeLeavesTheLinkAsItIs() {
    assertThat(REDIRECTS.clean("https://search.example/url?q=https%3A%2F%2Fexample.com%2F%E0%A4%A")).isEmpty();
    assertThat(REDIRECTS.clean("https://search.example/go")).isEmpty();
  }

  @Test
  void aTargetIsCleanedInTheNextPass() {
    var applied = REDIRECTS.clean("https://search.example/url?q=https%3A%2F%2Ftarget.example%2F%3Futm_source%3Dx").orElseThrow();
    assertThat(applied.after()).isEqualTo("https://target.example/");
    assertThat(applied.providers()).containsExactly("search", "target");
  }

  @Test
  void providersApplyInFileOrderEachToWhatTheOneBeforeLeft() {
    var both = rules("""
        "first": {"urlPattern": ".*", "rules": ["a"]},
        "second": {"urlPattern": "^[^?]*\\\\?b=", "rules": ["b"]}
        """);
    var applied = both.clean("https://x.example/?a=1&b=2&c=3").orElseThrow();
    assertThat(applied.after()).isEqualTo("https://x.example/?c=3");
    assertThat(applied.providers()).containsExactly("first", "second");
  }

  @Test
  void aCompleteProviderNeitherBlocksNorEmptiesALink() {
    var ads = rules("""
        "ads": {
          "urlPattern": "^https?:\\\\/\\\\/ads\\\\.example",
          "completeProvider": true,
          "redirections": ["^https?:\\\\/\\\\/ads\\\\.example\\\\/click\\\\/([^&]+)"]
        }
        """);
    assertThat(ads.providers().get(0).completeProvider()).isTrue();
    assertThat(ads.clean("https://ads.example/banner?id=1&campaign=2")).isEmpty();
    assertThat(cleaned(ads, "https://ads.example/click/https%3A%2F%2Fexample.com%2F")).contains("https://example.com/");
  }

  @Test
  void aPatternThatDoesNotCompileIsAProblemAndTheRestApply() {
    var broken = rules("""
        "broken": {
          "urlPattern": ".*",
          "rules": ["(?<bad_name>x)", "utm_source"],
          "redirections": ["^https:\\\\/\\\\/r\\\\.example\\\\/"]
        }
        """);
    assertThat(broken.problems()).hasSize(2);
    assertThat(broken.problems().get(0)).startsWith("broken (line 1): pattern '(?<bad_name>x)': ");
    assertThat(broken.problems().get(1))
        .isEqualTo("broken (line 1): pattern '^https:\\/\\/r\\.example\\/': a redirection needs a group for its target; left out");
    assertThat(cleaned(broken, "https://x.example/?utm_source=1&bad_name=2")).contains("https://x.example/?bad_name=2");
  }

  @Test
  void javaScriptSyntaxIsReadAsJavaScriptReadsIt() {
    var js = rules("""
        "js": {"urlPattern": "^https:\\\\/\\\\/js\\\\.example\\\\/[^]", "rules": ["a{", "[[]x", "b\\\\_c"]}
        """);
    assertThat(js.problems()).isEmpty();
    assertThat(cleaned(js, "https://js.example/p?a{=1&[x=2&b_c=3&d=4")).contains("https://js.example/p?d=4");
    assertThat(js.clean("https://js.example/")).isEmpty();
  }

  @Test
  void aRuleEndsAtTheEndOfTheNameNotBeforeALineBreak() {
    assertThat(SHOP.clean("https://shop.example/p?utm_source%0A=x")).isEmpty();
  }

  @Test
  void aProviderNamedTwiceKeepsItsFirstPlaceAndItsLastRules() {
    var twice = ClearUrls.parse("""
        {"providers": {
          "a": {"urlPattern": ".*", "rules": ["x"]},
          "b": {"urlPattern": ".*", "rules": ["y"]},
          "a": {"urlPattern": ".*", "rules": ["z"]}
        }}
        """);
    assertThat(twice.providers()).extracting(ClearUrls.Provider::name).containsExactly("a", "b");
    assertThat(twice.problems()).containsExactly("a (line 4): provider named again; this one replaces the first");
    assertThat(cleaned(twice, "https://x.example/?x=1&z=2")).contains("https://x.example/?x=1");
  }

  @Test
  void aDataUrlIsLeftAlone() {
    var everywhere = rules("\"all\": {\"urlPattern\": \".*\", \"rules\": [\"utm_source\"]}");
    assertThat(everywhere.clean("data:text/html,<a href=x?utm_source=1>")).isEmpty();
    assertThat(cleaned(everywhere, "mailto:a@example.com?subject=Hi&utm_source=1")).contains("mailto:a@example.com?subject=Hi");
  }

  @Test
  void aLongUrlIsLeftAlone() {
    String longUrl = "https://shop.example/p?utm_source=x&q=" + "a".repeat(ClearUrls.MAX_URL_LENGTH);
    assertThat(SHOP.clean(longUrl)).isEmpty();
  }

  @Test
  void aPatternThatBacktracksWithoutEndGivesUp() {
    var slow = rules("""
        "slow": {"urlPattern": ".*", "rawRules": ["(.*a){12}b"], "rules": ["utm_source"]}
        """);
    assertThat(slow.clean("https://x.example/?q=" + "a".repeat(40) + "&utm_source=1")).isEmpty();
  }

  @Test
  void eachProviderKeepsTheLineOfItsName() {
    var lines = ClearUrls.parse("""
        {
          "providers": {
            "one": {"urlPattern": "a"},

            "two": {
              "urlPattern": "b"
            }
          }
        }
        """);
    assertThat(lines.providers()).extracting(ClearUrls.Provider::name, ClearUrls.Provider::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("one", 3), org.assertj.core.groups.Tuple.tuple("two", 5));
  }

  @Test
  void aFileThatIsNotClearUrlsRulesIsRefused() {
    assertThatThrownBy(() -> ClearUrls.parse("{\"rules\": []}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not ClearURLs rules (it has no \"providers\" object)");
    assertThatThrownBy(() -> ClearUrls.parse("{\"providers\": []}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"providers\" is not an object");
    assertThatThrownBy(() -> ClearUrls.parse("[1]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClearUrls.parse("{\n\"providers\": {,")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not ClearURLs rules: line 2: ");
  }

  private static ClearUrls shared() throws IOException {
    if (!Files.isRegularFile(SHARED)) {
      String why = "../shared/lists is absent: " + SHARED.toAbsolutePath().normalize() + " not found";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + why);
      }
      assumeTrue(false, why);
    }
    return ClearUrls.parse(Files.readString(SHARED));
  }

  @Test
  void theSharedFileReadsWhole() throws IOException {
    var rules = shared();
    assertThat(rules.providers()).hasSize(205);
    assertThat(rules.providers()).filteredOn(ClearUrls.Provider::completeProvider).hasSize(10);
    assertThat(rules.problems()).isEmpty();
    assertThat(rules.providers().get(0)).hasToString("amazon (line 3)");
  }

  @Test
  void theSharedFileCleansAnAmazonProductLink() throws IOException {
    var applied = shared().clean("https://www.amazon.de/Some-Product/dp/B08N5WRWNW/ref=sr_1_1?crid=2X&keywords=kettle&qid=1&tag=shop-21&ref_=as_li&th=1").orElseThrow();
    assertThat(applied.after()).isEqualTo("https://www.amazon.de/Some-Product/dp/B08N5WRWNW");
    assertThat(applied.providers()).containsExactly("amazon");
  }

  @Test
  void theSharedFileFollowsAGoogleRedirect() throws IOException {
    var applied = shared().clean("https://www.google.com/url?q=https%3A%2F%2Fexample.com%2F&sa=D&source=editors&ust=1&usg=AOv").orElseThrow();
    assertThat(applied.after()).isEqualTo("https://example.com/");
    assertThat(applied.providers()).containsExactly("google");
  }

  @Test
  void theSharedFileTakesFbclidAndUtmOffAnySite() throws IOException {
    var rules = shared();
    var fbclid = rules.clean("https://news.example.org/2025/story.html?id=7&fbclid=IwAR0xyz#comments").orElseThrow();
    assertThat(fbclid.after()).isEqualTo("https://news.example.org/2025/story.html?id=7#comments");
    assertThat(fbclid.providers()).containsExactly("globalRules");
    assertThat(cleaned(rules, "https://blog.example.net/post?utm_source=newsletter&utm_medium=email&page=2"))
        .contains("https://blog.example.net/post?page=2");
  }
}
