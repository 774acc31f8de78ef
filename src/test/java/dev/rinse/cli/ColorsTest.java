package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.cli.Colors.When;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColorsTest {
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String CYAN = "\u001b[36m";

  @TempDir
  Path temp;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int rinse(String... args) {
    stdout.getBuffer().setLength(0);
    stderr.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
  }

  @Test
  void autoColoursATerminalOnly() {
    assertThat(Colors.enabled(When.AUTO, Map.of(), true)).isTrue();
    assertThat(Colors.enabled(When.AUTO, Map.of(), false)).isFalse();
  }

  @Test
  void noColorWithAnyValueButEmptyTurnsAutoOff() {
    assertThat(Colors.enabled(When.AUTO, Map.of("NO_COLOR", "1"), true)).isFalse();
    assertThat(Colors.enabled(When.AUTO, Map.of("NO_COLOR", "0"), true)).isFalse();
    assertThat(Colors.enabled(When.AUTO, Map.of("NO_COLOR", ""), true)).isTrue();
  }

  @Test
  void theOptionWinsOverTheEnvironment() {
    assertThat(Colors.enabled(When.ALWAYS, Map.of("NO_COLOR", "1"), false)).isTrue();
    assertThat(Colors.enabled(When.NEVER, Map.of("CLICOLOR_FORCE", "1"), true)).isFalse();
  }

  @Test
  void cliColorForceColoursWhatIsNotATerminalUnlessNoColorIsSet() {
    assertThat(Colors.enabled(When.AUTO, Map.of("CLICOLOR_FORCE", "1"), false)).isTrue();
    assertThat(Colors.enabled(When.AUTO, Map.of("CLICOLOR_FORCE", "0"), false)).isFalse();
    assertThat(Colors.enabled(When.AUTO, Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), false)).isFalse();
  }

  @Test
  void aDumbTerminalOrClicolorZeroGetsNoColour() {
    assertThat(Colors.enabled(When.AUTO, Map.of("TERM", "dumb"), true)).isFalse();
    assertThat(Colors.enabled(When.AUTO, Map.of("CLICOLOR", "0"), true)).isFalse();
    assertThat(Colors.enabled(When.AUTO, Map.of("TERM", "xterm-256color"), true)).isTrue();
  }

  @Test
  void colorAlwaysColoursDiffRemovedRedAddedGreenHunksCyan() throws IOException {
    Path file = Files.writeString(temp.resolve("b.html"), "<p style=\"x\">Text enough to stay ok without a flag.</p>");

    assertThat(rinse("diff", file.toString(), "--color=always")).isEqualTo(1);

    assertThat(stdout.toString().lines())
        .anySatisfy(line -> assertThat(line).startsWith(RED + "-<p style=\"x\">"))
        .anySatisfy(line -> assertThat(line).startsWith(GREEN + "+<p>Text"))
        .anySatisfy(line -> assertThat(line).startsWith(CYAN + "@@ -1,1 +1,1 @@"))
        .anySatisfy(line -> assertThat(line).startsWith("--- ").doesNotContain("\u001b"));
  }

  @Test
  void colorNeverOrJsonGivesNoColour() throws IOException {
    Path file = Files.writeString(temp.resolve("b.html"), "<p style=\"x\">Text enough to stay ok without a flag.</p>");

    for (String[] args : new String[][] {{"diff", file.toString(), "--color=never"}, {"explain", file.toString(), "--color=never"},
        {"diff", file.toString(), "--color=always", "--json"}, {"explain", file.toString(), "--color=always", "--json"}}) {
      rinse(args);
      assertThat(stdout.toString()).as(String.join(" ", args)).contains("style").doesNotContain("\u001b");
    }
  }

  @Test
  void colorAlwaysColoursExplain() throws IOException {
    Path file = Files.writeString(temp.resolve("b.html"), "<p style=\"x\">Text enough to stay ok without a flag.</p>");

    assertThat(rinse("explain", file.toString(), "--color=ALWAYS")).isZero();

    assertThat(stdout.toString()).contains(CYAN + "core.style-attribute");
  }

  @Test
  void anUnknownColourChoiceIsAUsageError() {
    assertThat(rinse("diff", "any.html", "--color=sometimes")).isEqualTo(2);
    assertThat(stderr.toString()).contains("'sometimes' is not a colour choice: use auto, always or never");
  }
}
