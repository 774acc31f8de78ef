package dev.rinse.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rinse.SharedData;
import dev.rinse.cleaning.Cleaned;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.rules.PolicyLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every payload of {@code ../shared/xss}, cleaned as an HTML file and as a Markdown file, must come out
 * with no active content in what a browser gets from it (see {@link ActiveContent}, {@link RenderedOutput}),
 * and must clean to itself a second time: under every built-in policy.
 */
class XssPayloadTest {

  @TestFactory
  Stream<DynamicTest> everyPayload() {
    return SharedData.dynamicTests("xss", XssPayloadTest::payloadTests);
  }

  private static Stream<DynamicTest> payloadTests(Path folder) {
    List<DynamicTest> tests = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String policy : PolicyLoader.BUILT_IN) {
      Cleaner cleaner = SharedData.cleanerWithPolicy(policy);
      for (Path file : SharedData.files(folder, "*.json")) {
        for (JsonNode payload : read(json, file)) {
          String id = file.getFileName() + "#" + payload.get("id").asText() + " (" + policy + ")";
          String html = payload.get("payload").asText();
          tests.add(DynamicTest.dynamicTest(id, () -> check(cleaner, id, html)));
        }
      }
    }
    assertThat(tests).as("payloads found").hasSizeGreaterThan(900 * PolicyLoader.BUILT_IN.size());
    return tests.stream();
  }

  private static JsonNode read(ObjectMapper json, Path file) {
    try {
      return json.readTree(file.toFile());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void check(Cleaner cleaner, String id, String payload) throws Exception {
    for (String name : List.of("payload.html", "payload.md")) {
      Cleaned cleaned = cleaner.clean(name, payload, List.of());
      String output = cleaned.output().orElseThrow(() -> new AssertionError(id + ": " + cleaned.log().error()));
      String html = RenderedOutput.html(name, output);
      assertThat(ActiveContent.find(html)).as(id + " as " + name + " gave:\n" + output).isEmpty();
      assertThat(ActiveContent.findWithValidatorNu(html)).as(id + " as " + name + " (validator.nu) gave:\n" + output)
          .isEmpty();
      List<List<String>> trees = ActiveContent.elementNamesByBothParsers(html);
      assertThat(trees.get(0)).as(id + " parses to the same tree in jsoup and validator.nu:\n" + html)
          .isEqualTo(trees.get(1));
      Cleaned again = cleaner.clean(name, output, List.of());
      assertThat(again.output()).as(id + " idempotence").contains(output);
    }
  }
}
