package dev.rinse.rules;

import com.google.re2j.Pattern;
import dev.rinse.article.Article;
import dev.rinse.article.VisibleText;
import dev.rinse.article.Where;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.EvaluatorInternals;
import org.jsoup.select.QueryParser;

/**
 * The rules' view of one file being cleaned: its article, where changes are recorded, and what earlier
 * rules removed that later ones ask about. Not thread-safe: one instance belongs to one file.
 */
public final class FileRun {
  private static final Evaluator IMAGES = QueryParser.parse("img[src]");
  private final Article article;
  private final ChangeRecorder recorder;
  private final Set<String> removedImages = new HashSet<>();
  /** The elements rules took a node or all text from, in the order they did. */
  private final List<Element> reduced = new ArrayList<>();
  private DocumentIndex index;
  private Optional<String> sourceHost;
  /** The URL attributes of the document as read, for link rules, which a filter list has hundreds of. */
  private List<UrlSlot> urlSlots;

  public FileRun(Article article, ChangeRecorder recorder) {
    this.article = article;
    this.recorder = recorder;
  }

  public Article article() {
    return article;
  }

  /** Records a change; build it before its node is detached, while the node still has a place and path. */
  void record(Change change) {
    recorder.record(change);
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
    DocumentIndex index = index();
    if (matcher instanceof Matcher.Css css) {
      return (css.tags().isEmpty() || css.tags().stream().anyMatch(index::hasTag))
          && (css.keys() == null || css.keys().stream().anyMatch(keys -> keys.stream().allMatch(index::hasKey)));
    }
    if (matcher instanceof Matcher.AttributeNames names) {
      return !index.attributesMatching(names.pattern()).isEmpty();
    }
    if (matcher instanceof Matcher.Comments) {
      return !index.comments().isEmpty();
    }
    return true;
  }

  /**
   * The elements a CSS query selects now, in document order. When the query says which names its
   * elements carry, only the elements that had them when the file was read are tested; otherwise
   * the whole document is walked.
   */
  Elements select(Matcher.Css css) {
    Document document = article.document();
    if (css.subjects() == null) {
      Elements all = css.in(document);
      if (article.markdown().isPresent()) {
        all.removeIf(article::isPlaceholder); // Markdown is not HTML: no selector picks it out
      }
      return all;
    }
    List<Element> candidates = css.subjects().keys() != null ? index().elementsAsReadWithKeys(css.subjects().keys())
        : index().elementsAsRead(css.subjects().tags(), css.subjects().attributes());
    if (candidates.isEmpty()) {
      return new Elements();
    }
    // The jsoup entry point that tests given candidates as select() tests every element. Whether a
    // candidate is still attached is asked of the few that match, not of all: it walks up to the root.
    return EvaluatorInternals.stream(css.evaluator(), document, candidates.stream())
        .filter(element -> element.ownerDocument() == document && !article.isPlaceholder(element))
        .collect(Collectors.toCollection(Elements::new));
  }

  /** The elements {@code within} selects, or every element that carries one of the attribute names. */
  List<Element> elementsWith(Optional<Matcher.Css> within, Collection<String> attributes) {
    return within.isPresent() ? select(within.get()) : index().elements(Set.of(), attributes);
  }

  /** One URL attribute of an element: where a link rule looks. */
  record UrlSlot(Element element, String attribute) {}

  /**
   * The URL attributes (of {@code names}, in that order for each element) of the elements as read, in
   * document order. Made once: an element removed since is still there, and an attribute may be gone.
   */
  List<UrlSlot> urlSlots(List<String> names) {
    if (urlSlots == null) {
      urlSlots = urlSlots(index().elementsAsRead(Set.of(), names), names);
    }
    return urlSlots;
  }

  /** The URL attributes of these elements, of {@code names}, in that order for each element. */
  static List<UrlSlot> urlSlots(List<Element> elements, List<String> names) {
    List<UrlSlot> slots = new ArrayList<>();
    for (Element element : elements) {
      for (String name : names) {
        if (element.hasAttr(name)) {
          slots.add(new UrlSlot(element, name));
        }
      }
    }
    return slots;
  }

  /** The attribute names in the document, when read, that match. */
  Set<String> attributesMatching(Pattern names) {
    return index().attributesMatching(names);
  }

  /** The host the document was scraped from, as site packs find it; empty when it cannot be told. */
  Optional<String> sourceHost() {
    if (sourceHost == null) {
      sourceHost = SourceHost.of(article);
    }
    return sourceHost;
  }

  /** The classes ({@code .name}) and ids ({@code #name}) of the document's elements as read, lower-cased. */
  Set<String> keys() {
    return index().keys();
  }

  /** How many characters of visible text the body had when read, white space aside ({@link VisibleText#count}). */
  public int visibleTextAsRead() {
    return index().visibleText();
  }

  /** The comments still in the document, in document order; not the excerpt markers the article keeps. */
  List<Comment> comments() {
    List<Comment> comments = index().comments();
    comments.removeIf(article::keeps);
    return comments;
  }

  private DocumentIndex index() {
    if (index == null) {
      index = new DocumentIndex(article.document());
    }
    return index;
  }

  /** Removes a node and what is inside it, noting its parent, which the removal may leave empty. */
  void remove(Node node) {
    if (node.parent() instanceof Element parent) {
      reduced.add(parent);
    }
    article.remove(node);
  }

  /** Notes that a rule took all the text of a node from its parent, which may be left empty. */
  void textRemoved(Node node) {
    if (node.parent() instanceof Element parent) {
      reduced.add(parent);
    }
  }

  /**
   * The elements rules took a node or all text from, in the order they did, removed ones too: where
   * the rules may have left something empty. Unwrapping takes no content and is not counted.
   */
  public List<Element> reduced() {
    return Collections.unmodifiableList(reduced);
  }

  /** Notes the images inside an element about to be removed, for rules that follow them. */
  void noteRemovedImages(Element removed) {
    if (!index().hasTag("img")) {
      return;
    }
    for (Element image : removed.select(IMAGES)) {
      removedImages.add(image.attr("src").trim());
    }
  }

  boolean imageWasRemoved(String url) {
    return removedImages.contains(url.trim());
  }
}
