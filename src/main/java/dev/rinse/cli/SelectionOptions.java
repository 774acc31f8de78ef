package dev.rinse.cli;

import dev.rinse.changelog.RunConfig;
import dev.rinse.corpus.Selection;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --include}, {@code --exclude} and {@code --no-ignore}: which files of the input folders a clean
 * (or {@code rules impact}) reads. Each glob is checked as it is read, so an invalid one is a usage error before any work.
 */
final class SelectionOptions {
  @Option(names = "--include", paramLabel = "GLOB", converter = GlobConverter.class,
      description = "Clean only the files of input folders this glob matches (gitignore syntax, relative to the "
          + "input folder: '*.md' at any depth, 'posts/**' anchored). Repeatable.")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", converter = GlobConverter.class,
      description = "Leave out the files and folders of input folders this glob matches; wins over --include. "
          + "Repeatable. Files named as INPUT are cleaned all the same.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--no-ignore", description = "Do not read .rinseignore files.")
  boolean noIgnore;

  /** The files these options select, for a command that reads input folders as a run does. */
  Selection selection() {
    return new Selection(include, exclude, !noIgnore);
  }

  /** The run made with this selection. */
  RunConfig applyTo(RunConfig config) {
    return config.selecting(include, exclude, !noIgnore);
  }

  /** Checks a glob as it is read, so that the error names the option and the glob. */
  static final class GlobConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String glob) {
      try {
        Selection.check(glob);
        return glob;
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + glob + "' " + e.getMessage());
      }
    }
  }
}
