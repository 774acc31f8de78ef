package dev.rinse.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path temp;

  @Test
  void leftoversOfAKilledRunAreRemovedAtAnyDepthAndNothingElse() throws IOException {
    Path deep = Files.createDirectories(temp.resolve("a/b"));
    Path top = Files.createTempFile(temp, AtomicFiles.TEMP_PREFIX, AtomicFiles.TEMP_SUFFIX);
    Path below = Files.createTempFile(deep, AtomicFiles.TEMP_PREFIX, AtomicFiles.TEMP_SUFFIX);
    Path output = Files.writeString(deep.resolve("post.md"), "kept");
    Path lookalike = Files.writeString(deep.resolve(".rinse-cache.json"), "kept");
    Path folder = Files.createDirectories(temp.resolve(AtomicFiles.TEMP_PREFIX + "x" + AtomicFiles.TEMP_SUFFIX));

    assertThat(AtomicFiles.removeLeftovers(temp)).isEqualTo(2);

    assertThat(top).doesNotExist();
    assertThat(below).doesNotExist();
    assertThat(output).hasContent("kept");
    assertThat(lookalike).hasContent("kept");
    assertThat(folder).isDirectory();
  }

  @Test
  void aWriteLeavesTheWholeFileAndNoTemporaryOne() throws IOException {
    Path target = temp.resolve("out/page.html");
    AtomicFiles.write(target, "é".repeat(20_000));

    assertThat(target).hasContent("é".repeat(20_000));
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }
}
