package dev.rinse.filterlists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.SharedData;
import dev.rinse.changelog.Change;
import dev.rinse.cleaning.Cleaned;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.corpus.Decoded;
import dev.rinse.corpus.Decoder;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shared lists (EasyList China, ClearURLs) read as packs, and the shared corpora cleaned with them:
 * what each list gives and leaves out, and that every page and post is cleaned without an error.
 */
class SharedListsTest {
  private static FilterLists.Loaded lists() throws Exception {
    Path folder = SharedData.folder("lists");
    return FilterLists.read(List.of(folder.resolve("easylistchina.txt"), folder.resolve("clearurls-data.min.json")),
        new RuleSources());
  }

  @Test
  void eachListGivesItsRulesAndCountsWhatItLeavesOutByKind() throws Exception {
    FilterLists.Loaded lists = lists();

    ListReport easylist = lists.reports().get(0);
    assertThat(easylist.pack()).isEqualTo("easylistchina");
    // 6,931 element-hiding filters less their 176 exceptions; no $removeparam in this list
    assertThat(easylist.rules()).isEqualTo(6_755);
    assertThat(easylist.skipped()).isEqualTo(Map.of("network", 12_286, "procedural-unsupported", 2));
    assertThat(easylist.problems()).isEmpty();

    ListReport clearUrls = lists.reports().get(1);
    assertThat(clearUrls.pack()).isEqualTo("clearurls-data-min");
    assertThat(clearUrls.rules()).isEqualTo(205);
    assertThat(clearUrls.skipped()).isEqualTo(Map.of("complete-provider-blocking", 10));
    assertThat(clearUrls.problems()).isEmpty();
    assertThat(lists.packs().get(1).rules().get(0).id().value()).isEqualTo("clearurls-data-min.l3"); // amazon
  }

  @Test
  void theCorporaAreCleanedWithBothListsWithoutAnErrorAndTheListsCreditedForWhatTheyDo() throws Exception {
    Cleaner cleaner = new Cleaner(Profile.builtIn().withLists(lists().packs()));
    Decoder decoder = new Decoder();
    Map<String, Integer> byList = new TreeMap<>();
    int pages = 0;
    for (String corpus : List.of("corpus/readability", "corpus/sina-rsshub")) {
      Path folder = SharedData.folder(corpus);
      List<Path> files;
      try (var walk = Files.walk(folder)) {
        files = walk.filter(f -> f.toString().endsWith("source.html") || f.toString().endsWith(".md")).sorted().toList();
      }
      for (Path file : files) {
        Decoded decoded = decoder.decode(Files.readAllBytes(file));
        Cleaned cleaned = cleaner.clean(folder.relativize(file).toString(), decoded.text(), decoded.warnings());
        assertThat(cleaned.log().error()).as(file.toString()).isNull();
        for (Change change : cleaned.log().changes()) {
          if (change.rule().startsWith("easylistchina.") || change.rule().startsWith("clearurls-data-min.")) {
            byList.merge(change.rule().substring(0, change.rule().indexOf('.')), 1, Integer::sum);
          }
        }
        pages++;
      }
    }

    assertThat(pages).isEqualTo(130 + 17 + 1); // the Readability pages and its LICENSE.md, the Sina posts
    assertThat(byList).isEqualTo(Map.of("easylistchina", 23, "clearurls-data-min", 331));
  }
}
