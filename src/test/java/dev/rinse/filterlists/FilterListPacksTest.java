package dev.rinse.filterlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rinse.changelog.Change;
import dev.rinse.cleaning.Cleaned;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.rules.Pack;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleFileException;
import dev.rinse.rules.RuleSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filter lists read as packs and applied by the cleaner: each filter a rule named by its list's line. */
class FilterListPacksTest {
  private static final String TEXT = "A paragraph of the article with text enough to stay without any warning at all.";

  @TempDir
  Path temp;

  private FilterLists.Loaded read(String fileName, String text) throws IOException, RuleFileException {
    Path file = temp.resolve(fileName);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return FilterLists.read(List.of(file), new RuleSources());
  }

  private Cleaned clean(FilterLists.Loaded lists, String page) throws RuleFileException {
    return new Cleaner(Profile.builtIn().withLists(lists.packs())).clean("page.html", page, List.of());
  }

  /** A page from {@code host}, as its canonical link says. */
  private static String page(String host, String body) {
    return "<html><head><link rel=\"canonical\" href=\"https://" + host + "/story\"></head><body><p>" + TEXT + "</p>"
        + body + "</body></html>";
  }

  private static List<String> rules(Cleaned cleaned) {
    return cleaned.log().changes().stream().map(Change::rule).toList();
  }

  @Test
  void aListIsAPackNamedAfterItsFileWithARuleForEachFilterNamedByItsLine() throws Exception {
    FilterLists.Loaded lists = read("My-List.v2.txt", "[Adblock Plus 2.0]\n! a comment\n##.promo\nexample.com##.box\n"
        + "||ads.example^\n");

    Pack pack = lists.packs().get(0);
    assertThat(pack.name()).isEqualTo("my-list-v2");
    assertThat(pack.rules()).extracting(r -> r.id().value()).containsExactly("my-list-v2.l3", "my-list-v2.l4");
    assertThat(pack.rules().get(0).why()).isEqualTo("filter list My-List.v2.txt line 3: ##.promo");
    assertThat(lists.reports().get(0).summary())
        .isEqualTo(temp.resolve("My-List.v2.txt") + ": pack my-list-v2, 2 rules; left out (rinse cleans static documents): network 1");
  }

  @Test
  void elementHidingRemovesWhatItsSelectorFindsOnItsHostsAndTheLogCreditsTheLine() throws Exception {
    FilterLists.Loaded lists = read("list.txt", "##.ad-banner\nexample.com,~news.example.com##.box\n");
    String body = "<div class=\"ad-banner\">Buy now</div><div class=\"box\">Boxed promo</div>";

    Cleaned onExample = clean(lists, page("www.example.com", body));
    assertThat(onExample.output().orElseThrow()).doesNotContain("Buy now", "Boxed promo").contains(TEXT);
    assertThat(rules(onExample)).contains("list.l1", "list.l2");
    Change box = onExample.log().changes().stream().filter(c -> c.rule().equals("list.l2")).findFirst().orElseThrow();
    assertThat(box.removed().text()).isEqualTo("<div class=\"box\">Boxed promo</div>");

    Cleaned onNews = clean(lists, page("news.example.com", body));
    assertThat(onNews.output().orElseThrow()).doesNotContain("Buy now").contains("Boxed promo");

    Cleaned elsewhere = clean(lists, page("other.org", body));
    assertThat(elsewhere.output().orElseThrow()).contains("Boxed promo");
    assertThat(rules(elsewhere)).contains("list.l1").doesNotContain("list.l2");
  }

