package dev.rinse.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A run's output folder, resolved once to its real path, and the places of the outputs in it. Outputs
 * never touch inputs: a place is refused when a symbolic link stands at it or on the way to it from the
 * folder (links inside the output folder are neither followed nor replaced), or when it is one of the
 * input files. Immutable and thread-safe; the checks see the folder as it is when a place is asked for.
 */
public final class OutputRoot {
  private final Path root;
  private final Set<Path> inputFiles;

  private OutputRoot(Path root, Set<Path> inputFiles) {
    this.root = root;
    this.inputFiles = inputFiles;
  }

  /**
   * Creates the folder if needed and resolves it, a link given as the folder included, to its real path.
   *
   * @param inputs the run's inputs; the files among them are places no output may take
   */
  public static OutputRoot create(Path folder, List<Path> inputs) throws IOException {
    Files.createDirectories(folder);
    Set<Path> files = new HashSet<>();
    for (Path input : inputs) {
      if (Files.isRegularFile(input)) {
        files.add(input.toRealPath());
      }
    }
    return new OutputRoot(folder.toRealPath(), Set.copyOf(files));
  }

  /** The folder's real path. */
  public Path root() {
    return root;
  }

  /**
   * The place of the output at {@code relative} ({@code /}-separated, below the folder).
   *
   * @throws OutputRefused if a link stands at the place or on the way to it, or the place is an input
   */
  public Path place(String relative) throws OutputRefused {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new OutputRefused(relative + ": output path leaves the output folder");
    }
    // root is a real path, so a place with no link below root is its own real path too
    for (Path step = root; !step.equals(target); ) {
      step = step.resolve(target.getName(step.getNameCount()));
      if (Files.isSymbolicLink(step)) {
        throw new OutputRefused(step + ": is a symbolic link in the output folder; not followed, not replaced"
            + " (remove it to write " + relative + ")");
      }
      if (!Files.exists(step, LinkOption.NOFOLLOW_LINKS)) {
        break;
      }
    }
    if (inputFiles.contains(target)) {
      throw new OutputRefused(
          target + ": the output would replace its input; inputs are only read (clean it into another folder)");
    }
    return target;
  }

  /** The place of {@code relative}, or empty where {@link #place} refuses it. */
  public Optional<Path> placeIfAllowed(String relative) {
    try {
      return Optional.of(place(relative));
    } catch (OutputRefused e) {
      return Optional.empty();
    }
  }

  /**
   * Why the output folder cannot hold outputs of these inputs, by real path (links resolved): when it is
   * an input folder, or holds one. An output folder inside an input folder is allowed: the walk leaves it
   * out. Inputs that do not exist are left to the caller.
   */
  public static Optional<String> overlap(List<Path> inputs, Path out) {
    Path realOut = realPath(out);
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        continue;
      }
      Path realInput = realPath(input);
      if (!Files.isDirectory(realInput)) {
        continue;
      }
      if (realInput.equals(realOut)) {
        return Optional.of(out + ": the output folder is the input folder " + input
            + " (by real path); inputs are only read: choose another output folder");
      }
      if (realInput.startsWith(realOut)) {
        return Optional.of(input + ": the output folder " + out + " must not contain the inputs");
      }
    }
    return Optional.empty();
  }

  /** The real path of the nearest existing ancestor, with the rest of the path below it. */
  static Path realPath(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }

  /** An output place refused; the message names the place and says why, in one line. */
  public static final class OutputRefused extends IOException {
    OutputRefused(String message) {
      super(message);
    }
  }
}
