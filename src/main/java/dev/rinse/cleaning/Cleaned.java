package dev.rinse.cleaning;

import dev.rinse.changelog.FileLog;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What cleaning one file produced: the cleaned text (absent when the file failed), its change log, and
 * the names of the rule packs whose scope covered it (which tells a later run what a changed pack can
 * touch).
 */
public record Cleaned(Optional<String> output, FileLog log, List<String> packs) {
  public Cleaned {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(log, "log");
    packs = List.copyOf(packs);
  }
}
