package dev.rinse.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rinse.SharedData;
import dev.rinse.cleaning.Cleaned;
import dev.rinse.cleaning.Cleaner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every payload of {@code ../shared/xss}, cleaned as an article body, must come out with no active
 * content when parsed again (see {@link ActiveContent}), and must clean to itself a second time.
 */
class XssPayloadTest {
  private final Cleaner cleaner = SharedData.defaultCleaner();

  @TestFactory
  Stream<DynamicTest> everyPayload() throws Exception {
    Path folder = SharedData.folder("xss");
    List<DynamicTest> tests = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (Path file : SharedData.files(folder, "*.json")) {
      for (JsonNode payload : json.readTree(file.toFile())) {
        String id = file.getFileName() + "#" + payload.get("id").asText();
        String html = payload.get("payload").asText();
        tests.add(DynamicTest.dynamicTest(id, () -> check(id, html)));
      }
    }
    assertThat(tests).as("payloads found").hasSizeGreaterThan(900);
    return tests.stream();
  }

  private void check(String id, String payload) throws Exception {
    for (String name : List.of("payload.html", "payload.md")) {
      Cleaned cleaned = cleaner.clean(name, payload, List.of());
      String output = cleaned.output().orElseThrow(() -> new AssertionError(id + ": " + cleaned.log().error()));
      assertThat(ActiveContent.find(output)).as(id + " as " + name + " gave:\n" + output).isEmpty();
      assertThat(ActiveContent.findWithValidatorNu(output)).as(id + " as " + name + " (validator.nu) gave:\n" + output)
          .isEmpty();
      List<List<String>> trees = ActiveContent.elementNamesByBothParsers(output);
      assertThat(trees.get(0)).as(id + " parses to the same tree in jsoup and validator.nu:\n" + output)
          .isEqualTo(trees.get(1));
      Cleaned again = cleaner.clean(name, output, List.of());
      assertThat(again.output()).as(id + " idempotence").contains(output);
    }
  }
}
