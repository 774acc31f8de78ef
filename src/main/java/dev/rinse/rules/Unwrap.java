package dev.rinse.rules;

import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.ChangeKind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Replaces matched elements by their content: the tags go, the text stays. */
public record Unwrap() implements RuleAction {

  @Override
  public void apply(Rule rule, FileRun run) {
    Document document = run.article().document();
    for (Element element : run.select((Matcher.Css) rule.matcher())) {
      if (element.ownerDocument() == null || element.parent() == null || element == document.body()
          || element == document.head()) {
        continue;
      }
      run.record(new Change.Unwrapping(rule.name(), run.article().where(element), run.article().pathOf(element),
          Cited.of(run.article().tagsSource(element))));
      element.unwrap();
      run.article().reshaped();
    }
  }

  @Override
  public boolean accepts(Matcher matcher) {
    return matcher instanceof Matcher.Css;
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.UNWRAP;
  }
}
