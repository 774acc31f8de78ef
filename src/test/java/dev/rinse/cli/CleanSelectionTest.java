package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanSelectionTest {
  private static final String POST = "\n---\ntitle: 'A post'\n---\n\n"
      + "<div><p style=\"color:red\">A paragraph of the post that is long enough to keep.</p><!-- note --></div>\n";

  @TempDir
  Path temp;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int rinse(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private int clean(String... options) {
    List<String> args = new ArrayList<>(List.of("clean", in().toString(), "--out", outDir().toString()));
    args.addAll(List.of(options));
    return rinse(args.toArray(String[]::new));
  }

  private Path in() {
    return temp.resolve("in");
  }

  private Path outDir() {
    return temp.resolve("out");
  }

  private void write(String relative, String text) throws IOException {
    Path file = in().resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private RunSummary.Totals summary() {
    return ChangeLogJson.readSummary(outDir().resolve("rinse-summary.json"));
  }

  @Test
  void includesAndExcludesChooseTheFilesCleanedAndWhatIsLeftOutIsCountedApart() throws IOException {
    write("posts/a.md", POST);
    write("posts/2024/b.md", POST);
    write("posts/a.draft.md", POST);
    write("pages/c.html", POST);
    write("notes.txt", "not a post");

    int status = clean("--include", "posts/**", "--exclude", "*.draft.md");

    assertThat(status).as(err.toString()).isZero();
    assertThat(outDir().resolve("posts/a.md")).exists();
    assertThat(outDir().resolve("posts/2024/b.md")).exists();
    assertThat(outDir().resolve("posts/a.draft.md")).doesNotExist();
    assertThat(outDir().resolve("pages/c.html")).doesNotExist();
    RunSummary.Totals totals = summary();
    assertThat(totals.files()).isEqualTo(2);
    assertThat(totals.skipped()).isZero();
    assertThat(totals.leftOut()).isEqualTo(3);
    assertThat(totals.leftOutFiles()).containsExactly("notes.txt", "pages/c.html", "posts/a.draft.md");
    assertThat(totals.run().include()).containsExactly("posts/**");
    assertThat(totals.run().exclude()).containsExactly("*.draft.md");
    assertThat(out.toString()).contains("2 files: 2 ok, 0 with warnings, 0 failed; 0 skipped (not posts or pages); "
        + "3 left out by --include/--exclude/.rinseignore");
    Document report = Jsoup.parse(outDir().resolve("rinse-report.html").toFile());
    assertThat(report.select("#total-left-out b").text()).isEqualTo("3");
    assertThat(report.select("#total-left-out span").text()).isEqualTo("left out by the selection");
  }

  @Test
  void aRinseignoreFileLeavesOutWhatItMatchesAndWarnsOfALineItCannotRead() throws IOException {
    write("a.md", POST);
    write("drafts/b.md", POST);
    write("posts/c.md", POST);
    write("posts/d.md", POST);
    write(".rinseignore", "# drafts are not published\ndrafts/\n[oops\n");
    write("posts/.rinseignore", "*.md\n!c.md\n");

    int status = clean();

    assertThat(status).as(err.toString()).isZero();
    assertThat(outDir().resolve("a.md")).exists();
    assertThat(outDir().resolve("posts/c.md")).exists();
    assertThat(outDir().resolve("posts/d.md")).doesNotExist();
    assertThat(outDir().resolve("drafts")).doesNotExist();
    assertThat(outDir().resolve(".rinseignore")).doesNotExist();
    assertThat(summary().leftOutFiles()).containsExactly("drafts/", "posts/d.md");
    assertThat(err.toString()).contains(in().resolve(".rinseignore") + ":3: warning: '[oops' has an unclosed '['");
  }

  @Test
  void checkReadsOnlyTheSelectedFilesAndWarnsOfIgnoreLinesToo() throws IOException {
    write("a.md", POST);
    write("b.draft.md", POST);
    write(".rinseignore", "[oops\n");

    int status = rinse("clean", in().toString(), "--check", "--exclude", "*.draft.md");

    assertThat(status).isEqualTo(1);
    assertThat(out.toString()).contains("would change: a.md").doesNotContain("b.draft.md");
    assertThat(err.toString()).contains(".rinseignore:1: warning: '[oops' has an unclosed '['");
  }

  @Test
  void quietPrintsNoWarningOfIgnoreLines() throws IOException {
    write("a.md", POST);
    write("b.md", POST);
    write(".rinseignore", "[oops\nb.md\n");

    int status = clean("--quiet");

    assertThat(status).as(err.toString()).isZero();
    assertThat(outDir().resolve("a.md")).exists();
    assertThat(outDir().resolve("b.md")).doesNotExist();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void noIgnoreReadsNoRinseignoreFile() throws IOException {
    write("a.md", POST);
    write(".rinseignore", "a.md\n");

    int status = clean("--no-ignore");

    assertThat(status).as(err.toString()).isZero();
    assertThat(outDir().resolve("a.md")).exists();
    assertThat(summary().leftOut()).isZero();
  }

  @Test
  void anInvalidGlobIsAUsageErrorNamingItAndNothingIsWritten() throws IOException {
    write("a.md", POST);

    int status = clean("--exclude", "posts/[oops");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString().lines().findFirst().orElseThrow())
        .startsWith("rinse: error: ")
        .contains("--exclude")
        .contains("'posts/[oops' has an unclosed '['");
    assertThat(outDir()).doesNotExist();
  }

  @Test
  void aFileNamedAsInputIsCleanedDespiteAnExclude() throws IOException {
    write("a.draft.md", POST);

    int status = rinse("clean", in().resolve("a.draft.md").toString(), "--out", outDir().toString(),
        "--exclude", "*.draft.md", "--include", "nothing/**");

    assertThat(status).as(err.toString()).isZero();
    assertThat(outDir().resolve("a.draft.md")).exists();
    assertThat(summary().leftOut()).isZero();
  }

  @Test
  void outputsOfFilesNewlyLeftOutAreListedAsStaleAndRemovedOnlyWithPrune() throws IOException {
    write("a.md", POST);
    write("b.md", POST);
    assertThat(clean()).as(err.toString()).isZero();

    assertThat(clean("--exclude", "a.md")).as(err.toString()).isZero();

    assertThat(outDir().resolve("a.md")).exists();
    assertThat(outDir().resolve("a.md.changes.json")).exists();
    assertThat(summary().staleOutputs()).containsExactly("a.md");
    assertThat(err.toString()).contains("holds the outputs of 1 input that this run does not have")
        .contains("left out by --include/--exclude/.rinseignore");

    assertThat(clean("--exclude", "a.md", "--prune")).as(err.toString()).isZero();

    assertThat(outDir().resolve("a.md")).doesNotExist();
    assertThat(outDir().resolve("a.md.changes.json")).doesNotExist();
    assertThat(outDir().resolve("b.md")).exists();
    assertThat(summary().prunedOutputs()).containsExactly("a.md");
  }

  @Test
  void aFileLeftOutWhileTheRulesChangedIsCleanedAgainWhenItIsBack() throws IOException {
    write("a.md", POST);
    write("b.md", POST);
    assertThat(clean()).as(err.toString()).isZero();
    assertThat(rules("a.md")).contains("core.comments");

    assertThat(clean("--exclude", "a.md", "--disable", "core.comments")).as(err.toString()).isZero();
    assertThat(clean("--disable", "core.comments")).as(err.toString()).isZero();

    assertThat(rules("a.md")).doesNotContain("core.comments").isEqualTo(rules("b.md"));
  }

  private List<String> rules(String relative) {
    return ChangeLogJson.readLog(outDir().resolve(relative + ".changes.json")).changes().stream()
        .map(change -> change.rule()).toList();
  }

  @Test
  void aFileLeftOutIsCleanedWhenTheSelectionTakesItBack() throws IOException {
    write("a.md", POST);
    write("b.md", POST);
    assertThat(clean("--exclude", "a.md")).as(err.toString()).isZero();
    assertThat(outDir().resolve("a.md")).doesNotExist();

    assertThat(clean()).as(err.toString()).isZero();

    assertThat(outDir().resolve("a.md")).exists();
    assertThat(summary().files()).isEqualTo(2);
    assertThat(summary().leftOut()).isZero();
  }
}
