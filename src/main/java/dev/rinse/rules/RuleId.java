package dev.rinse.rules;

import java.util.regex.Pattern;

/**
 * A rule's id, unique in a run: dotted lower-case words, by convention the pack's family first, e.g.
 * {@code sina.stock-wrapper} or {@code core.comments}.
 */
public record RuleId(String value) implements Comparable<RuleId> {
  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

  public RuleId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "rule id '" + value + "' must be dotted words ('family.name') in lower case letters, digits and '-'");
    }
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
