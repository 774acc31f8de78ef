package dev.rinse.filterlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rinse.filterlists.AdblockList.Problem;
import dev.rinse.filterlists.ElementHiding.Upward;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

class AdblockParserTest {
  private static final Document PAGE = Jsoup.parse("""
      <div id=a class=box><p id=p1 class=ad>Sponsored by us</p></div>
      <div id=b class=box><span><p id=p2 class=note>Reader (letters) section</p></span></div>
      <div id=c><a href=/x>Advertisement</a><img src=x.gif></div>
      <ul id=d><li id=e><img src=y.png><a href=/y>more</a></li></ul>
      """);

  private static ElementHiding only(String text) {
    AdblockList list = AdblockParser.parse(text);
    assertThat(list.problems()).isEmpty();
    assertThat(list.skipped()).isEmpty();
    assertThat(list.hiding()).hasSize(1);
    return list.hiding().get(0);
  }

  private static ElementHiding translated(String filter, String selector, String... ids) {
    ElementHiding hiding = only(filter);
    assertThat(hiding.selector()).isEqualTo(selector);
    assertThat(PAGE.select(selector).stream().map(Element::id)).containsExactly(ids);
    return hiding;
  }

  private static Map<String, Integer> skipped(String filter) {
    AdblockList list = AdblockParser.parse(filter);
    assertThat(list.hiding()).isEmpty();
    assertThat(list.params()).isEmpty();
    assertThat(list.problems()).isEmpty();
    return list.skipped();
  }

  @Test
  void commentsBlankLinesAndTheHeaderAreNotFilters() {
    AdblockList list = AdblockParser.parse("[Adblock Plus 2.0]\r\n! Title: x\r\n\r\n# a comment\r\n##.ad\r\n");
    assertThat(list.skipped()).isEmpty();
    assertThat(list.hiding()).singleElement().extracting(ElementHiding::line).isEqualTo(5);
  }

  @Test
  void aGenericFilterHoldsEverywhere() {
    ElementHiding hiding = only("##.ad");
    assertThat(hiding).isEqualTo(new ElementHiding(1, "##.ad", List.of(), List.of(), ".ad", Upward.NONE, false));
  }

  @Test
  void aHostScopedFilterNamesItsHostsLowerCased() {
    ElementHiding hiding = only("Example.COM,news.example.org###banner");
    assertThat(hiding.hosts()).containsExactly("example.com", "news.example.org");
    assertThat(hiding.notHosts()).isEmpty();
    assertThat(hiding.selector()).isEqualTo("#banner");
  }

  @Test
  void negatedHostsSwitchTheFilterOff() {
    ElementHiding mixed = only("example.com,~shop.example.com##.promo");
    assertThat(mixed.hosts()).containsExactly("example.com");
    assertThat(mixed.notHosts()).containsExactly("shop.example.com");
    ElementHiding generic = only("~a.com,~B.net##.promo");
    assertThat(generic.hosts()).isEmpty();
    assertThat(generic.notHosts()).containsExactly("a.com", "b.net");
  }

  @Test
  void exceptionsGenericAndHostScoped() {
    assertThat(only("#@#.ad")).isEqualTo(new ElementHiding(1, "#@#.ad", List.of(), List.of(), ".ad", Upward.NONE, true));
    ElementHiding scoped = only("example.com#@##adframe");
    assertThat(scoped.exception()).isTrue();
    assertThat(scoped.hosts()).containsExactly("example.com");
    assertThat(scoped.selector()).isEqualTo("#adframe");
    assertThat(only("example.com#@?#div:-abp-has(.ad)").exception()).isTrue();
  }

  @Test
  void hasAndAbpHasBecomeJsoupHas() {
    translated("example.com##div:has(> p.ad)", "div:has(> p.ad)", "a");
    translated("example.com#?#li:-abp-has(> img + a)", "li:has(> img + a)", "e");
    translated("example.com##li:if(img[src$=\".png\"])", "li:has(img[src$=\".png\"])", "e");
    translated("example.com##div.box:if-not(span)", "div.box:not(:has(span))", "a");
  }

