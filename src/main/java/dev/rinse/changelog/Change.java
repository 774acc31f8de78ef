package dev.rinse.changelog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One change made to one file: which rule made it, what it did, where, and exactly what went.
 *
 * @param rule the rule id, e.g. {@code core.comments}; policy drops use {@code policy.*}
 * @param line 1-based line in the source file, 0 when the change has no source position
 * @param column 1-based column in the source file, 0 when the change has no source position
 * @param path a CSS path to the changed node, or the front-matter field name
 * @param removed the exact source text removed: an element's outer HTML, {@code name="value"}, a URL
 * @param text the visible text the change removed from the article (empty when none)
 * @param after what replaced {@code removed}, for changes that rewrite rather than remove; null otherwise
 */
@JsonPropertyOrder({"rule", "action", "line", "column", "path", "removed", "text", "after"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(
    String rule,
    ChangeKind action,
    int line,
    int column,
    String path,
    String removed,
    String text,
    String after) {

  public Change {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(removed, "removed");
    Objects.requireNonNull(text, "text");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }
}
