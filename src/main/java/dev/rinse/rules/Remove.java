package dev.rinse.rules;

import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.article.Article;
import dev.rinse.article.VisibleText;
import dev.rinse.changelog.ChangeKind;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Removes matched elements with everything inside them, or matched comments. */
public record Remove() implements RuleAction {

  @Override
  public void apply(Rule rule, FileRun run) {
    Article article = run.article();
    if (rule.matcher() instanceof Matcher.Css css) {
      for (Element element : run.select(css)) {
        remove(rule, run, element);
      }
    } else if (rule.matcher() instanceof Matcher.Comments comments) {
      for (Comment comment : run.comments()) {
        if (comments.pattern().matcher(comment.getData()).find()) {
          run.record(new Change.Removal(rule.name(), article.where(comment), article.pathOf(comment),
              Cited.of(article.source(comment)), ""));
          run.remove(comment);
        }
      }
    }
  }

  /** Removes one element with what is inside it, and records it; one already gone, the body or the head is left. */
  static void remove(Rule rule, FileRun run, Element element) {
    Article article = run.article();
    Document document = article.document();
    if (element.ownerDocument() == null || element == document.body() || element == document.head()) {
      return; // inside an element removed just before, or a part no rule may remove
    }
    run.noteRemovedImages(element);
    run.record(new Change.Removal(rule.name(), article.where(element), article.pathOf(element),
        Cited.of(article.source(element)), VisibleText.of(element)));
    run.remove(element);
  }

  @Override
  public boolean accepts(Matcher matcher) {
    return matcher instanceof Matcher.Css || matcher instanceof Matcher.Comments;
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.REMOVE;
  }
}
