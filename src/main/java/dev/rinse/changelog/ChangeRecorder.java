package dev.rinse.changelog;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the changes and warnings of one file as the pipeline's stages make them, in the order they
 * are made. Not thread-safe: one instance belongs to one file.
 */
public final class ChangeRecorder {
  private final List<Change> changes = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  public void record(Change change) {
    changes.add(change);
  }

  public void warn(String warning) {
    warnings.add(warning);
  }

  public List<Change> changes() {
    return List.copyOf(changes);
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }
}
