package dev.rinse.changelog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The change log of one input file, written as {@code FILE.changes.json}. Immutable.
 *
 * @param source the input's path relative to its input root, with {@code /} separators
 * @param error the one-line reason the file could not be cleaned, null unless status is error
 * @param failure the kind of that reason; null unless status is error, and in a log that does not say
 * @param input the input file's absolute path, when the log was written by a run over files
 * @param encoding the charset the input was read with, which the bytes changes cite decode with; null on error
 * @param sha256 the hashes of the input and output bytes, when the log was written by a run
 * @param text how much visible text the input had and how much the changes removed; null on error
 */
@JsonPropertyOrder({"source", "status", "changes", "warnings", "error", "failure", "input", "encoding", "sha256", "text"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileLog(
    String source, FileStatus status, List<Change> changes, List<String> warnings, String error, Failure failure,
    String input, String encoding, Hashes sha256, TextStats text) {

  /** Hex SHA-256 of the input file and of the cleaned file (null when none was written). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Hashes(String input, String output) {
    /** Hex SHA-256, as logs record the bytes read and written. */
    public static String sha256(byte[] bytes) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }
  }

  /**
   * Visible text, white space aside, counted in characters.
   *
   * @param before the input's
   * @param removed what the changes removed (for replace-text, net of what they put in)
   */
  public record TextStats(int before, int removed) {
    /** The share of the input's text the changes removed, 0 to 1. */
    public double removedShare() {
      return before == 0 ? 0 : Math.min(1, Math.max(0, removed / (double) before));
    }
  }

  public FileLog {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
    if ((status == FileStatus.ERROR) != (error != null)) {
      throw new IllegalArgumentException("an error message goes with status error, and only there");
    }
    if (failure != null && error == null) {
      throw new IllegalArgumentException("a failure's kind goes with its message");
    }
  }

  /** The log of a file that was cleaned, its encoding not told. */
  public static FileLog cleaned(String source, List<Change> changes, List<String> warnings, TextStats text) {
    return cleaned(source, changes, warnings, null, text);
  }

  /**
   * The log of a file that was cleaned; its status is warning when there are warnings.
   *
   * @param encoding the charset the input was read with
   */
  public static FileLog cleaned(String source, List<Change> changes, List<String> warnings, String encoding,
      TextStats text) {
    FileStatus status = warnings.isEmpty() ? FileStatus.OK : FileStatus.WARNING;
    return new FileLog(source, status, changes, warnings, null, null, null, encoding, null, text);
  }

  /** The log of a file that could not be cleaned; no cleaned file goes with it. */
  public static FileLog failed(String source, List<String> warnings, Failure failure, String error) {
    return new FileLog(source, FileStatus.ERROR, List.of(), warnings, error, Objects.requireNonNull(failure, "failure"),
        null, null, null, null);
  }

  /**
   * This log as a reader of its JSON sees it ({@link ChangeLogJson}): removed text shortened where its
   * bytes are cited, a rule's attribute strips together, each by its place. What a run reports is this,
   * so that a report made from the logs later is the same.
   */
  public FileLog asWritten() {
    return new FileLog(source, status, AttributeStrips.asWritten(changes), warnings, error, failure, input, encoding, sha256, text);
  }

  /** This log with the file it was read from and the hashes of what was read and written. */
  public FileLog withOrigin(String inputPath, Hashes hashes) {
    return new FileLog(source, status, changes, warnings, error, failure, inputPath, encoding, hashes, text);
  }
}
