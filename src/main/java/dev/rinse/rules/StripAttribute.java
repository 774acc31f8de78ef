package dev.rinse.rules;

import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.article.Article;
import dev.rinse.changelog.ChangeKind;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Removes the attributes whose names match, keeping the element. */
public record StripAttribute() implements RuleAction {

  @Override
  public void apply(Rule rule, FileRun run) {
    Matcher.AttributeNames names = (Matcher.AttributeNames) rule.matcher();
    Article article = run.article();
    com.google.re2j.Matcher name = names.pattern().matcher("");
    for (Element element : run.elementsWith(names.within(), run.attributesMatching(names.pattern()))) {
      if (element.attributesSize() == 0) {
        continue;
      }
      List<Attribute> matched = null;
      for (Attribute attribute : element.attributes()) {
        if (name.reset(attribute.getKey()).matches()) { // the HTML parser lower-cases attribute names
          if (matched == null) {
            matched = new ArrayList<>();
          }
          matched.add(attribute);
        }
      }
      if (matched == null) {
        continue;
      }
      for (Attribute attribute : matched) {
        run.record(new Change.AttributeStrip(rule.name(), article.where(element, attribute.getKey()),
            article.pathOf(element), Cited.of(article.source(element, attribute))));
        element.removeAttr(attribute.getKey());
      }
    }
  }

  @Override
  public boolean accepts(Matcher matcher) {
    return matcher instanceof Matcher.AttributeNames;
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.STRIP_ATTRIBUTE;
  }
}
