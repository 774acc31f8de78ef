package dev.rinse.rules;

import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.article.Article;
import dev.rinse.article.VisibleText;
import dev.rinse.article.Where;
import dev.rinse.changelog.ChangeKind;
import java.util.Objects;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Changes nothing: reports each match for moderation and puts the file's status to warning with
 * {@code reason}. With {@code text-shorter-than} it judges the text left by the rules before it, so such
 * a rule goes last.
 */
public record Flag(String reason) implements RuleAction {
  public Flag {
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public void apply(Rule rule, FileRun run) {
    Article article = run.article();
    int hits = 0;
    if (rule.matcher() instanceof Matcher.Css css) {
      for (Element element : run.select(css)) {
        run.record(new Change.Flagged(rule.name(), article.where(element), article.pathOf(element)));
        hits++;
      }
    } else if (rule.matcher() instanceof Matcher.Text text) {
      for (Element root : Scoped.textRoots(text.within(), article.document())) {
        for (TextNode node : Scoped.collect(root, TextNode.class)) {
          com.google.re2j.Matcher match = text.pattern().matcher(node.getWholeText());
          while (match.find()) {
            run.record(new Change.Flagged(rule.name(), article.where(node, match.start()), article.pathOf(node)));
            hits++;
          }
        }
      }
    } else if (rule.matcher() instanceof Matcher.ShorterThan shorter) {
      if (!VisibleText.holdsAtLeast(article.document().body(), shorter.characters())) {
        run.record(new Change.Flagged(rule.name(), Where.UNKNOWN, "body"));
        hits++;
      }
    }
    if (hits > 0) {
      run.warn(rule.id() + ": " + reason + (hits > 1 ? " (" + hits + " places)" : ""));
    }
  }

  @Override
  public boolean accepts(Matcher matcher) {
    return matcher instanceof Matcher.Css || matcher instanceof Matcher.Text
        || matcher instanceof Matcher.ShorterThan;
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.FLAG;
  }
}
