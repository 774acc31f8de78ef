package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.report.ReportWriter;
import dev.rinse.run.CorpusCleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandsTest {

  @TempDir
  Path temp;

  private Path in;
  private Path out;
  private final Cli cli = new Cli();

  @BeforeEach
  void corpus() throws IOException {
    in = temp.resolve("in");
    out = temp.resolve("out");
    Cli.twoFiles(in);
  }

  private int rinse(String... args) {
    return cli.run(args);
  }

  @Test
  void aDryRunWritesOnlyTheSummaryAndTheReport() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--dry-run")).isZero();
    assertThat(out.resolve(CorpusCleaner.SUMMARY)).exists();
    assertThat(out.resolve(ReportWriter.INDEX)).exists();
    assertThat(out.resolve("a.md")).doesNotExist();
    assertThat(out.resolve("a.md.changes.json")).doesNotExist();
    assertThat(cli.out()).contains("dry run");
  }

  @Test
  void explainListsEachChangeWithItsPlace() {
    assertThat(rinse("explain", in.resolve("a.md").toString())).isZero();
    assertThat(cli.out())
        .contains("a.md: 3 changes by 3 rules")
        .contains(":7:34: core.font-unwrap unwrap <font color=\"red\"></font>")
        .contains(":7:98: core.comments remove <!-- note -->")
        .doesNotContain("\u001b[");
  }

  @Test
  void explainCountsInWordsAndNamesAFieldItSet() throws IOException {
    Path post = Files.writeString(temp.resolve("liquid.md"), "---\ntitle: A post\n---\n\nThe title is {{ page.title }} "
        + "in a sentence long enough to keep.\n");

    assertThat(rinse("explain", post.toString())).isZero();
    assertThat(cli.out()).contains("liquid.md: 1 change by 1 rule, status warning")
        .contains(":3:1: publish.template set-front-matter-field disableNunjucks -> true\n")
        .doesNotContain(" \n");
  }

  @Test
  void diffShowsAUnifiedDiffAndExitsOneWhenCleaningChangesTheFile() {
    assertThat(rinse("diff", in.resolve("sub/b.html").toString())).isEqualTo(1);
    assertThat(cli.out()).contains("--- ").contains("+++ ")
        .contains("-<p style=\"x\">Another <font>file</font>")
        .contains("+<p>Another file with text enough to stay ok without a flag.</p>");
  }

  @Test
  void verifyHoldsAfterACleanAndNamesTamperedAndStaleFiles() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--quiet")).isZero();
    assertThat(rinse("verify", out.toString())).as(cli.out()).isZero();
    assertThat(cli.out()).contains("2 files checked: all hold");

    Files.writeString(out.resolve("a.md"), Files.readString(out.resolve("a.md")) + "<p>added</p>\n");
    assertThat(rinse("verify", out.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("a.md: output-changed").contains("a.md: stale").contains("a.md: incomplete-log");

    Files.writeString(in.resolve("sub/b.html"), "<p>changed since</p>");
    assertThat(rinse("verify", out.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("sub/b.html: input-changed");
  }

  @Test
  void verifyChecksTheReportPagesOfEveryLoggedFile() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--quiet")).isZero();
    Path page = out.resolve("rinse-report/files/a.md.html");
    String written = Files.readString(page);

    Files.writeString(page, written.replace("<h1>a.md</h1>", "<h1>a.md</h1><img src=\"http://a.test/x.png\">"));
    Files.writeString(out.resolve("rinse-report/files/extra.md.html"), written);
    Files.writeString(out.resolve("rinse-report/files-1.html"), "<!DOCTYPE html><p>no policy</p>");
    Files.delete(out.resolve("rinse-report/files/sub/b.html.html"));
    assertThat(rinse("verify", out.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("a.md: report-page-changed")
        .contains("sub/b.html: missing-report-page")
        .contains("rinse-report/files/extra.md.html: unexpected-report-page")
        .contains("rinse-report/files-1.html: report-page-unguarded")
        .doesNotContain("output-changed");

    assertThat(rinse("report", out.toString())).isZero();
    assertThat(rinse("verify", out.toString())).as(cli.out()).isZero();
    assertThat(Files.readString(page)).isEqualTo(written);
    assertThat(out.resolve("rinse-report/files/extra.md.html")).doesNotExist();
  }

  @Test
  void reportFileWritesThePageOfOneFileAndSaysWhenItsInputIsGoneOrChanged() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--quiet")).isZero();
    Path page = out.resolve("rinse-report/files/a.md.html");
    String written = Files.readString(page);
    Files.delete(page);

    assertThat(rinse("report", out.toString(), "--file", "a.md")).as(cli.err()).isZero();
    assertThat(cli.out().strip()).isEqualTo(page.toString());
    assertThat(Files.readString(page)).isEqualTo(written).contains("<mark data-rule=\"core.font-unwrap\"");
    assertThat(cli.err()).isEmpty();

    Files.writeString(in.resolve("a.md"), Cli.POST.replace("A paragraph", "An edited paragraph"));
    assertThat(rinse("report", out.toString(), "--file", "a.md")).isZero();
    assertThat(cli.err()).contains("a.md: The input " + in.resolve("a.md").toAbsolutePath()).contains("changed since the run");
    assertThat(Files.readString(page)).contains("changed since the run").doesNotContain("<mark");

    Files.delete(in.resolve("a.md"));
    assertThat(rinse("report", out.toString(), "--file", "a.md")).isZero();
    assertThat(cli.err()).contains("is gone");
    assertThat(Files.readString(page)).contains("is gone").contains("core.font-unwrap");

    assertThat(rinse("report", out.toString(), "--file", "no/such.md")).isEqualTo(2);
    assertThat(cli.err()).contains("no/such.md: no change log of that name");
    assertThat(rinse("report", out.toString(), "--file", "../a.md")).isEqualTo(2);
  }

  @Test
  void aChangeLogOfANewerFormatIsOneLineNamingIt() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--quiet")).isZero();
    Path log = out.resolve("a.md.changes.json");
    Files.writeString(log, Files.readString(log).replace("\"format\": 2", "\"format\": 3"));

    assertThat(rinse("report", out.toString(), "--file", "a.md")).isEqualTo(2);
    assertThat(cli.err()).contains(log.toString()).contains("format 3 is newer").doesNotContain("\tat ");
    assertThat(rinse("verify", out.toString())).isEqualTo(2);
    assertThat(cli.err().lines()).hasSize(1);
  }

  @Test
  void aFailedFileIsNotSaidToHaveChanged() throws IOException {
    Files.write(in.resolve("binary.html"), new byte[] {0, 1, 2, 0, 0, 0});
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--quiet")).isEqualTo(1);

    rinse("verify", out.toString());

    assertThat(cli.out()).doesNotContain("binary.html: input-changed");
  }

  @Test
  void serveOnAPortInUseSaysSoInOneLine() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--quiet")).isZero();
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThat(rinse("serve", out.toString(), "--port", String.valueOf(taken.getLocalPort()))).isEqualTo(2);
    }
    assertThat(cli.err()).contains("is in use").doesNotContain("\tat ");
  }

  @Test
  void serveRefusesAPortOutOfRangeBeforeServing() {
    assertThat(rinse("serve", out.toString(), "--port", "70000")).isEqualTo(2);
    assertThat(cli.err()).contains("--port must be 0 (any free one) to 65535");
  }

  @Test
  void restoreRefusesARunWhoseInputIsNotHereAndChangesNothing() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--quiet")).isZero();
    Path summary = out.resolve("rinse-summary.json");
    String json = Files.readString(summary);
    // as a Spark job records a folder it read from HDFS; the logs' own inputs are still here
    Files.writeString(summary, json.replace(new ObjectMapper().writeValueAsString(in.toAbsolutePath().toString()),
        "\"hdfs://cluster/in\""));
    String refused = Files.readString(summary);

    assertThat(rinse("restore", out.toString(), "--rule", "core.font-unwrap")).isEqualTo(2);
    assertThat(cli.err()).contains("cannot restore: the run's input hdfs://cluster/in is not here");
    assertThat(Files.readString(summary)).isEqualTo(refused).contains("hdfs://cluster/in");

    Files.delete(in.resolve("a.md"));
    assertThat(rinse("restore", out.toString(), "--rule", "core.font-unwrap")).isEqualTo(2);
    assertThat(cli.err()).contains("cannot restore exactly: 1 input(s) changed or went since the run, e.g. a.md");
  }

  @Test
  void restoreTakesOneRulesChangesBackAsIfTheRuleHadBeenOff() throws IOException {
    Path withoutRule = temp.resolve("without");
    assertThat(rinse("clean", in.toString(), "--out", withoutRule.toString(), "--disable", "core.font-unwrap", "--quiet")).isZero();
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--quiet")).isZero();
    assertThat(Files.readString(out.resolve("a.md"))).doesNotContain("<font");

    assertThat(rinse("restore", out.toString(), "--rule", "core.font-unwrap")).as(cli.err()).isZero();

    assertThat(cli.out()).contains("restored 2 changes of core.font-unwrap in 2 files");
    for (String file : new String[] {"a.md", "sub/b.html"}) {
      assertThat(Files.readString(out.resolve(file))).isEqualTo(Files.readString(withoutRule.resolve(file)));
      FileLog restored = ChangeLogJson.readLog(out.resolve(file + ".changes.json"));
      assertThat(restored.changes()).isEqualTo(ChangeLogJson.readLog(withoutRule.resolve(file + ".changes.json")).changes());
      assertThat(restored.changes()).extracting(c -> c.rule()).doesNotContain("core.font-unwrap");
    }
    assertThat(rinse("verify", out.toString())).isZero();
    assertThat(rinse("restore", out.toString(), "--rule", "core.font-unwrap")).isEqualTo(2);
    assertThat(cli.err()).contains("already off");
    assertThat(rinse("restore", out.toString(), "--rule", "no.such-rule")).isEqualTo(2);
    assertThat(cli.err()).contains("no rule has the id 'no.such-rule'");
  }

  @Test
  void reportRebuildsTheSameIndexFromTheLogs() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--quiet")).isZero();
    String index = Files.readString(out.resolve(ReportWriter.INDEX));
    String page = Files.readString(out.resolve("rinse-report/files/a.md.html"));
    Files.delete(out.resolve(ReportWriter.INDEX));

    assertThat(rinse("report", out.toString())).isZero();

    assertThat(Files.readString(out.resolve(ReportWriter.INDEX))).isEqualTo(index);
    assertThat(Files.readString(out.resolve("rinse-report/files/a.md.html"))).isEqualTo(page)
        .contains("<mark data-rule=\"core.font-unwrap\"");
    assertThat(out.resolve("rinse-report/rules/core.comments.html")).exists();
  }

  @Test
  void rulesImpactCountsFilesAndPlacesWithoutWriting() {
    assertThat(rinse("rules", "impact", "--rule", "core.font-unwrap", in.toString())).isZero();
    assertThat(cli.out()).startsWith("core.font-unwrap touches 2 of 2 files, 2 places")
        .contains("a.md:7:34: <font color=\"red\"></font>");
    assertThat(rinse("rules", "impact", "--rule", "nope.nope", in.toString())).isEqualTo(2);
    assertThat(rinse("rules", "list")).isZero();
    assertThat(cli.out()).contains("sina.stock-wrapper").contains("core.tracking-params");
  }

  @Test
  void rulesImpactReadsTheFilesACleanWould() throws IOException {
    Path site = Files.createDirectories(temp.resolve("site"));
    for (String name : List.of("a.md", "drafts/b.md", "c.md")) {
      Files.writeString(Files.createDirectories(site.resolve(name).getParent()).resolve(site.resolve(name).getFileName()),
          "---\ntitle: x\n---\n<p>Text of a post long enough to keep.<!-- a note --></p>\n");
    }
    Files.writeString(site.resolve(".rinseignore"), "drafts/\n[oops\n");

    assertThat(rinse("rules", "impact", "--rule", "core.comments", site.toString())).isZero();
    assertThat(cli.out()).startsWith("core.comments touches 2 of 2 files");
    assertThat(cli.err()).contains(".rinseignore:2: warning: '[oops'");
    assertThat(rinse("rules", "impact", "--rule", "core.comments", site.toString(), "--no-ignore", "--exclude", "c.md"))
        .isZero();
    assertThat(cli.out()).startsWith("core.comments touches 2 of 2 files").contains("drafts/b.md").doesNotContain("c.md");
  }

  @Test
  void rulesImpactShowsEachSampleWholeAsExplainDoes() throws IOException {
    Path styled = Files.createDirectories(temp.resolve("styled"));
    Files.writeString(styled.resolve("s.html"), "<p style=\"font-family: Georgia, serif; color: #333\">A paragraph of "
        + "text long enough to stay.</p>\n");

    assertThat(rinse("rules", "impact", "--rule", "core.style-attribute", styled.toString())).isZero();
    assertThat(cli.out()).contains("s.html:1:4: style=\"font-family: Georgia, serif; color: #333\"");
  }

  @Test
  void theTextLossGuardIsConfigurable() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--quiet", "--max-text-loss", "0.05")).isZero();
    assertThat(ChangeLogJson.readLog(out.resolve("sub/b.html.changes.json")).warnings()).isEmpty();
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--max-text-loss", "2")).isEqualTo(2);
    assertThat(cli.err()).contains("at most 1");
  }
}
