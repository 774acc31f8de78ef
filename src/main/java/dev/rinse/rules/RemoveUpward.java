package dev.rinse.rules;

import dev.rinse.changelog.ChangeKind;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * A filter list's {@code :upward}: for each element the selector finds, removes an ancestor of it instead,
 * the {@code levels}-th one up or the nearest one {@code ancestor} matches.
 *
 * @param levels how many levels up, from 1; 0 when {@code ancestor} says
 * @param ancestor what the ancestor must match; null when {@code levels} says
 */
public record RemoveUpward(int levels, Evaluator ancestor) implements RuleAction {
  public RemoveUpward {
    if ((levels > 0) == (ancestor != null)) {
      throw new IllegalArgumentException("an upward step is a number of levels or a selector, one of them");
    }
  }

  @Override
  public void apply(Rule rule, FileRun run) {
    Set<Element> targets = new LinkedHashSet<>(); // two found elements may share the ancestor
    for (Element found : run.select((Matcher.Css) rule.matcher())) {
      Element target = levels > 0 ? up(found, levels) : found.parent() == null ? null : found.parent().closest(ancestor);
      if (target != null) {
        targets.add(target);
      }
    }
    targets.forEach(target -> Remove.remove(rule, run, target));
  }

  private static Element up(Element element, int levels) {
    Element at = element;
    for (int i = 0; i < levels && at != null; i++) {
      at = at.parent();
    }
    return at;
  }

  @Override
  public boolean accepts(Matcher matcher) {
    return matcher instanceof Matcher.Css;
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.REMOVE;
  }
}
