package dev.rinse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rinse.changelog.Change;
import dev.rinse.changelog.Failure;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.changelog.RunConfig;
import dev.rinse.changelog.RunSummary;
import dev.rinse.cleaning.DocumentCleaner.Document;
import dev.rinse.cleaning.DocumentCleaner.Source;
import dev.rinse.rules.RuleFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rinse as a library: one instance built from packs, lists and a policy as files or text, used from many threads. */
class RinseTest {
  private static final String POST = "---\ntitle: A post\n---\n\n<div><p style=\"color:red\">A paragraph of the post, "
      + "long enough to keep as it is, with <a href=\"https://e.example/?utm_source=x&id=3\">a link</a>.</p>"
      + "<p class=\"promo\">Buy the book</p><!-- a note --></div>\n";

  @TempDir
  Path temp;

  @Test
  void theDefaultsCleanADocumentGivenAsBytesAndItsChangesCiteThem() throws Exception {
    Rinse rinse = Rinse.builder().build();

    Rinse.Result result = rinse.clean("posts/a.md", POST.getBytes(StandardCharsets.UTF_8));

    assertThat(result.status()).isEqualTo(FileStatus.OK);
    assertThat(result.document().orElseThrow()).contains("title: A post", "Buy the book", "?id=3")
        .doesNotContain("style=", "<!--", "utm_source");
    assertThat(result.changes()).extracting(Change::rule).contains("core.comments", "core.style-attribute",
        "core.tracking-params");
    Change comment = result.changes().stream().filter(c -> c.rule().equals("core.comments")).findFirst().orElseThrow();
    assertThat(comment.removed().bytes()).isNotNull();
    assertThat(POST.substring((int) comment.removed().bytes().start(), (int) comment.removed().bytes().end()))
        .isEqualTo("<!-- a note -->");
  }

  @Test
  void packsListsAndAPolicyGivenAsTextOrFilesShapeTheResult() throws Exception {
    Path list = temp.resolve("mine.txt");
    Files.writeString(list, "##.promo\n", StandardCharsets.UTF_8);
    Rinse rinse = Rinse.builder()
        .rules("site.yaml", "pack: site\nwhy: my site\nrules:\n  - id: site.links\n    why: no links here\n"
            + "    select: a\n    action: unwrap\n")
        .filterList(list)
        .policy("mine.yaml", "extends: article\nremove:\n  elements: [div]\n")
        .disable("core.comments")
        .build();

    Rinse.Result result = rinse.clean("posts/a.md", POST);

    assertThat(result.document().orElseThrow()).doesNotContain("Buy the book", "<a ", "<div").contains("a link");
    // with core.comments off, the comment is the policy's to drop
    assertThat(result.changes()).extracting(Change::rule).contains("site.links", "mine.l1", "policy.comment")
        .doesNotContain("core.comments");
    assertThat(rinse.filterLists()).singleElement().satisfies(report -> assertThat(report.rules()).isEqualTo(1));
    assertThat(result.changes()).allSatisfy(change -> assertThat(change.removed().bytes()).isNull()); // text: kept whole
  }

