package dev.rinse.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file found under an input root.
 *
 * @param root the input root it was found under (a file given directly is its own root's child)
 * @param relative its path relative to the root, with {@code /} separators: the output keeps it
 */
public record InputFile(Path root, Path file, String relative) {
  public InputFile {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(relative, "relative");
  }
}
