package dev.rinse.changelog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The change log of one input file, written as {@code FILE.changes.json}. Immutable.
 *
 * @param source the input's path relative to its input root, with {@code /} separators
 * @param error the one-line reason the file could not be cleaned, null unless status is error
 */
@JsonPropertyOrder({"source", "status", "changes", "warnings", "error"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileLog(
    String source, FileStatus status, List<Change> changes, List<String> warnings, String error) {

  public FileLog {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
    if ((status == FileStatus.ERROR) != (error != null)) {
      throw new IllegalArgumentException("an error message goes with status error, and only there");
    }
  }

  /** The log of a file that was cleaned; its status is warning when there are warnings. */
  public static FileLog cleaned(String source, List<Change> changes, List<String> warnings) {
    FileStatus status = warnings.isEmpty() ? FileStatus.OK : FileStatus.WARNING;
    return new FileLog(source, status, changes, warnings, null);
  }

  /** The log of a file that could not be cleaned; no cleaned file goes with it. */
  public static FileLog failed(String source, List<String> warnings, String error) {
    return new FileLog(source, FileStatus.ERROR, List.of(), warnings, error);
  }
}
