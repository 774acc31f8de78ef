package dev.rinse.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the files of the inputs in a stable order (by relative path). It never follows a link, skips
 * hidden folders such as {@code .git}, and leaves out a folder to exclude (the output folder when it
 * lies inside an input, by file identity: also when reached through a link). In input folders, a
 * {@link Selection} leaves out more: those files are listed apart, and a folder it leaves out is not
 * walked. A file given directly is always listed to clean, whatever the selection. Stateless.
 */
public final class CorpusWalker {
  private static final Set<String> CLEANED = Set.of(".md", ".markdown", ".html", ".htm");

  /**
   * What a walk found: files to clean, the rest, skipped by kind, and what the selection left out, by
   * relative path (a folder left out whole, not walked, as {@code folder/}), with the lines of ignore
   * files that could not be read.
   */
  public record Listing(List<InputFile> toClean, List<InputFile> skipped, List<String> leftOut,
      List<IgnoreProblem> problems) {}

  /** A line of an ignore file left aside (line 0: the file could not be read), and why. */
  public record IgnoreProblem(Path file, int line, String message) {}

  /** An ignore file's rules and the folder they apply to, as {@code sub/} ({@code ""} for the input folder). */
  private record Frame(String prefix, IgnoreFile rules) {}

  /** Whether rinse cleans a file of this name by default. */
  public static boolean isCleaned(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot >= 0 && CLEANED.contains(lower.substring(dot));
  }

  /** Lists every file of the inputs, reading no ignore file. */
  public Listing walk(List<Path> inputs, Path exclude) {
    return walk(inputs, exclude, Selection.EVERYTHING);
  }

  /**
   * @param exclude a folder never walked (null for none)
   * @param selection what to leave out of input folders
   */
  public Listing walk(List<Path> inputs, Path exclude, Selection selection) {
    List<InputFile> clean = new ArrayList<>();
    List<InputFile> skipped = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    List<IgnoreProblem> problems = new ArrayList<>();
    Object excluded = exclude == null ? null : identity(exclude.toAbsolutePath().normalize());
    for (Path input : inputs) {
      Path absolute = input.toAbsolutePath().normalize();
      if (Files.isDirectory(absolute)) {
        new FolderWalk(absolute, excluded, selection, leftOut, problems).walk(clean, skipped);
      } else {
        InputFile file = new InputFile(absolute.getParent(), absolute, absolute.getFileName().toString());
        (isCleaned(file.relative()) ? clean : skipped).add(file);
      }
    }
    return new Listing(clean, skipped, leftOut, problems);
  }

  /** One input folder's walk, with the ignore files of the folders it is in. Not thread-safe. */
  private static final class FolderWalk {
    private final Path root;
    private final Object excluded;
    private final Selection selection;
    private final List<String> leftOut;
    private final List<IgnoreProblem> problems;
    private final Deque<Frame> frames = new ArrayDeque<>();

    FolderWalk(Path root, Object excluded, Selection selection, List<String> leftOut, List<IgnoreProblem> problems) {
      this.root = root;
      this.excluded = excluded;
      this.selection = selection;
      this.leftOut = leftOut;
      this.problems = problems;
    }

    /** Adds the folder's files in order; links, devices and pipes are skipped, never read. */
    void walk(List<InputFile> clean, List<InputFile> skipped) {
      List<InputFile> files = new ArrayList<>();
      List<InputFile> others = new ArrayList<>();
      List<String> out = new ArrayList<>();
      try {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
            if (hidden || identity(dir, attrs).equals(excluded)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            String relative = dir.equals(root) ? "" : relative(root, dir);
            if (!relative.isEmpty() && (selection.leavesOutFolder(relative) || ignored(relative, true))) {
              out.add(relative + "/");
              return FileVisitResult.SKIP_SUBTREE;
            }
            frames.push(new Frame(relative.isEmpty() ? "" : relative + "/", selection.ignoreFiles() ? read(dir) : null));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            frames.pop();
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            InputFile found = new InputFile(root, file, relative(root, file));
            if (selection.ignoreFiles() && file.getFileName().toString().equals(Selection.IGNORE_FILE)) {
              return FileVisitResult.CONTINUE; // the walk's own configuration, not a file of the corpus
            }
            if (leavesOut(found.relative())) {
              out.add(found.relative());
            } else {
              (attrs.isRegularFile() && isCleaned(found.relative()) ? files : others).add(found);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            InputFile found = new InputFile(root, file, relative(root, file));
            if (leavesOut(found.relative())) {
              out.add(found.relative());
            } else {
              files.add(found); // reading it again fails and names the file in the summary
            }
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(root + ": cannot walk: " + e.getMessage(), e);
      }
      files.sort(Comparator.comparing(InputFile::relative));
      others.sort(Comparator.comparing(InputFile::relative));
      out.sort(Comparator.naturalOrder());
      clean.addAll(files);
      skipped.addAll(others);
      leftOut.addAll(out);
    }

    private boolean leavesOut(String relative) {
      return selection.leavesOutFile(relative) || ignored(relative, false);
    }

    /** Whether the ignore files leave a path out: the deepest one with a matching line decides. */
    private boolean ignored(String relative, boolean folder) {
      for (Frame frame : frames) {
        if (frame.rules() != null && relative.startsWith(frame.prefix())) {
          Boolean out = frame.rules().leavesOut(relative.substring(frame.prefix().length()), folder);
          if (out != null) {
            return out;
          }
        }
      }
      return false;
    }

    /** The folder's ignore file, or null when it has none (a link to one is not followed). */
    private IgnoreFile read(Path dir) {
      Path file = dir.resolve(Selection.IGNORE_FILE);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
      try {
        IgnoreFile rules = IgnoreFile.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        rules.problems().forEach(p -> problems.add(new IgnoreProblem(file, p.line(), p.message())));
        return rules;
      } catch (IOException e) {
        problems.add(new IgnoreProblem(file, 0, "cannot be read (" + e.getMessage() + "); it is ignored"));
        return null;
      }
    }
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
