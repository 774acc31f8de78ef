package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

class MainTest {
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int rinse(String... args) {
    return Main.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
  }

  @Test
  void eachCommandIsListedByTheNameItsAnnotationGives() {
    for (Map.Entry<String, Class<?>> command : Main.COMMANDS.entrySet()) {
      assertThat(command.getValue().getAnnotation(Command.class).name()).isEqualTo(command.getKey());
    }
  }

  @Test
  void theCommandListGivesEachCommandAWholeSentence() {
    assertThat(rinse("--help")).isZero();

    for (Class<?> command : Main.COMMANDS.values()) {
      if (!command.getPackageName().equals(MainTest.class.getPackageName())) {
        continue; // picocli's completion command, whose help is picocli's
      }
      // picocli prints each element as a line of its own, wrapping it: an element ending mid-sentence breaks the text
      assertThat(command.getAnnotation(Command.class).description())
          .as(command.getSimpleName() + ": each line of its help, the first of which the command list shows")
          .allSatisfy(line -> assertThat(line).endsWith("."));
    }
    assertThat(stdout.toString()).containsPattern("verify +Checks a clean run's output folder, file by file\\.\n");
  }

  @Test
  void helpFollowsSubcommands() {
    assertThat(rinse("help", "rules", "impact")).isZero();
    assertThat(stdout.toString()).startsWith("Usage: rinse rules impact");

    assertThat(rinse("help", "rules", "nope")).isEqualTo(2);
    assertThat(stderr.toString()).contains("'rinse rules' has no command 'nope'");
  }

  @Test
  void outHasAShortForm(@TempDir Path temp) throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(in.resolve("a.html"), "<p>A paragraph of text, long enough to keep without a flag.</p>");

    assertThat(rinse("clean", in.toString(), "-o", temp.resolve("out").toString(), "--quiet")).as(stderr.toString()).isZero();
    assertThat(temp.resolve("out/a.html")).exists();
  }

  @Test
  void anOutputFolderThatCannotBeMadeIsOneLineNamingIt(@TempDir Path temp) throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(in.resolve("a.html"), "<p>text</p>");
    Path blocked = Files.writeString(temp.resolve("file"), "a file, not a folder");

    assertThat(rinse("clean", in.toString(), "--out", blocked.resolve("sub/out").toString())).isEqualTo(2);
    assertThat(stderr.toString().lines()).hasSize(1).allSatisfy(line -> assertThat(line)
        .startsWith("rinse: error: ").contains(blocked.toString()).doesNotContain("Exception"));
  }

  @Test
  void rulesListNamesEachRulesPack(@TempDir Path temp) throws Exception {
    Path pack = Files.writeString(temp.resolve("mysite.yaml"), """
        pack: mysite
        why: the site's own boxes
        rules:
          - id: mysite.promo
            why: a promo box
            select: div.promo
            action: remove
        """);

    assertThat(rinse("rules", "list", "--rules", pack.toString())).as(stderr.toString()).isZero();

    assertThat(stdout.toString().lines()).anySatisfy(line -> assertThat(line).matches("core\\.comments +core-comments +remove +.*"))
        .anySatisfy(line -> assertThat(line).matches("mysite\\.promo +mysite +remove +a promo box"));
  }

  @Test
  void theCompletionScriptIsOneBashTakes(@TempDir Path temp) throws Exception {
    assertThat(rinse("generate-completion")).isZero();
    Path script = Files.writeString(temp.resolve("rinse-completion.bash"), stdout.toString());

    Process bash = new ProcessBuilder("bash", "-c", "source '" + script + "' && complete -p rinse").redirectErrorStream(true).start();
    String said = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(bash.waitFor()).as(said).isZero();
    assertThat(said).contains("rinse");
    assertThat(stdout.toString()).contains("serve").contains("impact").contains("--out");
  }

  @Test
  void typosOfCommandsOptionsAndRuleIdsGetADidYouMean() {
    assertThat(rinse("cleen", "x")).isEqualTo(2);
    assertThat(stderr.toString()).contains("did you mean 'clean'?");

    assertThat(rinse("clean", "in", "--outt", "out")).isEqualTo(2);
    assertThat(stderr.toString()).contains("'--outt'; did you mean '--out'?").doesNotContain("Missing required");

    assertThat(rinse("restore", "out", "--rul", "core.scripts")).isEqualTo(2);
    assertThat(stderr.toString()).as("a typo that leaves a required option out").contains("unknown option '--rul'; did you mean '--rule'?");

    assertThat(rinse("rules", "impact", "--rule", "core.scrpts", "fixtures/seed")).isEqualTo(2);
    assertThat(stderr.toString()).contains("no rule has the id 'core.scrpts'; did you mean 'core.scripts'?");
  }
}