  @Test
  void textOperatorsBecomeJsoupContains() {
    translated("example.com##div:has-text(Sponsored)", "div:contains(Sponsored)", "a");
    translated("example.com#?#p:-abp-contains(sponsored BY)", "p:contains(sponsored BY)", "p1");
    translated("example.com##p:contains(Reader (letters))", "p:contains(Reader \\(letters\\))", "p2");
    translated("example.com##div:has-text(\"Reader (letters)\")", "div:contains(Reader \\(letters\\))", "b");
    translated("example.com##div:has-text(It's)", "div:contains(It\\'s)");
  }

  @Test
  void aParenthesisInAQuotedAttributeValueDoesNotEndTheArgument() {
    translated("example.com##div:has(a[href=\"/x\"][title=\"x)\"])", "div:has(a[href=\"/x\"][title=\"x)\"])");
    translated("example.com##div:has(a[href=\"/x\"])", "div:has(a[href=\"/x\"])", "c");
  }

  @Test
  void regexTextBecomesJsoupMatches() {
    translated("example.com#?#div:-abp-contains(/advert|sponsor/i)", "div:matches((?i)advert|sponsor)", "a", "c");
    translated("example.com##p:has-text(/^Sponsored/)", "p:matches(^Sponsored)", "p1");
    assertThat(AdblockParser.parse("example.com##p:has-text(/[z-a]/)").problems()).singleElement()
        .satisfies(problem -> assertThat(problem.message()).startsWith("cannot read selector 'p:has-text(/[z-a]/)': "
            + "cannot read the regular expression /[z-a]/"));
  }

  @Test
  void proceduralBitsInsideNotAreTranslated() {
    translated("example.com#?#div:not(:-abp-has(p.ad))", "div:not(:has(p.ad))", "b", "c");
    translated("example.com##div.box:not(:has-text(sponsored))", "div.box:not(:contains(sponsored))", "b");
    translated("example.com##div:where(.box)", "div:is(.box)", "a", "b");
  }

  @Test
  void aTrailingUpwardNamesTheAncestorToRemove() {
    ElementHiding levels = translated("example.com##p.ad:upward(2)", "p.ad", "p1");
    assertThat(levels.upward()).isEqualTo(new Upward(2, null));
    ElementHiding nearest = translated("example.com##p:has-text(letters):upward(.box)", "p:contains(letters)", "p2");
    assertThat(nearest.upward()).isEqualTo(new Upward(0, ".box"));
    assertThat(only("example.com##p.ad:nth-ancestor(1)").upward()).isEqualTo(new Upward(1, null));
    assertThat(AdblockParser.parse("example.com##p:upward(256)").problems()).singleElement()
        .extracting(Problem::message).asString().contains("must count 1 to 255 levels");
  }

  @Test
  void aTrailingRemoveIsDropped() {
    ElementHiding hiding = translated("example.com##.ad:remove()", ".ad", "p1");
    assertThat(hiding.upward().none()).isTrue();
    assertThat(only("example.com##.ad:upward(1):remove()").upward()).isEqualTo(new Upward(1, null));
  }

  @Test
  void removeparamNamesAParameter() {
    AdblockList list = AdblockParser.parse("""
        $removeparam=utm_source
        ||Example.com^$removeparam=ref.id
        $removeparam=/^(utm_|fb)/i
        $removeparam
        ||example.org^$removeparam=~q
        @@||example.net^$removeparam=utm_source
        $queryprune=gclid,document
        """);
    assertThat(list.problems()).isEmpty();
    assertThat(list.skipped()).isEmpty();
    assertThat(list.params()).containsExactly(
        new ParamRemoval(1, "$removeparam=utm_source", Optional.empty(), "utm_source", false, false),
        new ParamRemoval(2, "||Example.com^$removeparam=ref.id", Optional.of("example.com"), "ref\\.id", false,
            false),
        new ParamRemoval(3, "$removeparam=/^(utm_|fb)/i", Optional.empty(), "(?i).*(?:^(utm_|fb)).*", false, false),
        new ParamRemoval(4, "$removeparam", Optional.empty(), ".*", false, false),
        new ParamRemoval(5, "||example.org^$removeparam=~q", Optional.of("example.org"), "q", true, false),
        new ParamRemoval(6, "@@||example.net^$removeparam=utm_source", Optional.of("example.net"), "utm_source",
            false, true),
        new ParamRemoval(7, "$queryprune=gclid,document", Optional.empty(), "gclid", false, false));
    var re2 = com.google.re2j.Pattern.compile(list.params().get(2).names());
    assertThat(re2.matches("UTM_medium")).isTrue();
    assertThat(re2.matches("ref")).isFalse();
    assertThat(com.google.re2j.Pattern.compile(list.params().get(1).names()).matches("refxid")).isFalse();
  }

