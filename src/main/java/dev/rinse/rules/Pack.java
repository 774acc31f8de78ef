package dev.rinse.rules;

import java.util.List;
import java.util.Objects;

/**
 * A named, ordered group of rules from one file, with the documents they apply to. Immutable.
 *
 * @param file where the pack was read from, for messages
 * @param fingerprint identifies the pack's definition: equal fingerprints, equal behaviour
 */
public record Pack(String name, String why, Scope scope, List<Rule> rules, String file, String fingerprint) {
  public Pack {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(file, "file");
    rules = List.copyOf(rules);
  }
}
