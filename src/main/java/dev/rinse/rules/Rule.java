package dev.rinse.rules;

import java.util.Objects;

/**
 * One rule: what it looks for, what it does, and why. Immutable.
 *
 * @param expectLoss whether the text the rule removes is expected to go ({@code expect-loss: true}): the
 *     text-loss guard does not count it; the change log still records it
 * @param origin where the rule is written, {@code file:line:col}, for messages
 * @param hosts the source hosts of the documents it applies to, for a filter list's host-scoped filters
 */
public record Rule(RuleId id, String why, Matcher matcher, RuleAction action, boolean expectLoss, String origin,
    Hosts hosts) {
  public Rule {
    Objects.requireNonNull(hosts, "hosts");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(origin, "origin");
  }

  /** A rule for documents from any host, as rule packs write them. */
  public Rule(RuleId id, String why, Matcher matcher, RuleAction action, boolean expectLoss, String origin) {
    this(id, why, matcher, action, expectLoss, origin, Hosts.ANY);
  }

  /** The rule's id as change logs write it. */
  public String name() {
    return id.value();
  }

  /** Applies the rule to one file's article, recording what it changes. */
  public void apply(FileRun run) {
    if ((hosts == Hosts.ANY || hosts.allow(run.sourceHost())) && run.mightMatch(matcher)) {
      action.apply(this, run);
    }
  }
}
