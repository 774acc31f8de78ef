package dev.rinse.rules;

import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import com.google.re2j.Pattern;
import dev.rinse.article.FrontMatter;
import dev.rinse.changelog.ChangeKind;
import java.util.Optional;

/**
 * Clears matching front-matter fields to {@code ''}, changing only that value in the block. A field is
 * cleared when its value names an image a rule removed ({@code when: removed-image}), or when it
 * matches {@code value} (a pattern), or always when neither is given.
 */
public record ClearFrontMatterField(boolean onlyRemovedImage, Optional<Pattern> value)
    implements RuleAction {

  @Override
  public void apply(Rule rule, FileRun run) {
    Matcher.Fields fields = (Matcher.Fields) rule.matcher();
    Optional<FrontMatter> frontMatter = run.article().frontMatter();
    if (frontMatter.isEmpty()) {
      return;
    }
    FrontMatter block = frontMatter.get();
    for (FrontMatter.Field field : block.fields().values()) {
      if (fields.pattern().matcher(field.name()).matches() && applies(field, run)
          && block.clear(field.name())) {
        run.record(new Change.FieldClear(rule.name(), field.where(), field.name(),
            Cited.of(field.written(block.original())), "''"));
      }
    }
  }

  private boolean applies(FrontMatter.Field field, FileRun run) {
    if (field.values().size() != 1 || field.values().get(0).isBlank()) {
      return false;
    }
    String fieldValue = field.values().get(0);
    if (onlyRemovedImage && !run.imageWasRemoved(fieldValue)) {
      return false;
    }
    return value.map(pattern -> pattern.matcher(fieldValue).find()).orElse(true);
  }

  @Override
  public boolean accepts(Matcher matcher) {
    return matcher instanceof Matcher.Fields;
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.CLEAR_FRONT_MATTER_FIELD;
  }
}
