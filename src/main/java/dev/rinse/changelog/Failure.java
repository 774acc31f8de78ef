package dev.rinse.changelog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Why a file could not be cleaned, as a kind a script or a caller can act on; the log's {@code error} says
 * it in words. Written in logs and summaries as its id ({@code too-large}).
 */
public enum Failure {
  /** The bytes are not text (a NUL byte, say): nothing was read as a document. */
  NOT_TEXT("not-text"),
  /** Over the size limit: refused before it was read. */
  TOO_LARGE("too-large"),
  /** Cleaning took longer than the time limit. */
  TIMED_OUT("timed-out"),
  /** The heap ran out while the file was cleaned; more heap may clean it. */
  OUT_OF_MEMORY("out-of-memory"),
  /** The file could not be read. */
  UNREADABLE("unreadable"),
  /** Its outputs could not be written, or their place is refused (a link, a name the run's own files use). */
  UNWRITABLE("unwritable"),
  /** The cleaned document would not publish as it was read (its front matter or template code, say). */
  UNPUBLISHABLE("unpublishable"),
  /** Cleaning failed in a way no input should make it fail. */
  INTERNAL("internal");

  private final String id;

  Failure(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  /** The kind of this id; null for an id this version does not know (a log written by a later one). */
  @JsonCreator
  public static Failure of(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst().orElse(null);
  }
}
