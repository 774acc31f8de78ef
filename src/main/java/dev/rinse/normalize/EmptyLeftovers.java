package dev.rinse.normalize;

import dev.rinse.article.Article;
import dev.rinse.article.VisibleText;
import dev.rinse.article.Where;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes the elements the rules' removals left empty: a {@code <p>} whose only content was an ad link,
 * a {@code <div>} whose only child was a script, and, going up, a container left holding nothing else.
 * An element left empty holds nothing that shows: no text (white space aside), no image or other
 * element that shows without text ({@link #SHOWN}), no Markdown, no excerpt marker. Only an element
 * that lost a node to a rule, or contains one that did, counts: what was empty as read stays (an
 * author's empty cell, a {@code <br>}). Elements in the {@link KeepEmpty} set stay too, unless a
 * container around them goes. Each removal is recorded under {@value #RULE}, the outermost element
 * once, with its source as written. Immutable and thread-safe.
 */
public final class EmptyLeftovers {
  public static final String RULE = "normalize.empty";
  /** Elements that show something with no text inside. */
  static final Set<String> SHOWN = Set.of("img", "video", "audio", "svg", "canvas", "math", "object", "embed",
      "iframe", "hr", "input", "select", "textarea", "button", "meter", "progress");

  private final KeepEmpty keep;

  public EmptyLeftovers(KeepEmpty keep) {
    this.keep = Objects.requireNonNull(keep, "keep");
  }

  /**
   * Removes what the removals left empty in the article's body.
   *
   * @param reduced the elements rules took a node or all text from (repeats and detached ones allowed)
   */
  public void remove(Article article, Collection<Element> reduced, ChangeRecorder recorder) {
    if (reduced.isEmpty()) {
      return;
    }
    Set<Element> lost = Collections.newSetFromMap(new IdentityHashMap<>());
    lost.addAll(reduced);
    Element body = article.document().body();
    Set<Element> emptied = emptied(article, body, lost);
    if (emptied.isEmpty()) {
      return;
    }
    for (Element element : outermost(body, emptied)) {
      recorder.record(new Change.Removal(RULE, article.where(element), article.pathOf(element),
          Cited.of(article.source(element)), ""));
      article.remove(element);
    }
  }

  /** What an open element has seen of its content so far. */
  private static final class Content {
    boolean shows;
    boolean holdsEmptied;
  }

  /**
   * The elements a removal left empty: showing nothing, and either reduced by a rule or holding such an
   * element. One walk, children before parents, so a document's depth costs no more than its size.
   */
  private static Set<Element> emptied(Article article, Element body, Set<Element> lost) {
    Set<Element> emptied = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Content> open = new ArrayDeque<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element element) {
          open.push(new Content());
          return article.isPlaceholder(element) ? FilterResult.SKIP_CHILDREN : FilterResult.CONTINUE;
        }
        if (node instanceof TextNode text && VisibleText.count(text.getWholeText()) > 0
            || node instanceof Comment comment && article.keeps(comment)) {
          open.element().shows = true;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
          Content content = open.pop();
          boolean shows = content.shows || SHOWN.contains(element.normalName()) || article.isPlaceholder(element);
          boolean isEmptied = !shows && (content.holdsEmptied || lost.contains(element));
          if (isEmptied) {
            emptied.add(element);
          }
          Content parent = open.peek();
          if (parent != null) {
            parent.shows |= shows;
            parent.holdsEmptied |= isEmptied;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, body);
    return emptied;
  }

  /** The emptied elements to remove, in document order: each outermost one not kept, with what is inside it. */
  private List<Element> outermost(Element body, Set<Element> emptied) {
    List<Element> found = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == body || !(node instanceof Element element)) {
          return FilterResult.CONTINUE;
        }
        if (emptied.contains(element) && !keep.keeps(element.normalName())) {
          found.add(element);
          return FilterResult.SKIP_CHILDREN;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
    return found;
  }
}
