package dev.rinse.cleaning;

import dev.rinse.changelog.FileLog;
import java.util.Objects;
import java.util.Optional;

/**
 * What cleaning one file produced: the cleaned text (absent when the file failed) and its change log.
 */
public record Cleaned(Optional<String> output, FileLog log) {
  public Cleaned {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(log, "log");
  }
}
