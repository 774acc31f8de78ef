package dev.rinse.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the files of the inputs in a stable order (by relative path). It never follows a link, skips
 * hidden folders such as {@code .git}, and leaves out a folder to exclude (the output folder when it
 * lies inside an input, by file identity: also when reached through a link). Stateless.
 */
public final class CorpusWalker {
  private static final Set<String> CLEANED = Set.of(".md", ".markdown", ".html", ".htm");

  /** What a walk found: files to clean, and the rest, skipped by kind. */
  public record Listing(List<InputFile> toClean, List<InputFile> skipped) {}

  /** Whether rinse cleans a file of this name by default. */
  public static boolean isCleaned(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot >= 0 && CLEANED.contains(lower.substring(dot));
  }

  public Listing walk(List<Path> inputs, Path exclude) {
    List<InputFile> clean = new ArrayList<>();
    List<InputFile> skipped = new ArrayList<>();
    Object excluded = exclude == null ? null : identity(exclude.toAbsolutePath().normalize());
    for (Path input : inputs) {
      Path absolute = input.toAbsolutePath().normalize();
      if (Files.isDirectory(absolute)) {
        folder(absolute, excluded, clean, skipped);
      } else {
        InputFile file = new InputFile(absolute.getParent(), absolute, absolute.getFileName().toString());
        (isCleaned(file.relative()) ? clean : skipped).add(file);
      }
    }
    return new Listing(clean, skipped);
  }

  /** Adds a folder's files in order; links, devices and pipes are skipped, never read. */
  private static void folder(Path root, Object excluded, List<InputFile> clean, List<InputFile> skipped) {
    List<InputFile> files = new ArrayList<>();
    List<InputFile> others = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
          return hidden || identity(dir, attrs).equals(excluded) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          InputFile found = new InputFile(root, file, relative(root, file));
          (attrs.isRegularFile() && isCleaned(found.relative()) ? files : others).add(found);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          files.add(new InputFile(root, file, relative(root, file)));
          return FileVisitResult.CONTINUE; // reading it again fails and names the file in the summary
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(root + ": cannot walk: " + e.getMessage(), e);
    }
    files.sort(Comparator.comparing(InputFile::relative));
    others.sort(Comparator.comparing(InputFile::relative));
    clean.addAll(files);
    skipped.addAll(others);
  }

  /**
   * What tells a folder apart whatever the path it is reached by (links, bind mounts): its file key
   * where the file system has one, else its path.
   */
  private static Object identity(Path folder) {
    try {
      return identity(folder, Files.readAttributes(folder, BasicFileAttributes.class));
    } catch (IOException e) {
      return folder; // not there yet: no walk meets it
    }
  }

  private static Object identity(Path folder, BasicFileAttributes attributes) {
    return attributes.fileKey() == null ? folder : attributes.fileKey();
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
