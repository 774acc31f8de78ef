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
 * @param index which rules can apply to a document, for a pack of thousands (a filter list's); null for a
 *     pack whose every rule is tried on every document
 */
public record Pack(String name, String why, Scope scope, List<Rule> rules, String file, String fingerprint,
    Optional<Policy> policy, RuleIndex index) {
  /** A pack whose every rule is tried on every document in its scope. */
  public Pack(String name, String why, Scope scope, List<Rule> rules, String file, String fingerprint,
      Optional<Policy> policy) {
    this(name, why, scope, rules, file, fingerprint, policy, null);
  }

  public Pack {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(file, "file");
    rules = List.copyOf(rules);
  }

  /** This pack with only {@code kept} of its rules, indexed as it was. */
  public Pack keeping(List<Rule> kept, String fingerprint) {
    if (kept.size() == rules.size()) {
      return this;
    }
    return new Pack(name, why, scope, kept, file, fingerprint, policy, index == null ? null : new RuleIndex(kept));
  }

  /** The rules to try on one file, in pack order: all of them, or those its index finds for the file. */
  public List<Rule> rulesFor(FileRun run) {
    return index == null ? rules : index.candidates(run.sourceHost(), run.keys());
  }
}
