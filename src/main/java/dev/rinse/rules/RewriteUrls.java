package dev.rinse.rules;

import dev.rinse.changelog.ChangeKind;
import java.util.Optional;

/**
 * Rewrites links as a filter list's URL rule says (parameters taken off, a redirect link unwrapped to its
 * target), in URL attributes and Markdown destinations, as {@link StripUrlParams} does for a pattern.
 */
public record RewriteUrls() implements RuleAction {
  @Override
  public void apply(Rule rule, FileRun run) {
    StripUrlParams.rewrite(rule, run, Optional.empty(), ((Matcher.Links) rule.matcher()).rewriter()::rewrite);
  }

  @Override
  public boolean accepts(Matcher matcher) {
    return matcher instanceof Matcher.Links;
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.STRIP_URL_PARAMS;
  }
}
