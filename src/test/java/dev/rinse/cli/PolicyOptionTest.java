package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which policy a file gets: {@code --policy}, else a pack's for its scope, else the built-in default. */
class PolicyOptionTest {
  private static final String PAGE = "<p class=\"lead\">A paragraph long enough to keep, with "
      + "<img src=\"https://example.com/a.jpg\" alt=\"a photo\"> in it.</p>\n";

  /** A pack that names the relaxed policy for the files under news/. */
  private static final String NEWS_PACK = """
        pack: news
        why: the news section keeps its classes
        scope:
          - path: 'news/**'
        policy: relaxed
        rules:
          - id: news.nothing
            why: a pack needs a rule
            select: 'p.none-such'
            action: remove
        """;

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

  private String cleaned(String name, String... options) throws IOException {
    Path outDir = temp.resolve("out");
    String[] args = new String[options.length + 4];
    args[0] = "clean";
    args[1] = temp.resolve("in").toString();
    args[2] = "--out";
    args[3] = outDir.toString();
    System.arraycopy(options, 0, args, 4, options.length);
    assertThat(rinse(args)).as(err.toString()).isZero();
    return Files.readString(outDir.resolve(name));
  }

  @Test
  void theDefaultPolicyKeepsImagesAndDropsClasses() throws IOException {
    write("in/a.html", PAGE);
    assertThat(cleaned("a.html")).contains("<img src=").doesNotContain("class=");
  }

  @Test
  void verifyAndRestoreRepeatARunWithThePolicyItWasGiven() throws IOException {
    write("in/a.html", "<p><!-- a note --><img src=\"https://example.com/a.jpg\" alt=\"a photo\"> A paragraph "
        + "long enough to keep as it is.</p>\n");
    Path policy = write("policies/mine.yaml", "extends: article\nremove:\n  elements: [img]\n");
    assertThat(cleaned("a.html", "--policy", policy.toString())).doesNotContain("<img");

    assertThat(rinse("verify", temp.resolve("out").toString())).as(out.toString()).isZero();
    assertThat(rinse("restore", temp.resolve("out").toString(), "--rule", "core.comments")).as(err.toString()).isZero();

    // the rule's change is taken back, and the policy the run was given still drops the image
    String restored = Files.readString(temp.resolve("out/a.html"));
    assertThat(restored).doesNotContain("<img");
    assertThat(rinse("verify", temp.resolve("out").toString())).as(out.toString()).isZero();
  }

  @Test
  void aBuiltInPolicyByName() throws IOException {
    write("in/a.html", PAGE);
    assertThat(cleaned("a.html", "--policy", "strict")).doesNotContain("<img").contains("A paragraph");
    assertThat(cleaned("a.html", "--policy", "relaxed")).contains("<p class=\"lead\">");
  }

  @Test
  void aPolicyFileThatExtendsABuiltInOne() throws IOException {
    write("in/a.html", PAGE);
    Path policy = write("mine.yaml", "extends: article\nremove:\n  elements: [img]\n");
    assertThat(cleaned("a.html", "--policy", policy.toString())).doesNotContain("<img").contains("A paragraph");
  }

  @Test
  void aPacksPolicyHoldsInItsScopeOnlyAndThePolicyOptionWinsOverIt() throws IOException {
    write("in/news/a.html", PAGE);
    write("in/other/b.html", PAGE);
    Path pack = write("rules/news.yaml", NEWS_PACK);
    assertThat(cleaned("news/a.html", "--rules", pack.toString())).contains("class=\"lead\"");
    assertThat(cleaned("other/b.html", "--rules", pack.toString())).doesNotContain("class=");
    assertThat(cleaned("news/a.html", "--rules", pack.toString(), "--policy", "article")).doesNotContain("class=");
  }

  @Test
  void aPackNamesAPolicyFileNextToIt() throws IOException {
    write("in/a.html", PAGE);
    write("rules/no-images.yaml.policy", "extends: article\nremove:\n  elements: [img]\n");
    Path pack = write("rules/site.yaml", """
        pack: site
        why: no images on this site
        policy: no-images.yaml.policy
        rules:
          - id: site.nothing
            why: a pack needs a rule
            select: 'p.none-such'
            action: remove
        """);
    assertThat(cleaned("a.html", "--rules", pack.toString())).doesNotContain("<img");
  }

  @Test
  void aBadPolicyFileStopsTheRunBeforeAnyFileWithItsPlace() throws IOException {
    write("in/a.html", PAGE);
    Path policy = write("mine.yaml", "extends: article\nadd:\n  elements: [script]\n");
    int status = rinse("clean", temp.resolve("in").toString(), "--out", temp.resolve("out").toString(), "--policy", policy.toString());
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).startsWith("rinse: error: " + policy + ":3:14: no policy can keep <script>");
    assertThat(temp.resolve("out")).doesNotExist();
  }

  @Test
  void aPolicyFileInARulesFolderIsNamedForWhatItIs() throws IOException {
    write("in/a.html", PAGE);
    Path rules = temp.resolve("rules");
    write("rules/policy.yaml", "extends: article\n");
    int status = rinse("clean", temp.resolve("in").toString(), "--out", temp.resolve("out").toString(), "--rules", rules.toString());
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("policy.yaml:1:1: this is a policy file, not a rule pack: give it as the policy for every file");
  }

  @Test
  void policyShowPrintsThePoliciesARunWouldUseWrittenOut() throws IOException {
    Path pack = write("rules/news.yaml", NEWS_PACK);
    assertThat(rinse("policy", "show", "--rules", pack.toString())).isZero();
    assertThat(out.toString())
        .startsWith("# policy article, the default\nelements: [p, div, span,")
        .contains("---\n# policy relaxed, for the files in the scope of pack news")
        .contains("  class: ['*']")
        .contains("protocols: [http, https, mailto]");
    out.getBuffer().setLength(0);
    assertThat(rinse("policy", "show", "--policy", "strict", "--rules", pack.toString())).isZero();
    assertThat(out.toString()).startsWith("# policy strict, for every file\n").doesNotContain("---");
  }
}
