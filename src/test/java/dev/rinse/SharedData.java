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
import java.util.stream.Stream;

/** The shared corpora beside the checkout ({@code ../shared}); tests that need them skip without. */
public final class SharedData {
  public static final Path ROOT = Path.of("..", "shared");

  private SharedData() {}

  /** A folder under {@code ../shared}; skips the calling test, saying why, when it is absent. */
  public static Path folder(String relative) {
    Path folder = ROOT.resolve(relative);
    assumeTrue(Files.isDirectory(folder),
        "skipped: " + folder.toAbsolutePath().normalize() + " is absent (the shared corpora live beside the checkout)");
    return folder;
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

  public static Cleaner defaultCleaner() {
    try {
      return new Cleaner(Profile.builtIn());
    } catch (RuleFileException e) {
      throw new AssertionError("the built-in rules do not load: " + e.getMessage(), e);
    }
  }
}
