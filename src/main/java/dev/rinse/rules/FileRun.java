package dev.rinse.rules;

import dev.rinse.article.Article;
import dev.rinse.article.Where;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The rules' view of one file being cleaned: its article, where changes are recorded, and what earlier
 * rules removed that later ones ask about. Not thread-safe: one instance belongs to one file.
 */
public final class FileRun {
  private final Article article;
  private final ChangeRecorder recorder;
  private final Set<String> removedImages = new HashSet<>();
  private Set<String> tags;
  private Set<String> attributes;
  private boolean comments;

  public FileRun(Article article, ChangeRecorder recorder) {
    this.article = article;
    this.recorder = recorder;
  }

  public Article article() {
    return article;
  }

  /** Records a change at a node's place and path; call before the node is detached. */
  void record(Rule rule, ChangeKind kind, Node node, String removed, String text, String after) {
    record(rule, kind, article.where(node), article.pathOf(node), removed, text, after);
  }

  void record(Rule rule, ChangeKind kind, Where where, String path, String removed, String text,
      String after) {
    recorder.record(new Change(rule.id().value(), kind, where.line(), where.column(), path, removed,
        text, after));
  }

  void warn(String warning) {
    recorder.warn(warning);
  }

  /**
   * Whether a matcher could find anything here: false only when the element names, attribute names or
   * comments it needs are absent, which one pass over the document tells; that saves a walk per rule.
   * Rules only take things away, so what was absent stays absent.
   */
  boolean mightMatch(Matcher matcher) {
    if (tags == null) {
      index();
    }
    if (matcher instanceof Matcher.Css css) {
      return css.tags().isEmpty() || css.tags().stream().anyMatch(tags::contains);
    }
    if (matcher instanceof Matcher.AttributeNames names) {
      java.util.regex.Matcher name = names.pattern().matcher("");
      return attributes.stream().anyMatch(a -> name.reset(a).matches());
    }
    if (matcher instanceof Matcher.Comments) {
      return comments;
    }
    return true;
  }

  private void index() {
    tags = new HashSet<>();
    attributes = new HashSet<>();
    org.jsoup.select.NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element element) {
            tags.add(element.normalName());
            element.attributes().forEach(a -> attributes.add(a.getKey()));
          } else if (node instanceof org.jsoup.nodes.Comment) {
            comments = true;
          }
        },
        article.document());
  }

  /** Notes the images inside an element about to be removed, for rules that follow them. */
  void noteRemovedImages(Element removed) {
    for (Element image : removed.select("img[src]")) {
      removedImages.add(image.attr("src").trim());
    }
  }

  boolean imageWasRemoved(String url) {
    return removedImages.contains(url.trim());
  }
}
