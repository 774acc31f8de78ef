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
