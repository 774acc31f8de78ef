package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.run.CorpusCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --filter-list on the command line: a clean, its record, and the audit commands that repeat it. */
class FilterListOptionTest {
  private static final String PAGE = "<p>A paragraph of the article, with text enough to keep it without a warning.</p>"
      + "<div class=\"promo-box\">Subscribe to our promo letter</div>"
      + "<p><a href=\"https://shop.example/p?id=1&aff=me\">a shop</a></p>\n";

  @TempDir
  Path temp;

  private Path in;
  private Path out;
  private Path list;
  private final Cli cli = new Cli();

  @BeforeEach
  void corpus() throws IOException {
    in = temp.resolve("in");
    out = temp.resolve("out");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.html"), PAGE, StandardCharsets.UTF_8);
    list = temp.resolve("Site-List.txt");
    Files.writeString(list, "! a list\n##.promo-box\n||shop.example^$removeparam=aff\n##+js(nowebrtc)\n"
        + "example.com##.x:matches-css(color: red)\n##div[class=\n", StandardCharsets.UTF_8);
  }

  private int rinse(String... args) {
    return cli.run(args);
  }

  private String log() throws IOException {
    return Files.readString(out.resolve("a.html.changes.json"), StandardCharsets.UTF_8);
  }

  @Test
  void aCleanAppliesTheListSaysOnceWhatItLeftOutAndRecordsIt() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--filter-list", list.toString())).isZero();

    assertThat(Files.readString(out.resolve("a.html"))).doesNotContain("promo letter", "aff=").contains("?id=1");
    assertThat(log()).contains("\"rule\": \"site-list.l2\"", "\"rule\": \"site-list.l3\"");
    assertThat(cli.err()).containsOnlyOnce("pack site-list, 2 rules")
        .contains("left out (rinse cleans static documents): procedural-unsupported 1, scriptlet 1; "
            + "1 filter could not be read")
        .contains(list + ":6: warning: cannot read selector 'div[class='");
    assertThat(ChangeLogJson.readSummary(out.resolve(CorpusCleaner.SUMMARY)).run().filterLists())
        .containsExactly(list.toAbsolutePath().normalize().toString());
  }

  @Test
  void anUnchangedRunReadsNoListAndAnEditedListCleansAgain() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--filter-list", list.toString())).isZero();
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--filter-list", list.toString())).isZero();
    assertThat(cli.err()).doesNotContain("site-list"); // nothing to clean: the list was not compiled
    assertThat(cli.out()).contains("were not cleaned again");

    Files.writeString(list, "! a list\n! the promo box stays\n||shop.example^$removeparam=aff\n", StandardCharsets.UTF_8);
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--filter-list", list.toString())).isZero();

    assertThat(Files.readString(out.resolve("a.html"))).contains("promo letter").doesNotContain("aff=");
    assertThat(log()).contains("site-list.l3").doesNotContain("site-list.l2");
  }

  @Test
  void verifyAndRestoreRepeatTheRunWithItsLists() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--filter-list", list.toString())).isZero();

    assertThat(rinse("verify", out.toString())).as(cli.out()).isZero();
    assertThat(rinse("restore", out.toString(), "--rule", "site-list.l2")).as(cli.err()).isZero();

    assertThat(Files.readString(out.resolve("a.html"))).contains("promo letter").doesNotContain("aff=");
    assertThat(log()).doesNotContain("site-list.l2").contains("site-list.l3");
    assertThat(rinse("verify", out.toString())).as(cli.out()).isZero();
  }

  @Test
  void itsRulesAreListedMeasuredAndSwitchedOffByTheirIds() throws IOException {
    assertThat(rinse("rules", "list", "--filter-list", list.toString())).isZero();
    assertThat(cli.out()).containsPattern("site-list\\.l2 +site-list +remove +filter list Site-List.txt line 2: ##.promo-box");

    assertThat(rinse("rules", "impact", "--rule", "site-list.l2", in.toString(), "--filter-list", list.toString())).isZero();
    assertThat(cli.out()).contains("promo letter");

    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--filter-list", list.toString(),
        "--disable", "site-list.l2")).isZero();
    assertThat(log()).doesNotContain("site-list.l2").contains("site-list.l3");
  }

  @Test
  void aRinseYamlNamesListsFromItsOwnFolder() throws IOException {
    Files.writeString(temp.resolve("rinse.yaml"), "filter-list: [Site-List.txt]\n", StandardCharsets.UTF_8);

    assertThat(rinse("clean", in.toString(), "--out", out.toString())).as(cli.err()).isZero();

    assertThat(log()).contains("site-list.l2");
  }

  @Test
  void aListThatCannotBeReadIsAUsageError() throws IOException {
    Path json = temp.resolve("rules.json");
    Files.writeString(json, "{\"providers\": 3}", StandardCharsets.UTF_8);

    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--filter-list", json.toString())).isEqualTo(Main.USAGE);
    assertThat(cli.err()).startsWith("rinse: error: " + json + ":1:1: ");
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--filter-list", temp.resolve("none.txt").toString()))
        .isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("none.txt:1:1: cannot read filter list");
  }
}
