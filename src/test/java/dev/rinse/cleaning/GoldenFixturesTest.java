package dev.rinse.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rinse.SharedData;
import dev.rinse.article.BodyMode;
import dev.rinse.article.Generator;
import dev.rinse.article.Target;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.FileLog;
import dev.rinse.rules.Profile;
import dev.rinse.rules.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every folder in {@code fixtures/} is a case: {@code input.EXT}, {@code expected.EXT} and
 * {@code expected.changes.json}. The input must clean to the expected output with exactly the expected
 * changes, the expected output must clean to itself with no change, and the log must account for all
 * removed text. A case may add rule packs in its own {@code rules/} folder. Run with {@code -Drinse.fixtures.write=true} to write missing expectations for review.
 */
class GoldenFixturesTest {
  static final Path FIXTURES = Path.of("fixtures");
  private static final boolean WRITE = Boolean.getBoolean("rinse.fixtures.write");
  private final Cleaner builtIn = SharedData.defaultCleaner();

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    return cases().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void everyBuiltInRuleHasAFixtureWhereItFires() throws Exception {
    for (Rule rule : Profile.builtIn().rules().allRules()) {
      assertFiresInItsFixture(rule.id().value());
    }
    for (String policyRule : List.of("policy.element", "policy.attribute", "policy.text",
        "policy.comment", "policy.nesting", "policy.head", "policy.url",
        "publish.template", "publish.markup", "publish.front-matter", "normalize.lazy-image", "normalize.empty")) {
      assertFiresInItsFixture(policyRule);
    }
  }

  private static void assertFiresInItsFixture(String rule) {
    Path log = FIXTURES.resolve(rule).resolve("expected.changes.json");
    assertThat(log).as("fixture for rule " + rule).exists();
    assertThat(ChangeLogJson.readLog(log).changes()).extracting(Change::rule).as(rule).contains(rule);
  }

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  private void check(Path dir) throws Exception {
    Path input = only(dir, "input.");
    String extension = input.getFileName().toString().substring("input".length());
    Path expected = dir.resolve("expected" + extension);
    Path expectedLog = dir.resolve("expected.changes.json");
    String source = Files.readString(input, StandardCharsets.UTF_8);
    Cleaner cleaner = cleanerFor(dir);
    Cleaned cleaned = cleaner.clean(input.getFileName().toString(), source, List.of());
    String output = cleaned.output().orElseThrow(() -> new AssertionError(cleaned.log().error()));
    byte[] log = ChangeLogJson.toBytes(cleaned.log());
    if (WRITE && !Files.exists(expected)) {
      Files.writeString(expected, output, StandardCharsets.UTF_8);
    }
    if (WRITE && !Files.exists(expectedLog)) {
      Files.write(expectedLog, log);
    }
    if (!Files.exists(expected) || !Files.exists(expectedLog)) {
      fail(dir + ": has an input but no " + expected.getFileName() + " and expected.changes.json");
    }
    assertThat(output).as(dir + " output").isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(new String(log, StandardCharsets.UTF_8)).as(dir + " changes")
        .isEqualTo(Files.readString(expectedLog, StandardCharsets.UTF_8));
    assertThat(new Completeness(cleaner.target()).check(dir.toString(), source, output, cleaned.log()))
        .as(dir + " text completeness").isEmpty();
    assertPlacesCiteTheSource(source, cleaned.log());

    Cleaned again = cleaner.clean(input.getFileName().toString(), output, List.of());
    assertThat(again.output()).as(dir + " idempotence").contains(output);
    assertThat(again.log().changes()).as(dir + " changes on the second pass")
        .allMatch(c -> c.action() == ChangeKind.FLAG);
  }

  /**
   * A fixture may carry rule packs of its own in {@code rules/}, merged into the built-in profile, and
   * the target it is cleaned for in {@code target.yaml} ({@code generator}, {@code body}, and
   * {@code policy}: a built-in policy).
   */
  private Cleaner cleanerFor(Path dir) throws Exception {
    Path rules = dir.resolve("rules");
    Path targetFile = dir.resolve("target.yaml");
    if (!Files.isDirectory(rules) && !Files.exists(targetFile)) {
      return builtIn;
    }
    Profile profile = Files.isDirectory(rules) ? Profile.builtIn().withPacks(List.of(rules)) : Profile.builtIn();
    Target target = Target.DEFAULT;
    if (Files.exists(targetFile)) {
      Map<?, ?> options = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(targetFile));
      if (options.get("generator") != null) {
        target = target.withGenerator(Generator.of(options.get("generator").toString()));
      }
      if (options.get("body") != null) {
        target = target.withBody(BodyMode.of(options.get("body").toString()));
      }
      if (options.get("policy") != null) {
        profile = profile.withPolicy(new dev.rinse.rules.PolicyLoader().builtIn(options.get("policy").toString()));
      }
    }
    return new Cleaner(profile, TextLossGuard.DEFAULT, target);
  }

  /** Each change's line:column must point at the bytes it says it removed. */
  static void assertPlacesCiteTheSource(String source, FileLog log) {
    String[] lines = source.split("\n", -1);
    for (Change change : log.changes()) {
      if (change.line() == 0 || change.removed().text().isEmpty() || change.rule().equals("policy.text")) {
        continue;
      }
      String line = lines[change.line() - 1];
      String from = line.substring(Math.min(line.length(), change.column() - 1));
      String firstLine = change.removed().text().split("\n", -1)[0];
      String expectedStart = switch (change.action()) {
        case STRIP_URL_PARAMS -> from; // the URL is recorded as its attribute value, cited at the attribute
        // the start tag; for Markdown, the opening bracket of '[' + '](url)' or '<' + '>'
        case UNWRAP -> change.path().startsWith("markdown") ? firstLine.substring(0, 1)
            : firstLine.substring(0, firstLine.indexOf('>') + 1);
        default -> firstLine;
      };
      assertThat(from).as(change.rule() + " at " + change.line() + ":" + change.column())
          .startsWith(expectedStart.substring(0, Math.min(expectedStart.length(), 20)));
    }
  }

  private static Path only(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
      if (found.size() != 1) {
        fail(dir + ": needs exactly one " + prefix + "* file, found " + found.size());
      }
      return found.get(0);
    }
  }
}
