package dev.rinse.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * One input file read as an article: its container, its front matter (posts only) and its body parsed
 * into a DOM that rules change in place. It also maps DOM nodes back to their place and exact text in
 * the file, which is what change records cite. Not thread-safe: one instance belongs to one file.
 */
public final class Article {
  /** How many steps a path gives at most; deeper nodes get the last ones. */
  static final int PATH_STEPS = 6;

  private final String name;
  private final Container container;
  private final FrontMatter frontMatter;
  private final String body;
  private final int bodyLine;
  private final Document document;
  private final List<String> problems;
  /** The Markdown a body was read as, or null for an HTML body. */
  private final MarkdownBody markdown;
  /** The text the parser read: the body itself, or for Markdown its raw HTML with placeholders. */
  private final String parsed;
  private Map<Element, Path> paths = new IdentityHashMap<>();
  /** Per parent, how far its children were counted. */
  private Map<Element, Count> counted = new IdentityHashMap<>();
  private boolean keepsExcerptMarkers;
  /** The host the document is known to come from, when its reader knows (a crawl's record); null otherwise. */
  private String knownHost;
  /** The private-use character of an HTML body's tokens, chosen when first needed; 0 until then. */
  private char marker;

  Article(String name, Container container, FrontMatter frontMatter, String body, int bodyLine,
      Document document, List<String> problems) {
    this(name, container, frontMatter, body, bodyLine, document, problems, null);
  }

  /** An article whose body was read as Markdown, when {@code markdown} is not null. */
  Article(String name, Container container, FrontMatter frontMatter, String body, int bodyLine,
      Document document, List<String> problems, MarkdownBody markdown) {
    this.markdown = markdown;
    this.parsed = markdown == null ? body : markdown.html();
    this.name = Objects.requireNonNull(name);
    this.container = Objects.requireNonNull(container);
    this.frontMatter = frontMatter;
    this.body = body;
    this.bodyLine = bodyLine;
    this.document = document;
    document.outputSettings().prettyPrint(false);
    this.problems = List.copyOf(problems);
  }

  /** Has this article keep its excerpt markers: it is a post a site generator publishes. */
  Article keepingExcerptMarkers() {
    this.keepsExcerptMarkers = true;
    return this;
  }

  /** Whether cleaning keeps a comment: an excerpt marker in a post a site generator publishes. */
  public boolean keeps(Comment comment) {
    return keepsExcerptMarkers && ExcerptMarker.is(comment);
  }

  /**
   * The private-use character, held nowhere in the body, that marks places in the body's output: where
   * Markdown stands, where an excerpt marker stands.
   */
  public char markerCharacter() {
    if (markdown != null) {
      return markdown.markerCharacter();
    }
    if (marker == 0) {
      marker = PrivateUse.unused(body);
    }
    return marker;
  }

  /** The marker character if it was ever asked for (tokens stand in the output), else 0. */
  public char markerCharacterIfUsed() {
    return markdown != null ? markdown.markerCharacter() : marker;
  }

  /** What was wrong with the container and how it was read anyway, one warning each. */
  public List<String> problems() {
    return problems;
  }

  /** Records the host the document is known to come from, which wins over what the document says. */
  public void cameFrom(String host) {
    this.knownHost = Objects.requireNonNull(host, "host");
  }

  /** The host the document is known to come from, if its reader said. */
  public Optional<String> knownHost() {
    return Optional.ofNullable(knownHost);
  }

  /** The file's path relative to its input root, with {@code /} separators. */
  public String name() {
    return name;
  }

  public Container container() {
    return container;
  }

  /** The front matter; present for posts only. */
  public Optional<FrontMatter> frontMatter() {
    return Optional.ofNullable(frontMatter);
  }

  /** The Markdown the body was read as; empty for an HTML body. */
  public Optional<MarkdownBody> markdown() {
    return Optional.ofNullable(markdown);
  }

  /** Whether a node is a placeholder for Markdown rather than HTML of the input. */
  public boolean isPlaceholder(Node node) {
    return markdown != null && markdown.isPlaceholder(node);
  }

  /** The body's DOM; for fragments and posts the content is the body element's children. */
  public Document document() {
    return document;
  }

