package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rinse.yaml: defaults for clean's options, found beside the inputs, checked at their place, and beaten by the command line. */
class ConfigFileTest {
  private static final String PAGE = "<p style=\"color:red\">A paragraph long enough to keep, with a "
      + "<span class=\"promo\">promo</span> in it.<!-- a note --></p>\n";
  private static final String PACK = "pack: mysite\nwhy: this site's furniture\nrules:\n"
      + "  - id: mysite.promo\n    why: a promo span\n    select: span.promo\n    action: remove\n";

  @TempDir
  Path temp;

  private Path site;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void site() throws IOException {
    site = temp.resolve("site");
    write("site/content/posts/a.html", PAGE);
    write("site/packs/mysite.yaml", PACK);
  }

  private Path write(String relative, String text) throws IOException {
    Path file = temp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private int rinse(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private String log(Path outDir) throws IOException {
    return Files.readString(outDir.resolve("posts/a.html.changes.json"), StandardCharsets.UTF_8);
  }

  @Test
  void aFileAboveTheInputSetsTheDefaultsWithPathsReadFromItsFolder() throws IOException {
    write("site/rinse.yaml", "# this site\nrules: [packs/mysite.yaml]\ndisable:\n  - core.comments\nno-report: true\n");
    Path outDir = temp.resolve("out");

    assertThat(rinse("clean", site.resolve("content").toString(), "--out", outDir.toString())).as(err.toString()).isZero();

    assertThat(log(outDir)).contains("mysite.promo").doesNotContain("core.comments");
    assertThat(outDir.resolve("rinse-report.html")).doesNotExist();
  }

  @Test
  void itChoosesTheFilesCleanedToo() throws IOException {
    write("site/content/posts/b.draft.html", PAGE);
    write("site/content/drafts/c.html", PAGE);
    write("site/rinse.yaml", "include: ['posts/**']\nexclude:\n  - '*.draft.html'\n");
    Path outDir = temp.resolve("out");

    assertThat(rinse("clean", site.resolve("content").toString(), "--out", outDir.toString())).as(err.toString()).isZero();

    assertThat(outDir.resolve("posts/a.html")).exists();
    assertThat(outDir.resolve("posts/b.draft.html")).doesNotExist();
    assertThat(outDir.resolve("drafts/c.html")).doesNotExist();
  }

  @Test
  void theCommandLineWins() throws IOException {
    write("site/rinse.yaml", "rules: [packs/mysite.yaml]\ndisable: [core.comments]\nno-report: true\n");
    Path outDir = temp.resolve("out");

    assertThat(rinse("clean", site.resolve("content").toString(), "--out", outDir.toString(),
        "--disable", "mysite.promo")).as(err.toString()).isZero();

    // --disable on the command line replaces the file's list: the comment goes again, the promo stays
    assertThat(log(outDir)).contains("core.comments").doesNotContain("\"mysite.promo\"");
  }

  @Test
  void aNamedFileIsReadInsteadAndNoConfigReadsNone() throws IOException {
    write("site/rinse.yaml", "disable: [core.comments]\n");
    Path other = write("elsewhere/strict.yaml", "policy: strict\ndisable: [core.tracking-params]\n");

    assertThat(rinse("clean", site.resolve("content").toString(), "--out", temp.resolve("a").toString(),
        "--config", other.toString())).isZero();
    assertThat(log(temp.resolve("a"))).contains("core.comments");

    assertThat(rinse("clean", site.resolve("content").toString(), "--out", temp.resolve("b").toString(), "--no-config"))
        .isZero();
    assertThat(log(temp.resolve("b"))).contains("core.comments");

    assertThat(rinse("clean", site.resolve("content").toString(), "--out", temp.resolve("c").toString(),
        "--config", temp.resolve("nothing.yaml").toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("nothing.yaml: no such configuration file (--config)");
  }

  @Test
  void mistakesAreNamedAtTheirLineAndColumnAndNothingIsWritten() throws IOException {
    Path config = site.resolve("rinse.yaml");
    Path outDir = temp.resolve("out");
    List<List<String>> cases = List.of(
        List.of("jobs: 2\njbos: 3\n", ":2:1: unknown key 'jbos' in a rinse.yaml; expected one of", "did you mean 'jobs'?"),
        List.of("max-text-loss: 0.2\njobs: four\n", ":2:7: Invalid value for option '--jobs': 'four' is not an int"),
        List.of("generator: [hexo, hugo]\n", ":1:12: 'generator' takes one value, not a list"),
        List.of("no-report: 'yes'\n", ":1:12: 'no-report' must be true or false"),
        List.of("jobs: 2\n  nested: x\n", ":2:9:"));
    for (List<String> bad : cases) {
      Files.writeString(config, bad.get(0), StandardCharsets.UTF_8);

      assertThat(rinse("clean", site.resolve("content").toString(), "--out", outDir.toString()))
          .as(bad.get(0)).isEqualTo(Main.USAGE);

      assertThat(err.toString()).startsWith("rinse: error: " + config);
      bad.subList(1, bad.size()).forEach(part -> assertThat(err.toString()).as(bad.get(0)).contains(part));
      assertThat(outDir).doesNotExist();
    }
  }

  @Test
  void inputsUnderDifferentFilesAreRefused() throws IOException {
    write("site/rinse.yaml", "jobs: 1\n");
    write("other/b.html", PAGE);

    assertThat(rinse("clean", site.resolve("content").toString(), temp.resolve("other").toString(), "--out",
        temp.resolve("out").toString())).isEqualTo(Main.USAGE);

    assertThat(err.toString()).contains("lie under different rinse.yaml files", "--config");
  }

  @Test
  void theWorkingFoldersFileCountsWhenNoInputHasOne() throws Exception {
    write("work/rinse.yaml", "jobs: 1\n");

    Configured configured = Configured.of(List.of(temp.resolve("other").toString(), "--out", "x"), temp.resolve("work"));

    assertThat(configured.arguments()).startsWith("--jobs=1");
    assertThat(configured.sources()).containsEntry("jobs", temp.resolve("work/rinse.yaml") + ":1:7");
  }

  @Test
  void configShowSaysWhereEachValueCameFrom() throws IOException {
    write("site/rinse.yaml", "generator: jekyll\njobs: 3\nrules: [packs/mysite.yaml]\n");

    assertThat(rinse("config", "show", site.resolve("content").toString(), "--jobs", "2")).as(err.toString()).isZero();

    String config = site.resolve("rinse.yaml").toString();
    assertThat(out.toString()).contains("# configuration: " + config)
        .containsPattern("generator +jekyll +" + config + ":1:12")
        .containsPattern("jobs +2 +command line")
        .containsPattern("rules +" + site.resolve("packs/mysite.yaml") + " +" + config + ":3:8")
        .containsPattern("max-text-loss +0.3 +default");
  }
}
