package dev.rinse.policy;

import dev.rinse.article.Article;
import dev.rinse.article.VisibleText;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import dev.rinse.article.ExcerptMarker;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Drives a sanitizer with events read straight from the DOM, so a document is parsed once, and turns
 * everything the sanitizer drops into change records: tags, attributes, and any text it would lose.
 * Not thread-safe: one instance feeds one document.
 */
final class DomFeeder implements NodeFilter, HtmlChangeListener<DomFeeder> {
  static final String ELEMENT_RULE = "policy.element";
  static final String ATTRIBUTE_RULE = "policy.attribute";
  static final String TEXT_RULE = "policy.text";
  static final String COMMENT_RULE = "policy.comment";

  /** Elements whose boundaries separate text: where the policy drops one, a line break stands instead. */
  private static final java.util.Set<String> BLOCKS = java.util.Set.of("address", "article", "aside", "blockquote",
      "br", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
      "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu",
      "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  private final Article article;
  private final java.util.Set<Element> droppedBlocks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private final ChangeRecorder recorder;
  private final TextCounter counter;
  private HtmlStreamEventReceiver sink;
  private Element current;
  private int lastStart = -1;
  private boolean inSourceOrder = true;
  /** Where the elements fed so far start: an element the parser reopened (misnested tags) starts where its original did. */
  private final java.util.Set<Integer> starts = new java.util.HashSet<>();

  /**
   * @param recorder where drops are recorded; null when nothing drops (the body serialized as read)
   * @param counter counts the text that gets through, to tell drops; null with a null recorder
   */
  DomFeeder(Article article, ChangeRecorder recorder, TextCounter counter) {
    this.article = article;
    this.recorder = recorder;
    this.counter = counter;
  }

  /** Feeds the children of {@code root} (not root itself) to {@code receiver}. */
  void feedChildren(Element root, HtmlStreamEventReceiver receiver) {
    this.sink = receiver;
    receiver.openDocument();
    for (Node child : new ArrayList<>(root.childNodes())) {
      NodeTraversor.filter(this, child);
    }
    receiver.closeDocument();
  }

  /** Whether the nodes fed so far stood in the order of their places in the source. */
  boolean inSourceOrder() {
    return inSourceOrder;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    var range = node.sourceRange();
    if (range.isTracked() && !range.isImplicit() && starts.add(range.startPos())) {
      inSourceOrder &= range.startPos() >= lastStart;
      lastStart = range.startPos();
    }
    if (article.isPlaceholder(node)) {
      feedMarkdown((Element) node);
      return FilterResult.SKIP_CHILDREN;
    }
    if (node instanceof Element element) {
      current = element;
      List<String> attributes = new ArrayList<>();
      for (Attribute attribute : element.attributes()) {
        attributes.add(attribute.getKey());
        attributes.add(attribute.getValue());
      }
      sink.openTag(element.normalName(), attributes);
    } else if (node instanceof TextNode text) {
      feedText(text, text.getWholeText(), true);
    } else if (node instanceof DataNode data) {
      feedText(data, data.getWholeData(), false);
    } else if (node instanceof Comment comment && article.keeps(comment)) {
      sink.text(ExcerptMarker.token(article.markerCharacter(), comment)); // written back as the comment
    } else if (node instanceof Comment comment && recorder == null) {
      // the body as read: a comment shows, so that the stretch it stands in differs from one without it
      article.markdown().ifPresent(markdown -> sink.text(markdown.markerCharacter() + "!"));
    } else if (node instanceof Comment comment && !isTemplateGuard(comment)) {
      removal(COMMENT_RULE, comment, article.source(comment), "");
    }
    return FilterResult.CONTINUE;
  }

  /**
   * Markdown goes through as a marker the output is later split at; where the policy drops it (inside an
   * element whose content it drops), its text is recorded as dropped like any other.
   */
  private void feedMarkdown(Element placeholder) {
    var markdown = article.markdown().orElseThrow();
    String marker = markdown.marker(markdown.segmentOf(placeholder));
    if (counter == null) {
      sink.text(marker);
      return;
    }
    long before = counter.emitted();
    sink.text(marker);
    if (counter.emitted() == before) {
      String text = placeholder.text();
      recorder.record(new Change.Removal(TEXT_RULE, article.where(placeholder), article.pathOf(placeholder),
          Cited.of(article.source(placeholder)), text));
    }
  }

  /**
   * The renderer writes {@code {<!-- -->} where a text ends in '{', so that no {@code {{} template
   * can form; such a comment in the input is that guard from an earlier run, and is written again.
   */
  private static boolean isTemplateGuard(Comment comment) {
    return comment.getData().isBlank() && comment.previousSibling() instanceof TextNode text
        && text.getWholeText().endsWith("{");
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element element && !element.tag().isEmpty() && !article.isPlaceholder(node)) {
      sink.closeTag(element.normalName());
    }
    if (node instanceof Element element && droppedBlocks.remove(element)) {
      counter.separate();
    }
    return FilterResult.CONTINUE;
  }

  private void feedText(Node node, String text, boolean visible) {
    if (counter == null) {
      sink.text(text);
      return;
    }
    String forbidden = text.codePoints().filter(HtmlWriter::forbidden)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    if (!forbidden.isEmpty()) {
      // characters HTML forbids cannot be written; the writer would drop them unrecorded
      text = text.codePoints().filter(c -> !HtmlWriter.forbidden(c))
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      if (visible && VisibleText.count(forbidden) > 0) {
        removal(TEXT_RULE, node, forbidden, forbidden);
      }
    }
    long before = counter.emitted();
    sink.text(text);
    boolean dropped = counter.emitted() == before;
    if (dropped && VisibleText.count(text) > 0) {
      removal(TEXT_RULE, node, text, visible ? text : "");
    }
  }

  @Override
  public void discardedTag(DomFeeder context, String elementName) {
    if (current != null && current.normalName().equals(elementName)) {
      var range = current.sourceRange();
      if (range.isTracked() && !range.isImplicit()) { // an element the parser implied (a tbody) was never in the input
        recorder.record(new Change.Unwrapping(ELEMENT_RULE, article.where(current), article.pathOf(current),
            Cited.of(article.tagsSource(current))));
      }
      if (BLOCKS.contains(elementName)) {
        counter.separate();
        droppedBlocks.add(current);
      }
    }
  }

  @Override
  public void discardedAttributes(DomFeeder context, String tagName, String... attributeNames) {
    if (current == null) {
      return;
    }
    for (String name : attributeNames) {
      Attribute attribute = current.attribute(name);
      String removed = attribute == null ? name : article.source(current, attribute);
      recorder.record(new Change.AttributeStrip(ATTRIBUTE_RULE, article.where(current, name),
          article.pathOf(current), Cited.of(removed)));
    }
  }

  private void removal(String rule, Node node, String removed, String text) {
    recorder.record(new Change.Removal(rule, article.where(node), article.pathOf(node), Cited.of(removed), text));
  }
}
