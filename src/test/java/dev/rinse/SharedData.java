package dev.rinse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rinse.cleaning.Cleaner;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The shared corpora beside the checkout ({@code ../shared}). A test that needs them is skipped, saying
 * why, when they are absent; under {@code CI=true} it fails instead, so that a CI run cannot pass without
 * having run them.
 */
public final class SharedData {
  public static final Path ROOT = Path.of("..", "shared");

  private SharedData() {}

  /** A folder under {@code ../shared}; skips the calling test (fails it in CI) when it is absent. */
  public static Path folder(String relative) {
    Path folder = ROOT.resolve(relative);
    if (!Files.isDirectory(folder)) {
      absent(folder);
    }
    return folder;
  }

  /**
   * The dynamic tests {@code tests} makes from a folder under {@code ../shared}; when it is absent, one
   * test that is skipped (failed in CI), since a factory returning no test would count as zero tests.
   */
  public static Stream<DynamicTest> dynamicTests(String relative, Function<Path, Stream<DynamicTest>> tests) {
    Path folder = ROOT.resolve(relative);
    if (!Files.isDirectory(folder)) {
      return Stream.of(DynamicTest.dynamicTest(relative + " absent", () -> absent(folder)));
    }
    return tests.apply(folder);
  }

  /**
   * A folder under {@code ../shared} that a test uses when present and goes without otherwise; in CI it
   * must be present.
   */
  public static Optional<Path> optional(String relative) {
    Path folder = ROOT.resolve(relative);
    if (!Files.isDirectory(folder) && inCi()) {
      absent(folder);
    }
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  private static void absent(Path folder) {
    String why = folder.toAbsolutePath().normalize() + " is absent (the shared corpora live beside the checkout)";
    if (inCi()) {
      throw new AssertionError("CI=true and " + why);
    }
    assumeTrue(false, "skipped: " + why);
  }

  private static boolean inCi() {
    return "true".equals(System.getenv("CI"));
  }

  public static List<Path> files(Path folder, String glob) {
    try (Stream<Path> files = Files.walk(folder)) {
      var matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
      return files.filter(Files::isRegularFile).filter(f -> matcher.matches(f.getFileName())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cleaner of the built-in profile under the built-in policy {@code name}. */
  public static Cleaner cleanerWithPolicy(String name) {
    try {
      return new Cleaner(Profile.builtIn().withPolicy(new dev.rinse.rules.PolicyLoader().builtIn(name)));
    } catch (RuleFileException e) {
      throw new AssertionError("the built-in policy " + name + " does not load: " + e.getMessage(), e);
    }
  }

  /** rinse with the built-in rules alone. */
  public static dev.rinse.api.Rinse defaultRinse() {
    try {
      return dev.rinse.api.Rinse.builder().build();
    } catch (RuleFileException e) {
      throw new AssertionError("the built-in rules do not load: " + e.getMessage(), e);
    }
  }

  public static Cleaner defaultCleaner() {
    try {
      return new Cleaner(Profile.builtIn());
    } catch (RuleFileException e) {
      throw new AssertionError("the built-in rules do not load: " + e.getMessage(), e);
    }
  }
}
