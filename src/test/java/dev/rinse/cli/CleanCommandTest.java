package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.changelog.FileStatus;
import dev.rinse.changelog.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {
  private static final String POST = "\n---\ntitle: 'A post'\nauthor: Someone\n---\n\n"
      + "<div><p style=\"color:red\">A paragraph of the post that is long enough to keep.</p><!-- note --></div>\n";

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int rinse(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path write(String relative, String text) throws IOException {
    Path file = temp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void cleansAFolderIntoTheSameLayoutWithALogPerFileAndASummary() throws IOException {
    write("in/a.md", POST);
    write("in/sub/b.html", "<p onclick=\"x()\">A page fragment with a click handler and with text enough to keep.</p>");
    write("in/notes.txt", "not a post");
    Path outDir = temp.resolve("out");

    int status = rinse("clean", temp.resolve("in").toString(), "--out", outDir.toString());

    assertThat(status).as(err.toString()).isZero();
    assertThat(Files.readString(outDir.resolve("a.md"))).contains("<p>A paragraph").doesNotContain("<!--");
    assertThat(outDir.resolve("sub/b.html")).exists();
    FileLog log = ChangeLogJson.readLog(outDir.resolve("a.md.changes.json"));
    assertThat(log.source()).isEqualTo("a.md");
    assertThat(log.status()).isEqualTo(FileStatus.OK);
    assertThat(log.changes()).extracting(c -> c.rule()).contains("core.comments", "core.style-attribute");
    RunSummary.Totals totals = ChangeLogJson.readSummary(outDir.resolve("rinse-summary.json"));
    assertThat(totals.files()).isEqualTo(2);
    assertThat(totals.skipped()).isEqualTo(1);
    assertThat(out.toString()).contains("2 files: 2 ok").contains("core.comments");
    assertThat(outDir.resolve("notes.txt")).doesNotExist();
  }

  @Test
  void inputsNamedLikeTheReportAreRefusedEachWithAnErrorAndTheRunGoesOn() throws IOException {
    write("in/x.md", POST);
    write("in/rinse-report/files/x.md.html", "<p>A page that would take the place of x.md's report page.</p>");
    write("in/Rinse-Report.html", "<p>A page that would take the place of the report's index.</p>");
    Path outDir = temp.resolve("out");

    int status = rinse("clean", temp.resolve("in").toString(), "--out", outDir.toString());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString().lines().filter(line -> line.contains(": error: not cleaned: in the output folder")))
        .containsExactlyInAnyOrder(
            "Rinse-Report.html: error: not cleaned: in the output folder rinse-report.html is the report; "
                + "rename the input or clean its folder separately",
            "rinse-report/files/x.md.html: error: not cleaned: in the output folder rinse-report/ holds the report; "
                + "rename the input or clean its folder separately");
    assertThat(Files.readString(outDir.resolve("rinse-report/files/x.md.html"))).contains("<h1>x.md</h1>")
        .doesNotContain("would take the place");
    assertThat(Files.readString(outDir.resolve("rinse-report.html"))).contains("What rinse removed");
    assertThat(outDir.resolve("rinse-report/files/x.md.html.changes.json")).doesNotExist();
    assertThat(outDir.resolve("x.md")).exists();
    RunSummary.Totals totals = ChangeLogJson.readSummary(outDir.resolve("rinse-summary.json"));
    assertThat(totals.error()).isEqualTo(2);
    assertThat(totals.ok()).isEqualTo(1);
  }

  @Test
  void aBrokenFileIsReportedWhileTheOthersAreWritten() throws IOException {
    write("in/good.md", POST);
    Files.write(temp.resolve("in/bad.md"), new byte[] {0, 1, 2, 3, 0, 0, 'x', 0, 5, 6, 7});
    Path outDir = temp.resolve("out");

    int status = rinse("clean", temp.resolve("in").toString(), "--out", outDir.toString());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("bad.md: error: not text: 90% of the first 11 bytes are control bytes");
    assertThat(outDir.resolve("good.md")).exists();
    assertThat(outDir.resolve("bad.md")).doesNotExist();
    FileLog log = ChangeLogJson.readLog(outDir.resolve("bad.md.changes.json"));
    assertThat(log.status()).isEqualTo(FileStatus.ERROR);
    assertThat(log.error()).startsWith("not text");
    assertThat(ChangeLogJson.readSummary(outDir.resolve("rinse-summary.json")).failures())
        .extracting(RunSummary.Problem::source).containsExactly("bad.md");
  }

  @Test
  void anInvalidRuleFileStopsTheRunWithItsLineAndColumnAndWritesNothing() throws IOException {
    write("in/a.md", POST);
    Path rules = write("rules/bad.yaml", """
        pack: mine
        why: a pack with a broken selector
        rules:
          - id: mine.broken
            why: broken on purpose
            select: 'div[class'
            action: remove
        """);
    Path outDir = temp.resolve("out");

    int status = rinse("clean", temp.resolve("in").toString(), "--out", outDir.toString(), "--rules", rules.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).startsWith("rinse: error: " + rules + ":6:13: invalid CSS selector 'div[class'");
    assertThat(outDir).doesNotExist();
    assertThat(rinse("clean", temp.resolve("in").toString(), "--out", outDir.toString(), "--rules", rules.toString(),
        "--dry-run")).isEqualTo(2);
    assertThat(outDir).doesNotExist();
  }

  @Test
  void aRuleFileBrokenSinceTheLastRunIsReadAgainAndStopsTheRun() throws IOException {
    write("in/a.md", POST);
    Path rules = write("rules/mine.yaml", """
        pack: mine
        why: a pack that works, then does not
        rules:
          - id: mine.box
            why: boxes
            select: 'div.box'
            action: remove
        """);
    Path outDir = temp.resolve("out");
    String[] clean = {"clean", temp.resolve("in").toString(), "--out", outDir.toString(), "--rules", rules.toString()};
    assertThat(rinse(clean)).isZero();
    byte[] summary = Files.readAllBytes(outDir.resolve("rinse-summary.json"));
    Files.writeString(rules, Files.readString(rules).replace("'div.box'", "'div.box['"));

    assertThat(rinse(clean)).isEqualTo(2);

    assertThat(err.toString()).startsWith("rinse: error: " + rules + ":6:13: invalid CSS selector 'div.box['");
    assertThat(outDir.resolve("rinse-summary.json")).as("nothing written").hasBinaryContent(summary);
    assertThat(outDir.resolve(".rinse-running")).doesNotExist();
  }

  @Test
  void anExtraPackRunsAndReplacesTheBuiltInPackOfTheSameName() throws IOException {
    write("in/a.html", "<p>Keep this <!-- keep me --> paragraph, which is long enough to pass.</p>");
    Path rules = write("rules/core-comments.yaml", """
        pack: core-comments
        why: this run keeps comments out of the rules
        rules:
          - id: core.comments
            why: only notes that say so
            comment: 'drop me'
            action: remove
        """);
    Path outDir = temp.resolve("out");

    int status = rinse("clean", temp.resolve("in/a.html").toString(), "--out", outDir.toString(), "--rules", rules.toString());

    assertThat(status).as(err.toString()).isZero();
    assertThat(ChangeLogJson.readLog(outDir.resolve("a.html.changes.json")).changes())
        .extracting(c -> c.rule()).containsExactly("policy.comment");
  }

  @Test
  void twoInputsThatWouldWriteOneOutputAreRefusedBeforeAnythingIsWritten() throws IOException {
    write("one/a.md", POST);
    write("two/a.md", POST);
    Path outDir = temp.resolve("out");

    int status = rinse("clean", temp.resolve("one").toString(), temp.resolve("two").toString(), "--out", outDir.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("would both be written to a.md");
    assertThat(outDir).doesNotExist();
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(rinse("clean", temp.resolve("missing").toString(), "--out", temp.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("missing: no such file or folder");
    assertThat(rinse("clean", "--out")).isEqualTo(2);
    assertThat(rinse("clean", temp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--out=DIR'");
    assertThat(rinse("frobnicate")).isEqualTo(2);
  }

  @Test
  void anOutputFolderInsideTheInputIsLeftOutOfTheWalk() throws IOException {
    write("in/a.md", POST);
    Path outDir = temp.resolve("in/cleaned");

    assertThat(rinse("clean", temp.resolve("in").toString(), "--out", outDir.toString())).isZero();
    assertThat(rinse("clean", temp.resolve("in").toString(), "--out", outDir.toString())).isZero();

    assertThat(outDir.resolve("a.md")).exists();
    assertThat(outDir.resolve("cleaned")).doesNotExist();
    assertThat(rinse("clean", outDir.toString(), "--out", temp.resolve("in").toString())).isEqualTo(2);
  }

  @Test
  void inputsAreNeverModified() throws IOException {
    Path post = write("in/a.md", POST);
    byte[] before = Files.readAllBytes(post);
    var modified = Files.getLastModifiedTime(post);

    rinse("clean", temp.resolve("in").toString(), "--out", temp.resolve("out").toString());

    assertThat(Files.readAllBytes(post)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(post)).isEqualTo(modified);
  }

  @Test
  void outputsOfInputsThatAreGoneAreListedAndKeptUnlessPruned() throws IOException {
    for (int i = 0; i < 12; i++) {
      write("in/old/p" + i + ".md", POST);
    }
    write("in/kept.md", POST);
    Path in = temp.resolve("in");
    Path outDir = temp.resolve("out");
    assertThat(rinse("clean", in.toString(), "--out", outDir.toString())).isZero();
    Path mine = write("out/old/mine.md", "not rinse's");
    Path mineLog = write("out/old/mine.md.changes.json", "{}");
    write("out/notes.txt", "not rinse's either");
    deleteTree(in.resolve("old"));

    assertThat(rinse("clean", in.toString(), "--out", outDir.toString())).isZero();

    assertThat(err.toString()).contains("holds the outputs of 12 inputs that this run does not have")
        .contains("  old/p0.md\n").contains("  old/p11.md\n").doesNotContain("old/p9.md\n").contains("(2 more in rinse-summary.json)")
        .doesNotContain("mine.md");
    RunSummary.Totals listed = ChangeLogJson.readSummary(outDir.resolve("rinse-summary.json"));
    assertThat(listed.staleOutputs()).hasSize(12).contains("old/p0.md", "old/p11.md");
    assertThat(listed.prunedOutputs()).isEmpty();
    assertThat(outDir.resolve("old/p0.md")).exists();

    err.getBuffer().setLength(0);
    assertThat(rinse("clean", in.toString(), "--out", outDir.toString(), "--prune")).isZero();

    assertThat(err.toString()).contains("removed the outputs (cleaned file, change log, report page) of 12 inputs");
    RunSummary.Totals pruned = ChangeLogJson.readSummary(outDir.resolve("rinse-summary.json"));
    assertThat(pruned.prunedOutputs()).hasSize(12);
    assertThat(pruned.staleOutputs()).isEmpty();
    for (String gone : java.util.List.of("old/p3.md", "old/p3.md.changes.json", "rinse-report/files/old/p3.md.html")) {
      assertThat(outDir.resolve(gone)).as(gone).doesNotExist();
    }
    assertThat(mine).as("a file rinse did not write").hasContent("not rinse's");
    assertThat(mineLog).hasContent("{}");
    assertThat(outDir.resolve("notes.txt")).exists();
    assertThat(outDir.resolve("kept.md")).exists();
    assertThat(in.resolve("kept.md")).hasContent(POST);

    err.getBuffer().setLength(0);
    assertThat(rinse("clean", in.toString(), "--out", outDir.toString(), "--prune")).isZero();
    assertThat(err.toString()).as("nothing left to prune").doesNotContain("outputs of");
  }

  @Test
  void anotherCorpusCleanedIntoTheFolderMakesTheFirstOnesOutputsStale() throws IOException {
    write("a/one.md", POST);
    write("a/two.html", "<p>A page of the first corpus, with text enough to keep it.</p>");
    write("b/three.md", POST);
    Path outDir = temp.resolve("out");
    assertThat(rinse("clean", temp.resolve("a").toString(), "--out", outDir.toString())).isZero();

    assertThat(rinse("clean", temp.resolve("b").toString(), "--out", outDir.toString(), "--dry-run", "--prune")).isZero();
    assertThat(ChangeLogJson.readSummary(outDir.resolve("rinse-summary.json")).staleOutputs())
        .as("a dry run removes nothing").containsExactly("one.md", "two.html");
    assertThat(outDir.resolve("one.md")).exists();

    assertThat(rinse("clean", temp.resolve("b").toString(), "--out", outDir.toString(), "--prune")).isZero();

    assertThat(ChangeLogJson.readSummary(outDir.resolve("rinse-summary.json")).prunedOutputs())
        .containsExactly("one.md", "two.html");
    assertThat(outDir.resolve("one.md")).doesNotExist();
    assertThat(outDir.resolve("two.html.changes.json")).doesNotExist();
    assertThat(outDir.resolve("three.md")).exists();
    assertThat(temp.resolve("a/one.md")).as("inputs are never touched").exists();
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Test
  void failOnWarningCountsAFileWithWarningsAsFailedForTheExitStatus() throws IOException {
    write("in/short.html", "<p>Too short.</p>"); // core.short-text flags it: status warning
    String in = temp.resolve("in").toString();

    assertThat(rinse("clean", in, "--out", temp.resolve("a").toString(), "--quiet")).as("warnings pass by default").isZero();
    assertThat(rinse("clean", in, "--out", temp.resolve("b").toString(), "--quiet", "--fail-on", "warning")).isEqualTo(1);
    assertThat(rinse("clean", in, "--out", temp.resolve("c").toString(), "--quiet", "--fail-on", "error")).isZero();
    assertThat(rinse("clean", in, "--out", temp.resolve("d").toString(), "--fail-on", "warnings")).isEqualTo(2);
  }

  @Test
  void checkWritesNothingAndSaysWhetherCleaningWouldChangeAFile() throws IOException {
    Path dirty = write("dirty/a.md", POST);
    assertThat(rinse("clean", temp.resolve("dirty").toString(), "--out", temp.resolve("clean").toString(), "--quiet")).isZero();
    Path clean = temp.resolve("clean/a.md");

    assertThat(rinse("clean", dirty.getParent().toString(), "--check")).isEqualTo(1);
    assertThat(out.toString()).contains("would change: a.md");
    assertThat(rinse("clean", clean.toString(), "--check")).as("a cleaned file cleans to itself").isZero();
    try (var files = Files.list(temp.resolve("dirty"))) {
      assertThat(files.map(f -> f.getFileName().toString())).as("nothing written beside the inputs").containsExactly("a.md");
    }
    assertThat(rinse("clean", dirty.getParent().toString())).as("--out is needed without --check").isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--out=DIR'");
  }
}
