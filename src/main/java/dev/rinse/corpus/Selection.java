package dev.rinse.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Which files of an input folder a run reads. Rules of thumb: a glob matches a path relative to the
 * input folder, with gitignore semantics (see {@link Glob}), and a glob that matches a folder matches
 * everything in it; with include globs, only files one of them matches are read; excludes win over
 * includes; {@code .rinseignore} files (when read) leave out more, each in its own folder's subtree;
 * files named directly as inputs are always read. Built from plain strings, as the command line or a
 * configuration file gives them. Immutable and thread-safe.
 */
public final class Selection {
  /** The name of the ignore files read in input folders and their subfolders. */
  public static final String IGNORE_FILE = ".rinseignore";

  /** Every file, no ignore file read: what the walk did before there was a selection. */
  public static final Selection EVERYTHING = new Selection(List.of(), List.of(), false);

  private final List<String> include;
  private final List<String> exclude;
  private final boolean ignoreFiles;
  private final List<Glob> includes;
  private final List<Glob> excludes;

  /** Includes and excludes, with {@code .rinseignore} files read. */
  public Selection(List<String> include, List<String> exclude) {
    this(include, exclude, true);
  }

  /**
   * @param include globs of the files to read; none reads every file
   * @param exclude globs of the files and folders to leave out
   * @param ignoreFiles whether to read {@code .rinseignore} files
   * @throws IllegalArgumentException naming the first glob that cannot be read, and why
   */
  public Selection(List<String> include, List<String> exclude, boolean ignoreFiles) {
    this.include = List.copyOf(include);
    this.exclude = List.copyOf(exclude);
    this.ignoreFiles = ignoreFiles;
    this.includes = globs(this.include);
    this.excludes = globs(this.exclude);
  }

  /**
   * Checks one glob as the constructor would.
   *
   * @throws IllegalArgumentException saying why the glob cannot be read
   */
  public static void check(String glob) {
    if (glob.startsWith("!")) {
      throw new IllegalArgumentException("starts with '!' (exclude it instead, or write '\\!')");
    }
    Glob.parse(glob);
  }

  public List<String> include() {
    return include;
  }

  public List<String> exclude() {
    return exclude;
  }

  public boolean ignoreFiles() {
    return ignoreFiles;
  }

  /** Whether the globs leave out the file at {@code path} (relative to its input folder). */
  boolean leavesOutFile(String path) {
    if (excludes.stream().anyMatch(glob -> glob.matchesOrHolds(path))) {
      return true;
    }
    return !includes.isEmpty() && includes.stream().noneMatch(glob -> glob.matchesOrHolds(path));
  }

  /** Whether an exclude leaves out the folder at {@code path}, and so everything in it: it is not walked. */
  boolean leavesOutFolder(String path) {
    return excludes.stream().anyMatch(glob -> glob.matches(path, true));
  }

  @Override
  public String toString() {
    return "include " + include + ", exclude " + exclude + (ignoreFiles ? ", " + IGNORE_FILE + " read" : "");
  }

  private static List<Glob> globs(List<String> patterns) {
    List<Glob> globs = new ArrayList<>();
    for (String pattern : patterns) {
      try {
        check(pattern);
        globs.add(Glob.parse(pattern));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("invalid glob '" + pattern + "': " + e.getMessage(), e);
      }
    }
    return List.copyOf(globs);
  }
}
