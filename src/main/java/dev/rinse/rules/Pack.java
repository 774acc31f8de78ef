package dev.rinse.rules;

import dev.rinse.policy.Policy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, ordered group of rules from one file, with the documents they apply to. Immutable.
 *
 * @param file where the pack was read from, for messages
 * @param fingerprint identifies the pack's definition, its policy's included: equal fingerprints, equal behaviour
 * @param policy the policy for the documents in the pack's scope, if it names one
 */
public record Pack(String name, String why, Scope scope, List<Rule> rules, String file, String fingerprint,
    Optional<Policy> policy) {
  public Pack {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(file, "file");
    rules = List.copyOf(rules);
  }
}