  @Test
  void whatCannotBeUsedIsATypedErrorAtItsPlace() {
    assertThatThrownBy(() -> Rinse.builder().rules("bad.yaml", "pack: bad\nwhy: x\nrules:\n  - id: bad.one\n    why: y\n"
        + "    select: a\n    action: explode\n").build())
        .isInstanceOf(RuleFileException.class).hasMessageStartingWith("bad.yaml:7:");
    assertThatThrownBy(() -> Rinse.builder().disable("core.coments").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean 'core.comments'?");
  }

  @Test
  void oneInstanceServesManyThreadsAlike() throws Exception {
    Rinse rinse = Rinse.builder().build();
    List<String> documents = IntStream.range(0, 64).mapToObj(i -> POST.replace("A post", "Post " + i)).toList();
    List<String> alone = documents.stream().map(d -> rinse.clean("p.md", d).document().orElseThrow()).toList();

    List<String> together = documents.parallelStream().map(d -> rinse.clean("p.md", d).document().orElseThrow()).toList();

    assertThat(together).isEqualTo(alone);
  }

  @Test
  void totalsOfPartsMergeIntoTheTotalsOfTheWhole() throws Exception {
    Rinse rinse = Rinse.builder().build();
    RunConfig config = new RunConfig(List.of("/in"), List.of(), List.of(), 0.3, 200, 1 << 20, "test");
    RunSummary whole = new RunSummary(config);
    RunSummary first = new RunSummary(config);
    RunSummary second = new RunSummary(config);
    for (int i = 0; i < 6; i++) {
      var log = rinse.clean("p" + i + ".html", i == 4 ? "<p>Short.</p>" : POST).log();
      whole.add(log);
      (i < 3 ? first : second).add(log);
    }
    second.skip("notes.txt");

    whole.skip("notes.txt");
    assertThat(first.totals().merge(second.totals())).isEqualTo(whole.totals());
    assertThat(second.totals().merge(first.totals()).inPathOrder()).as("parts merged in any order")
        .isEqualTo(whole.totals());
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedUnreadAndEachFailureHasAKindAndNoCommandLineOption() throws Exception {
    Rinse rinse = Rinse.builder().maxSize(100).build();
    Source unreadable = Source.of(10, () -> {
      throw new IOException("the disk went away");
    });
    Source neverRead = Source.of(1_000, () -> {
      throw new AssertionError("a document over the limit is not read");
    });

    FileLog large = rinse.clean(new Document("big.html", "in/big.html", neverRead, null)).log();
    FileLog stream = rinse.clean(new Document("s.html", "-", Source.of(-1, () -> new byte[101]), null)).log();
    FileLog lost = rinse.clean(new Document("gone.html", "in/gone.html", unreadable, null)).log();
    FileLog binary = rinse.clean("image.html", new byte[] {'<', 'p', '>', 0, 1, 2}).log();

    assertThat(large.failure()).isEqualTo(Failure.TOO_LARGE);
    assertThat(large.error()).isEqualTo("too large: 1,000 bytes, over the limit of 100; not read");
    assertThat(large.input()).isEqualTo("in/big.html");
    assertThat(stream.failure()).isEqualTo(Failure.TOO_LARGE);
    assertThat(stream.error()).isEqualTo("too large: over the limit of 100 bytes");
    assertThat(lost.failure()).isEqualTo(Failure.UNREADABLE);
    assertThat(lost.error()).isEqualTo("cannot read: IO the disk went away");
    assertThat(binary.failure()).isEqualTo(Failure.NOT_TEXT);
    assertThat(List.of(large, stream, lost, binary)).allSatisfy(log -> {
      assertThat(log.status()).isEqualTo(FileStatus.ERROR);
      assertThat(log.error()).doesNotContain("--");
    });
    assertThat(rinse.clean("ok.html", "<p>A short page.</p>".getBytes(StandardCharsets.UTF_8)).log().failure()).isNull();
  }

  @Test
  void aBuildersKeyTellsWhatItBuildsButForItsFilesContents() {
    String key = Rinse.builder().rules(temp.resolve("a.yaml")).disable("core.comments").key();

    assertThat(Rinse.builder().rules(temp.resolve("a.yaml")).disable("core.comments").key()).isEqualTo(key);
    assertThat(List.of(
        Rinse.builder().rules(temp.resolve("b.yaml")).disable("core.comments").key(),
        Rinse.builder().rules(temp.resolve("a.yaml")).key(),
        Rinse.builder().rules(temp.resolve("a.yaml")).disable("core.comments").policy("strict").key(),
        Rinse.builder().rules(temp.resolve("a.yaml")).disable("core.comments").maxSize(1000).key(),
        Rinse.builder().rules(temp.resolve("a.yaml")).disable("core.comments").generator("hugo").key(),
        Rinse.builder().rules(temp.resolve("a.yaml")).disable("core.comments").textLoss(0.5, 200).key(),
        Rinse.builder().rules(temp.resolve("a.yaml")).disable("core.comments").rules("t.yaml", "pack: t").key()))
        .doesNotContain(key).doesNotHaveDuplicates();
    assertThat(Rinse.builder().rules("t.yaml", "pack: t").key()).isNotEqualTo(Rinse.builder().rules("t.yaml", "pack: u").key());
  }
}
