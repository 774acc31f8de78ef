package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonOutputTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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

  /** Standard output as one JSON document and nothing else, of format 1. */
  private JsonNode document() throws IOException {
    assertThat(cli.out()).endsWith("}\n").doesNotContain("\u001b");
    JsonNode document = MAPPER.readTree(cli.out());
    assertThat(document.path("format").asInt()).isEqualTo(1);
    return document;
  }

  @Test
  void explainGivesEachChangeWithItsRulePlaceAndWhatWent() throws IOException {
    assertThat(rinse("explain", in.resolve("a.md").toString(), "--json")).isZero();

    JsonNode explained = document();
    assertThat(explained.path("file").asText()).isEqualTo(in.resolve("a.md").toString());
    assertThat(explained.path("status").asText()).isEqualTo("ok");
    JsonNode font = find(explained.path("changes"), "rule", "core.font-unwrap");
    assertThat(font.path("action").asText()).isEqualTo("unwrap");
    assertThat(font.path("line").asInt()).isEqualTo(7);
    assertThat(font.path("column").asInt()).isEqualTo(34);
    assertThat(font.path("removed").asText()).isEqualTo("<font color=\"red\"></font>");
    JsonNode comment = find(explained.path("changes"), "rule", "core.comments");
    assertThat(comment.path("column").asInt()).isEqualTo(98);
    assertThat(comment.path("removed").asText()).isEqualTo("<!-- note -->");
    assertThat(comment.path("bytes").get(1).asLong() - comment.path("bytes").get(0).asLong()).isEqualTo(13);
    assertThat(explained.path("changes")).hasSize(3);
    assertThat(explained.path("byRule").path("core.font-unwrap").asInt()).isEqualTo(1);
    assertThat(explained.path("byRule").size()).isEqualTo(3);
    assertThat(explained.path("warnings").isArray()).isTrue();
    assertThat(explained.path("text").path("before").asInt()).isPositive();
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void explainWritesTextFromTheFileAsItIsAndLeavesEscapingToJson() throws IOException {
    Path odd = Files.writeString(in.resolve("odd\u001b[31m.html"),
        "<p>Text enough to keep without a flag, with a comment.<!-- \u202eevil\u202c --></p>");

    assertThat(rinse("explain", odd.toString(), "--json")).isZero();

    JsonNode explained = document();
    assertThat(explained.path("file").asText()).isEqualTo(odd.toString());
    assertThat(find(explained.path("changes"), "rule", "core.comments").path("removed").asText())
        .isEqualTo("<!-- \u202eevil\u202c -->");
    assertThat(cli.out()).contains("\\u001B[31m.html").doesNotContain("\\u202e");
  }

  @Test
  void explainOfAFileThatFailsIsADocumentWithTheErrorAndExitsOne() throws IOException {
    Path twice = Files.writeString(in.resolve("twice.md"), "---\ntitle: a\ntitle: b\n---\n\n<p>Text enough.</p>\n");

    assertThat(rinse("explain", twice.toString(), "--json")).isEqualTo(1);

    JsonNode explained = document();
    assertThat(explained.path("status").asText()).isEqualTo("error");
    assertThat(explained.path("error").asText()).startsWith("hexo refuses front matter that writes a field twice (title)");
    assertThat(explained.path("changes")).isEmpty();
    assertThat(cli.err()).contains("twice.md: error: hexo refuses");
  }

  @Test
  void diffSaysWhetherCleaningChangesTheFileWithTheDiffAndEachChangedRun() throws IOException {
    assertThat(rinse("diff", in.resolve("sub/b.html").toString(), "--json")).isEqualTo(1);

    JsonNode diff = document();
    assertThat(diff.path("changed").asBoolean()).isTrue();
    assertThat(diff.path("diff").asText()).startsWith("--- " + in.resolve("sub/b.html"))
        .contains("\n@@ -1,1 +1,1 @@\n")
        .contains("\n-<p style=\"x\">Another <font>file</font>")
        .endsWith("\n+<p>Another file with text enough to stay ok without a flag.</p>\n");
    JsonNode delta = diff.path("deltas").get(0);
    assertThat(delta.path("type").asText()).isEqualTo("change");
    assertThat(delta.path("before").path("line").asInt()).isEqualTo(1);
    assertThat(delta.path("after").path("lines").get(0).asText())
        .isEqualTo("<p>Another file with text enough to stay ok without a flag.</p>");

    Path clean = Files.writeString(in.resolve("clean.html"), "<p>Another file with text enough to stay ok without a flag.</p>");
    assertThat(rinse("diff", clean.toString(), "--json")).isZero();
    JsonNode same = document();
    assertThat(same.path("changed").asBoolean()).isFalse();
    assertThat(same.path("diff").asText()).isEmpty();
    assertThat(same.path("deltas")).isEmpty();
  }

  @Test
  void verifyGivesEachProblemAndEachFilesResult() throws IOException {
    assertThat(rinse("clean", in.toString(), "--out", out.toString(), "--quiet")).isZero();

    assertThat(rinse("verify", out.toString(), "--json")).isZero();
    JsonNode holds = document();
    assertThat(holds.path("outdir").asText()).isEqualTo(out.toString());
    assertThat(holds.path("ok").asBoolean()).isTrue();
    assertThat(holds.path("files").asInt()).isEqualTo(2);
    assertThat(holds.path("problems")).isEmpty();
    assertThat(texts(holds.path("results"), "source")).containsExactly("a.md", "sub/b.html");
    assertThat(holds.path("results")).allSatisfy(result -> assertThat(result.path("ok").asBoolean()).isTrue());

    Files.writeString(out.resolve("a.md"), Files.readString(out.resolve("a.md")) + "<p>added</p>\n");
    assertThat(rinse("verify", out.toString(), "--json")).isEqualTo(1);
    JsonNode broken = document();
    assertThat(broken.path("ok").asBoolean()).isFalse();
    assertThat(texts(broken.path("problems"), "kind")).contains("output-changed", "stale");
    assertThat(texts(broken.path("problems"), "source")).containsOnly("a.md");
    JsonNode a = find(broken.path("results"), "source", "a.md");
    assertThat(a.path("ok").asBoolean()).isFalse();
    assertThat(a.path("problems").toString()).contains("\"output-changed\"").contains("\"stale\"");
    assertThat(find(broken.path("results"), "source", "sub/b.html").path("ok").asBoolean()).isTrue();
  }

  @Test
  void aCommandThatExitsTwoPrintsNoDocument() {
    assertThat(rinse("verify", temp.resolve("nowhere").toString(), "--json")).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).startsWith("rinse: error: ");

    assertThat(rinse("rules", "impact", "--rule", "nope.nope", in.toString(), "--json")).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void rulesListGivesEveryRuleInTheOrderTheyRunWithItsPack() throws IOException {
    Path pack = Files.writeString(temp.resolve("mysite.yaml"), """
        pack: mysite
        why: the site's own boxes
        rules:
          - id: mysite.promo
            why: a promo box
            select: div.promo
            action: remove
        """);
    assertThat(rinse("rules", "list", "--rules", pack.toString())).isZero();
    List<String> textOrder = cli.out().lines().map(line -> line.split(" +")[0]).toList();

    assertThat(rinse("rules", "list", "--rules", pack.toString(), "--json")).isZero();

    JsonNode rules = document().path("rules");
    assertThat(texts(rules, "id")).containsExactlyElementsOf(textOrder).contains("core.comments", "core.tracking-params");
    for (int i = 0; i < rules.size(); i++) {
      assertThat(rules.get(i).path("order").asInt()).isEqualTo(i + 1);
    }
    JsonNode promo = find(rules, "id", "mysite.promo");
    assertThat(promo.path("pack").asText()).isEqualTo("mysite");
    assertThat(promo.path("action").asText()).isEqualTo("remove");
    assertThat(promo.path("why").asText()).isEqualTo("a promo box");
    assertThat(find(rules, "id", "core.comments").path("pack").asText()).isEqualTo("core-comments");
  }

  @Test
  void rulesImpactGivesTheFiguresAndWholeSamples() throws IOException {
    assertThat(rinse("rules", "impact", "--rule", "core.font-unwrap", in.toString(), "--json")).isZero();

    JsonNode impact = document();
    assertThat(impact.path("rule").asText()).isEqualTo("core.font-unwrap");
    assertThat(impact.path("files").asInt()).isEqualTo(2);
    assertThat(impact.path("filesTouched").asInt()).isEqualTo(2);
    assertThat(impact.path("changes").asInt()).isEqualTo(2);
    assertThat(impact.path("textRemoved").asLong()).isZero();
    JsonNode sample = find(impact.path("samples"), "source", "a.md");
    assertThat(sample.path("line").asInt()).isEqualTo(7);
    assertThat(sample.path("column").asInt()).isEqualTo(34);
    assertThat(sample.path("removed").asText()).isEqualTo("<font color=\"red\"></font>");
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode element : array) {
      if (element.path(field).asText().equals(value)) {
        return element;
      }
    }
    throw new AssertionError("no element with " + field + " " + value + " in " + array);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.path(field).asText()));
    return texts;
  }
}