  /**
   * A CSS path to a node from the body (or head) down, e.g. {@code body > div:nth-child(1) > p:nth-child(7)};
   * for a comment or text, its parent's path and the node's kind. Built from positions only, so it
   * is unique; in a document nested deeper than {@value #PATH_STEPS} levels, only the last steps are
   * given, after {@code … >}. Paths are remembered until the tree's shape changes ({@link #reshaped}).
   */
  public String pathOf(Node node) {
    Element element = node instanceof Element e ? e : node.parent() instanceof Element p ? p : null;
    String path = element == null ? "" : elementPath(element);
    return node instanceof Element || element == null ? path : path + " > " + node.nodeName();
  }

  /** Forgets remembered paths; call after removing, unwrapping or moving nodes. */
  public void reshaped() {
    // new maps, not clear(): clearing sweeps the whole table, and rules reshape after every unwrap
    paths = new IdentityHashMap<>();
    counted = new IdentityHashMap<>();
  }

  /**
   * Removes a node from the tree. What was counted of its siblings is kept, moved past it: rules remove
   * one matched element after another, and counting a wide parent's children again after each removal
   * would take time in the square of their number.
   */
  public void remove(Node node) {
    Count count = node.parent() instanceof Element parent ? counted.get(parent) : null;
    int index = node.siblingIndex();
    node.remove();
    paths = new IdentityHashMap<>(); // the paths below the parent's later children change
    if (count != null && count.index > index) {
      count.index--;
      count.elementsBefore -= node instanceof Element ? 1 : 0;
    }
  }

  private String elementPath(Element element) {
    return path(element).text();
  }

  /**
   * A path from the parent's, which is remembered too: the steps of an element are its parent's and
   * its own, the first dropped past {@value #PATH_STEPS}. Ancestors not yet known are found first, going
   * up (no recursion: documents may nest very deep).
   */
  private Path path(Element element) {
    Path known = paths.get(element);
    if (known != null) {
      return known;
    }
    List<Element> unknown = new ArrayList<>();
    for (Element e = element; e != null && !paths.containsKey(e); e = isTop(e) ? null : e.parent()) {
      unknown.add(e);
    }
    Path path = null;
    for (int i = unknown.size() - 1; i >= 0; i--) {
      Element e = unknown.get(i);
      path = isTop(e) ? new Path(e.normalName(), 1, true) : paths.get(e.parent()).then(step(e));
      paths.put(e, path);
    }
    return path;
  }

  private static boolean isTop(Element e) {
    return e.nameIs("body") || e.nameIs("head") || e.nameIs("html") || e.parent() == null;
  }

  private String step(Element e) {
    return e.normalName() + ":nth-child(" + place(e) + ")";
  }

  /**
   * An element's place, from 1, among its parent's child elements. Counting goes on from where it
   * stopped for the last child asked about: paths are asked for in document order, and a page's body
   * may hold tens of thousands of children.
   */
  private int place(Element e) {
    Element parent = e.parent();
    int index = e.siblingIndex();
    Count count = counted.computeIfAbsent(parent, p -> new Count());
    if (count.index > index) {
      count.index = 0;
      count.elementsBefore = 0;
    }
    int before = count.elementsBefore;
    for (int i = count.index; i < index; i++) {
      if (parent.childNode(i) instanceof Element) { // not childNodes(): it copies the list
        before++;
      }
    }
    count.index = index;
    count.elementsBefore = before;
    return before + 1;
  }

  /** How far a parent's children were counted: up to the child at {@code index}, not included. */
  private static final class Count {
    int index;
    int elementsBefore;
  }

  /** A path's text, how many steps it has, and whether it starts at the top. */
  private record Path(String text, int steps, boolean whole) {
    private static final String CUT = "… > ";

    Path then(String step) {
      if (steps < PATH_STEPS) {
        return new Path(text + " > " + step, steps + 1, whole);
      }
      String rest = whole ? text : text.substring(CUT.length());
      return new Path(CUT + rest.substring(rest.indexOf(" > ") + 3) + " > " + step, steps, false);
    }
  }

  /** Where a node starts in the file, or where its nearest placed ancestor starts. */
  public Where where(Node node) {
    for (Node n = node; n != null; n = n.parent()) {
      Range range = n.sourceRange();
      if (range.isTracked() && !range.isImplicit()) {
        return place(range.start());
      }
    }
    return Where.UNKNOWN;
  }

