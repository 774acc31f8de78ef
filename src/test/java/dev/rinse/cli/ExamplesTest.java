package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start cleans {@code examples/}: each file there must come out with the status and
 * the rules its line in {@code examples/README.md} names, so an example that stops showing what it says
 * fails here.
 */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("examples");
  /** A line of the table: {@code | `FILE` | STATUS | `RULE`, `RULE` | what it shows |}. */
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (ok|warning) \\|([^|]*)\\|");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path out;

  private static int exitStatus;
  private static String stdout;
  private static String stderr;
  private static Map<String, Line> lines;

  private record Line(String status, List<String> rules) {
  }

  @BeforeAll
  static void cleanTheExamples() throws IOException {
    lines = readmeLines();
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    exitStatus = Main.run(new String[] {"clean", EXAMPLES.toString(), "--out", out.toString()},
        new PrintWriter(outText, true), new PrintWriter(errText, true));
    stdout = outText.toString();
    stderr = errText.toString();
  }

  private static Map<String, Line> readmeLines() throws IOException {
    Map<String, Line> found = new LinkedHashMap<>();
    for (String line : Files.readAllLines(EXAMPLES.resolve("README.md"), StandardCharsets.UTF_8)) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        List<String> rules = new ArrayList<>();
        for (Matcher rule = CODE.matcher(row.group(3)); rule.find(); ) {
          rules.add(rule.group(1));
        }
        found.put(row.group(1), new Line(row.group(2), rules));
      }
    }
    return found;
  }

  private static JsonNode log(String file) throws IOException {
    return JSON.readTree(out.resolve(file + ".changes.json").toFile());
  }

  @Test
  void theRunSucceedsWithNoFileFailed() throws IOException {
    assertThat(exitStatus).as(stderr).isZero();
    JsonNode summary = JSON.readTree(out.resolve("rinse-summary.json").toFile());
    assertThat(summary.get("error").asInt()).isZero();
    assertThat(summary.get("failures")).isEmpty();
    assertThat(summary.get("files").asInt()).isEqualTo(lines.size());
  }

  @Test
  void everyExampleHasItsLineInTheReadme() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(EXAMPLES)) {
      walk.filter(Files::isRegularFile).forEach(f -> files.add(EXAMPLES.relativize(f).toString().replace('\\', '/')));
    }
    assertThat(lines).as("rows of the table in examples/README.md").hasSizeGreaterThanOrEqualTo(6);
    assertThat(lines.keySet()).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void eachExampleGetsTheStatusItsReadmeLineSays() throws IOException {
    for (Map.Entry<String, Line> line : lines.entrySet()) {
      JsonNode log = log(line.getKey());
      assertThat(log.get("status").asText()).as(line.getKey() + ": " + log.get("warnings"))
          .isEqualTo(line.getValue().status());
    }
  }

  @Test
  void eachExampleShowsTheRulesItsReadmeLineNames() throws IOException {
    for (Map.Entry<String, Line> line : lines.entrySet()) {
      Set<String> fired = new TreeSet<>();
      log(line.getKey()).get("changes").forEach(change -> fired.add(change.get("rule").asText()));
      assertThat(fired).as(line.getKey()).containsAll(line.getValue().rules());
    }
  }

  @Test
  void anExampleWithNoRuleNamedComesOutByteForByte() throws IOException {
    for (Map.Entry<String, Line> line : lines.entrySet()) {
      if (line.getValue().rules().isEmpty()) {
        String file = line.getKey();
        assertThat(log(file).get("changes")).as(file).isEmpty();
        assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(Files.readAllBytes(EXAMPLES.resolve(file)));
      }
    }
  }

  @Test
  void theQuickStartQuotesTheSummaryTheRunPrints() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String summaryLine = stdout.lines().findFirst().orElse("");
    assertThat(summaryLine).startsWith(lines.size() + " files: ");
    assertThat(readme).contains("\n" + summaryLine + "\n");
    assertThat(stdout).contains("warnings:\n", "written to ");
    String warnings = stdout.substring(stdout.indexOf("warnings:\n"), stdout.indexOf("written to "));
    assertThat(readme).contains(warnings);
  }
}
