package dev.rinse.rules;

import dev.rinse.changelog.ChangeKind;

/**
 * What a rule does to what its matcher finds. A closed set, one small class each, named as in rule files
 * ({@code action: unwrap}); each records every change it makes through the {@link FileRun}.
 */
public sealed interface RuleAction
    permits Remove, RemoveUpward, Unwrap, StripAttribute, StripUrlParams, RewriteUrls, ReplaceText, ClearFrontMatterField,
    Flag {

  void apply(Rule rule, FileRun run);

  /** Whether this action can act on what {@code matcher} finds; checked when rules are loaded. */
  boolean accepts(Matcher matcher);

  ChangeKind kind();
}