  @Test
  void exceptionsSwitchFiltersOffEverywhereOrOnTheirHosts() throws Exception {
    FilterLists.Loaded lists = read("list.txt", "##.sponsor\n##.promo\n#@#.promo\nexample.com#@#.sponsor\n");
    String body = "<p class=\"sponsor\">Sponsored words</p><p class=\"promo\">Promoted words</p>";

    assertThat(clean(lists, page("example.com", body)).output().orElseThrow()).contains("Sponsored words", "Promoted words");
    assertThat(clean(lists, page("other.org", body)).output().orElseThrow()).doesNotContain("Sponsored words")
        .contains("Promoted words");
    assertThat(lists.reports().get(0).skipped()).containsEntry("switched-off-by-exception", 1);
  }

  @Test
  void proceduralFiltersFindByTextAndRemoveAnAncestor() throws Exception {
    FilterLists.Loaded lists = read("list.txt", "##.card:has-text(Sponsored)\n##span.tag:upward(2)\n");
    String body = "<div class=\"card\">Sponsored: a watch</div><div class=\"card\">Our own story card</div>"
        + "<section id=\"s\"><div><span class=\"tag\">Ad</span></div></section><aside>kept aside</aside>";

    Cleaned cleaned = clean(lists, page("example.com", body));

    assertThat(cleaned.output().orElseThrow()).doesNotContain("a watch", "<section", ">Ad<")
        .contains("Our own story card", "kept aside");
    assertThat(rules(cleaned)).contains("list.l1", "list.l2");
  }

  @Test
  void removeparamFiltersTakeParametersOffLinksOfTheirHost() throws Exception {
    FilterLists.Loaded lists = read("list.txt", "$removeparam=spm\n||shop.example^$removeparam=tag\n");
    String body = "<p><a href=\"https://blog.example/a?spm=1&id=2\">one</a> <a href=\"https://shop.example/p?tag=x&id=3\">two</a> "
        + "<a href=\"https://other.example/p?tag=y\">three</a></p>";

    Cleaned cleaned = clean(lists, page("example.com", body));

    assertThat(cleaned.output().orElseThrow()).contains("https://blog.example/a?id=2", "https://shop.example/p?id=3",
        "https://other.example/p?tag=y");
    assertThat(rules(cleaned)).contains("list.l1", "list.l2");
  }

  @Test
  void clearUrlsProvidersRewriteLinksAndAreNamedByTheirKeysLine() throws Exception {
    FilterLists.Loaded lists = read("rules.min.json", """
        {
          "providers": {
            "shop": {
              "urlPattern": "^https?://shop\\\\.example",
              "rules": ["ref_?", "tag"],
              "redirections": ["^https?://shop\\\\.example/out\\\\?to=([^&]*)"]
            }
          }
        }
        """);
    String body = "<p><a href=\"https://shop.example/item?id=9&ref_=x&tag=me-21\">item</a> "
        + "<a href=\"https://shop.example/out?to=https%3A%2F%2Fmaker.example%2F\">maker</a></p>";

    Cleaned cleaned = clean(lists, page("example.com", body));

    assertThat(lists.packs().get(0).name()).isEqualTo("rules-min");
    assertThat(cleaned.output().orElseThrow()).contains("https://shop.example/item?id=9", "href=\"https://maker.example/\"");
    assertThat(cleaned.log().changes().stream().filter(c -> c.rule().equals("rules-min.l3")).count()).isEqualTo(2);
  }

  @Test
  void listsRunAfterTheSitePacksAndBeforeTheCorePacks() throws Exception {
    FilterLists.Loaded lists = read("list.txt", "##.x\n");

    List<String> order = Profile.builtIn().withLists(lists.packs()).rules().packs().stream().map(Pack::name).toList();

    assertThat(order.indexOf("list")).isEqualTo(order.indexOf("sina") + 1);
    assertThat(order.get(order.indexOf("list") + 1)).startsWith("core-");
  }

  @Test
  void aListOfClearUrlsRulesThatIsNotIsRefusedAtItsFile() {
    assertThatThrownBy(() -> read("broken.json", "{\"providers\": [1, 2]}"))
        .isInstanceOf(RuleFileException.class).hasMessageStartingWith(temp.resolve("broken.json") + ":1:1: ");
  }
}
