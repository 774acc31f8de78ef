package dev.rinse.rules;

import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.article.Article;
import dev.rinse.article.VisibleText;
import dev.rinse.changelog.ChangeKind;
import java.util.Objects;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Replaces matching text in text nodes. {@code replacement} may use {@code $1} group references. Each
 * match is one change: {@code text} is what was matched, {@code after} what stands there now.
 */
public record ReplaceText(String replacement) implements RuleAction {
  public ReplaceText {
    Objects.requireNonNull(replacement, "replacement");
  }

  @Override
  public void apply(Rule rule, FileRun run) {
    Matcher.Text text = (Matcher.Text) rule.matcher();
    for (Element root : Scoped.textRoots(text.within(), run.article().document())) {
      for (TextNode node : Scoped.collect(root, TextNode.class)) {
        if (!run.article().isPlaceholder(node.parent())) { // Markdown's text is written as it stands
          replaceIn(rule, run, text, node);
        }
      }
    }
  }

  private void replaceIn(Rule rule, FileRun run, Matcher.Text text, TextNode node) {
    String whole = node.getWholeText();
    com.google.re2j.Matcher match = text.pattern().matcher(whole);
    StringBuilder out = new StringBuilder();
    int last = 0;
    boolean changed = false;
    while (match.find()) {
      if (match.end() == match.start()) {
        continue; // an empty match removes nothing
      }
      // appendReplacement copies the text since the last match, then the replacement: keep the latter
      int replacementStart = out.length() + (match.start() - last);
      match.appendReplacement(out, replacement);
      run.record(new Change.TextReplacement(rule.name(), run.article().where(node, match.start()),
          run.article().pathOf(node), Cited.of(match.group()), match.group(), out.substring(replacementStart)));
      last = match.end();
      changed = true;
    }
    if (changed) {
      match.appendTail(out);
      String replaced = out.toString();
      node.text(replaced);
      if (VisibleText.count(replaced) == 0 && VisibleText.count(whole) > 0) {
        run.textRemoved(node);
      }
    }
  }

  @Override
  public boolean accepts(Matcher matcher) {
    return matcher instanceof Matcher.Text;
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.REPLACE_TEXT;
  }
}