  @Test
  void aRemoveparamRegexRe2CannotReadIsAProblem() {
    AdblockList list = AdblockParser.parse("! list\n$removeparam=/^(?!keep)/\n");
    assertThat(list.params()).isEmpty();
    assertThat(list.problems()).singleElement().extracting(Problem::line).isEqualTo(2);
  }

  @Test
  void eachSkippedKindIsCounted() {
    assertThat(skipped("||ads.example.com^\n@@||example.com/ad.js$script\n/banner\\d+/\n-ad-$image,third-party"))
        .isEqualTo(Map.of("network", 4));
    assertThat(skipped("example.com#%#window.x = 1;\nexample.com##+js(set-constant, x, 1)\nexample.com#$#abort-on-property-read x"))
        .isEqualTo(Map.of("scriptlet", 3));
    assertThat(skipped("example.com#$#.ad { height: 0 !important; }\nexample.com##.ad:style(height: 0)\n"
        + "example.com#@$#.ad { height: 0; }\nexample.com#$?#.ad:has(p) { height: 0; }"))
        .isEqualTo(Map.of("css-injection", 4));
    assertThat(skipped("example.com##^script:has-text(ads)\nexample.com$$script[tag-content=\"ads\"]"))
        .isEqualTo(Map.of("html-filter", 2));
    assertThat(skipped("example.com#?#div:-abp-properties(width: 300px)\nexample.com##div:matches-css(display: block)\n"
        + "example.com##div:xpath(//div)\nexample.com##div:min-text-length(10)\nexample.com##p:upward(1) > a"))
        .isEqualTo(Map.of("procedural-unsupported", 5));
    assertThat(skipped("google.*##.ad\nexample.com,~google.*##.ad")).isEqualTo(Map.of("entity-host", 2));
    assertThat(skipped("[$path=/page]example.com##.ad")).isEqualTo(Map.of("cosmetic-modifier", 1));
    assertThat(skipped("$removeparam=ref,domain=example.com")).isEqualTo(Map.of("removeparam-domain", 1));
    assertThat(skipped("/track/*$removeparam=id")).isEqualTo(Map.of("removeparam-pattern", 1));
  }

  @Test
  void aSelectorJsoupCannotReadIsAProblemAtItsLine() {
    AdblockList list = AdblockParser.parse("##.ok\n\nexample.com##div[class=\n##p:hover\n##.fine");
    assertThat(list.hiding()).extracting(ElementHiding::selector).containsExactly(".ok", ".fine");
    assertThat(list.problems()).extracting(Problem::line).containsExactly(3, 4);
    assertThat(list.problems().get(0).message()).startsWith("cannot read selector 'div[class=': ");
    assertThat(list.problems().get(1).message()).startsWith("cannot read selector 'p:hover': ");
  }

  @Test
  void easyListChina() throws IOException {
    Path file = Path.of("../shared/lists/easylistchina.txt");
    if (!Files.isRegularFile(file)) {
      String why = "../shared/lists is absent: " + file.toAbsolutePath().normalize() + " (the shared lists live beside the checkout)";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + why);
      }
      assumeTrue(false, why);
    }
    AdblockList list = AdblockParser.parse(Files.readString(file));
    assertThat(list.hiding()).hasSize(6931);
    assertThat(list.hiding()).filteredOn(ElementHiding::exception).hasSize(176);
    assertThat(list.hiding()).filteredOn(h -> h.hosts().isEmpty() && !h.exception()).hasSize(1041);
    assertThat(list.hiding()).filteredOn(h -> h.text().contains("#?#")).hasSize(156);
    assertThat(list.params()).isEmpty();
    assertThat(list.skipped()).isEqualTo(Map.of("network", 12286, "procedural-unsupported", 2));
    assertThat(list.problems()).isEmpty();
    for (ElementHiding hiding : list.hiding()) {
      assertThatCode(() -> QueryParser.parse(hiding.selector())).as("line %d", hiding.line()).doesNotThrowAnyException();
    }
  }
}
