package dev.rinse.changelog;

import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome of cleaning one file. */
public enum FileStatus {
  OK,
  WARNING,
  ERROR;

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
