package dev.rinse.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java form of Hexo's fence filter finds the blocks Hexo's own expression finds: both run over the
 * same texts (tricky ones, and random ones made of fences, markers, spaces and line ends), the original
 * by node from the pinned Hexo's source.
 */
class HexoFencesTest {
  private static final Path FILTER =
      Path.of("src/test/sites/hexo/node_modules/hexo/dist/plugins/filter/before_post_render/backtick_code_block.js");

  @Test
  void findsTheBlocksHexoFinds() throws Exception {
    boolean ci = "true".equals(System.getenv("CI"));
    String missing = !Site.onPath("node") ? "node is not installed"
        : !Files.isRegularFile(FILTER) ? "Hexo is not installed (npm ci --prefix src/test/sites/hexo)" : null;
    if (missing != null && ci) {
      throw new AssertionError("Hexo's fence filter must run in CI: " + missing);
    }
    assumeTrue(missing == null, "skipped: " + missing);
    List<String> texts = new ArrayList<>(List.of(
        "```\ncode\n```\n",
        "text\n\n    ```\n    a\n\n```\n<img>\n```\n",
        "*```\n\n```\n<img>\n```",
        "````js\nx\n```\n",
        "> ```\n> a\n> ```\n",
        "1. ```\n   a\n   ```\n",
        "~~~ js title\na\n~~~ \n",
        "```\na\n```  \nb\n```\n",
        "```js`\na\n```\n",
        "- ```a\u00a0\n```\n",
        "```\u2028a\n```\n",
        "> > > ```\na\n> > > ```\n",
        ">>>> ```\na\n```\n",
        "12. ```\na\n```\n",
        "1) ```\na\n```\n"));
    Random random = new Random(20261202);
    String[] parts = {"```", "````", "~~~", "`", " ", "    ", "\t", "> ", "- ", "*", "1.", "a", "js", "\n", "\n", "\n", "\u00a0"};
    for (int i = 0; i < 400; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(40); n >= 0; n--) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      texts.add(text.toString());
    }
    List<List<Integer>> expected = hexo(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(java(texts.get(i))).as("blocks in %s", new ObjectMapper().writeValueAsString(texts.get(i)))
          .isEqualTo(expected.get(i));
    }
  }

  /** Each block's start, opening fence, fence length and closing fence, in order. */
  private static List<Integer> java(String text) {
    List<Integer> found = new ArrayList<>();
    HexoFences fences = new HexoFences(text);
    int from = 0;
    for (HexoFences.Block block = fences.next(from); block != null; block = fences.next(from)) {
      found.addAll(List.of(block.start(), block.openFence(), block.fenceLength(), block.closeFence()));
      from = fences.endOf();
    }
    return found;
  }

  /** The same, by Hexo's expression: the filter's source gives it (with its groups named), node runs it. */
  private static List<List<Integer>> hexo(List<String> texts) throws Exception {
    Matcher literal = Pattern.compile("(?m)^const rBacktick = /(.*)/gm;$").matcher(Files.readString(FILTER));
    assertThat(literal.find()).as("the filter's expression in " + FILTER).isTrue();
    String closing = "(?:(?:[^\\S\\r\\n]*>){0,3}[^\\S\\r\\n]*)\\2";
    assertThat(literal.group(1)).contains("(`{3,}|~{3,})", closing);
    String source = literal.group(1).replace("(`{3,}|~{3,})", "(?<fence>`{3,}|~{3,})")
        .replace(closing, "(?<close>(?:[^\\S\\r\\n]*>){0,3}[^\\S\\r\\n]*)\\k<fence>");
    String script = """
        const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        const blocks = input.texts.map(text => {
          const r = new RegExp(input.source, 'gmd');
          const found = [];
          let m;
          while ((m = r.exec(text)) !== null) {
            found.push(m.index, m.indices.groups.fence[0], m.groups.fence.length, m.indices.groups.close[1]);
          }
          return found;
        });
        process.stdout.write(JSON.stringify(blocks));
        """;
    Process node = new ProcessBuilder("node", "-e", script).redirectErrorStream(true).start();
    node.getOutputStream().write(new ObjectMapper().writeValueAsBytes(java.util.Map.of("source", source, "texts", texts)));
    node.getOutputStream().close();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    List<List<Integer>> blocks = new ArrayList<>();
    for (var item : new ObjectMapper().readTree(output)) {
      List<Integer> found = new ArrayList<>();
      item.forEach(n -> found.add(n.asInt()));
      blocks.add(found);
    }
    return blocks;
  }
}