  /**
   * Where the character at {@code offset} of a text node's text stands in the file. Exact when the
   * text was written without character references; otherwise the text node's start.
   */
  public Where where(TextNode text, int offset) {
    Range range = text.sourceRange();
    if (!tracked(range)) {
      return where(text);
    }
    String written = parsed.substring(range.startPos(), range.endPos());
    if (!written.equals(text.getWholeText()) || offset > written.length()) {
      return where(text);
    }
    if (markdown != null) {
      return markdown.where(markdown.map().toBody(range.startPos() + offset, false));
    }
    int line = range.start().lineNumber();
    int column = range.start().columnNumber();
    for (int i = 0; i < offset; i++) {
      if (written.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Where(bodyLine + line - 1, column);
  }

  /** Where an attribute's name starts in the file, or where its element starts. */
  public Where where(Element element, String attribute) {
    Range.AttributeRange range = element.attributes().sourceRange(attribute);
    if (range.isTracked()) {
      return place(range.nameRange().start());
    }
    return where(element);
  }

  /** The exact text of a node in the file; its serialized HTML when the parser placed it implicitly. */
  public String source(Node node) {
    Range start = node.sourceRange();
    Range end = node instanceof Element element ? element.endSourceRange() : start;
    if (tracked(start) && tracked(end) && end.endPos() >= start.startPos()) {
      return written(start.startPos(), end.endPos());
    }
    return node.outerHtml();
  }

  /** The exact start and end tags of an element, as written; for an unwrap, that is what goes. */
  public String tagsSource(Element element) {
    Range start = element.sourceRange();
    Range end = element.endSourceRange();
    String open = tracked(start) ? written(start.startPos(), start.endPos()) : openTag(element);
    String close = tracked(end) ? written(end.startPos(), end.endPos()) : "";
    if (!close.startsWith("</")) {
      close = ""; // the parser closed the element without an end tag of its own
    }
    return open + close;
  }

  /** An attribute exactly as written ({@code name="value"}), or serialized when it was not parsed. */
  public String source(Element element, Attribute attribute) {
    Range.AttributeRange range = element.attributes().sourceRange(attribute.getKey());
    if (range.isTracked()) {
      Range name = range.nameRange();
      Range value = range.valueRange();
      int end = value.isTracked() ? value.endPos() : name.endPos();
      // The value range stops inside a closing quote; keep the quote so the bytes are the written ones.
      if (end < parsed.length() && end > name.endPos() && isQuote(parsed.charAt(end))) {
        end++;
      }
      if (end == name.endPos()) {
        end = emptyValueEnd(end); // an empty value has an empty range at the name's end: cite src="", not src
      }
      return written(name.startPos(), end);
    }
    return attribute.html();
  }

  /** Where {@code =""} or {@code = ''} after an attribute's name ends; {@code nameEnd} when none follows. */
  private int emptyValueEnd(int nameEnd) {
    int at = skipSpaces(nameEnd);
    if (at >= parsed.length() || parsed.charAt(at) != '=') {
      return nameEnd;
    }
    at = skipSpaces(at + 1);
    boolean quotes = at + 1 < parsed.length() && isQuote(parsed.charAt(at)) && parsed.charAt(at + 1) == parsed.charAt(at);
    return quotes ? at + 2 : nameEnd;
  }

  private int skipSpaces(int from) {
    int at = from;
    while (at < parsed.length() && " \t\n\f\r".indexOf(parsed.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  private static boolean tracked(Range range) {
    return range.isTracked() && !range.isImplicit();
  }

  private static String openTag(Element element) {
    Element shallow = element.shallowClone();
    String html = shallow.outerHtml();
    int close = html.lastIndexOf("</");
    return close > 0 ? html.substring(0, close) : html;
  }

  private Where place(Range.Position position) {
    if (markdown != null) {
      return markdown.where(markdown.map().toBody(position.pos(), false));
    }
    return new Where(bodyLine + position.lineNumber() - 1, position.columnNumber());
  }

  /** The file's text for a stretch of what the parser read: for Markdown, placeholders become their Markdown. */
  private String written(int start, int end) {
    if (markdown == null) {
      return body.substring(start, end);
    }
    return body.substring(markdown.map().toBody(start, false), markdown.map().toBody(end, true));
  }
}
