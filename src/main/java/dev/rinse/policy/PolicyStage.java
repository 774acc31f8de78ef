package dev.rinse.policy;

import dev.rinse.article.Article;
import dev.rinse.article.Container;
import dev.rinse.article.MarkdownBody;
import dev.rinse.article.MarkdownLink;
import dev.rinse.article.Where;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import dev.rinse.normalize.WhitespaceFolding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.TagBalancingHtmlStreamEventReceiver;

/**
 * The last stage: the OWASP sanitizer enforces the allow-list on what the rules left, and every drop
 * is recorded under a {@code policy.*} rule id, so nothing disappears silently. Its output is the final
 * markup; nothing after it may add any. Immutable and thread-safe.
 */
public final class PolicyStage {
  /** The sanitizer drops content nested deeper than 256; flatten below that so no text goes with it. */
  static final int NESTING_LIMIT = 200;
  static final String NESTING_RULE = "policy.nesting";
  static final String HEAD_RULE = "policy.head";
  static final String URL_RULE = "policy.url";
  /** Head properties whose content is a URL ({@code og:url}, {@code og:image}, {@code twitter:image:src}). */
  private static final Pattern URL_VALUED = Pattern.compile("(?i)url|image|video|audio");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}");

  private final PolicySpec spec;
  private final PolicyFactory body;
  private final PolicyFactory head;

  public PolicyStage(PolicySpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.body = SanitizerPolicies.body(spec);
    this.head = SanitizerPolicies.head(spec);
  }

  /**
   * What the stage made of an article, in markup only, so that the output can be put together after
   * the DOM is gone: the body's children and, for a page, the head's kept items and the language. The
   * body is the buffer it was written to ({@link MarkupBuffer}): a large file's markup is copied into a
   * String only once the DOM can be collected.
   */
  public record Markup(CharSequence body, String lang, List<String> headItems) {}

  /**
   * Sanitizes the article's body content, then its Markdown's URLs, then a page's head: the changes are
   * recorded in that order.
   */
  public Markup sanitize(Article article, ChangeRecorder recorder) {
    CharSequence markup = body(article, recorder);
    article.markdown().ifPresent(markdown -> markdownUrls(article, markdown, recorder));
    if (article.container() != Container.PAGE) {
      return new Markup(markup, "", List.of());
    }
    Element html = article.document().selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").trim();
    return new Markup(markup, LANGUAGE.matcher(lang).matches() ? lang : "", headItems(article, recorder));
  }

  /** The markup of the body's children. */
  private CharSequence body(Article article, ChangeRecorder recorder) {
    Element root = article.document().body();
    flattenDeepNesting(root, article, recorder);
    MarkupBuffer out = new MarkupBuffer();
    // the buffer never fails to take a character, so no I/O error can reach the handler
    TextCounter counter = new TextCounter(
        new WhitespaceFolding(new HtmlWriter(out)));
    DomFeeder feeder = new DomFeeder(article, recorder, counter);
    HtmlSanitizer.Policy policy = body.apply(counter, feeder, feeder);
    TagBalancingHtmlStreamEventReceiver balancer = new TagBalancingHtmlStreamEventReceiver(policy);
    balancer.setNestingLimit(256);
    feeder.feedChildren(root, balancer);
    return out;
  }

  /**
   * The body's markup as read, through the same serializer but no policy: what the output of each
   * stretch of a Markdown body's HTML is when nothing in it changes.
   */
  public static AsRead asRead(Article article) {
    MarkupBuffer out = new MarkupBuffer();
    var receiver = new WhitespaceFolding(new HtmlWriter(out, true));
    TagBalancingHtmlStreamEventReceiver balancer = new TagBalancingHtmlStreamEventReceiver(receiver);
    balancer.setNestingLimit(256);
    DomFeeder feeder = new DomFeeder(article, null, null);
    feeder.feedChildren(article.document().body(), balancer);
    return new AsRead(out.toString(), feeder.inSourceOrder());
  }

  /**
   * A body's markup as read, and whether the parser kept its nodes in source order (it moves content
   * out of a table, for one), which tells whether each stretch of the markup stands for the same
   * stretch of the source.
   */
  public record AsRead(String markup, boolean inSourceOrder) {}

  /**
   * Markdown links and images whose URL scheme the policy does not allow: a link becomes its text, an
   * image and a definition go. A link that takes its URL from such a definition becomes its text too.
   */
  private void markdownUrls(Article article, MarkdownBody markdown, ChangeRecorder recorder) {
    String body = markdown.body();
    for (MarkdownLink link : markdown.links()) {
      if (!markdown.isLive(link) || UrlSchemes.allowed(link.currentDestination(), spec.protocols())
          && UrlSchemes.allowed(link.writtenDestination(body), spec.protocols())) {
        continue;
      }
      link.unwrap();
      boolean unwrapped = link.fate() == MarkdownLink.Fate.UNWRAPPED;
      recorder.record(unwrapped
          ? new Change.Unwrapping(URL_RULE, link.where(), link.path(), Cited.of(link.markupSource(body)))
          : new Change.Removal(URL_RULE, link.where(), link.path(), Cited.of(link.source(body)), ""));
    }
  }

  /** The URL schemes the policy keeps. */
  public List<String> protocols() {
    return spec.protocols();
  }

  /** A whole page: a fixed document shell around the head items and the (normalized) body markup. */
  public static String page(Markup markup, String bodyMarkup) {
    StringBuilder page = new StringBuilder(bodyMarkup.length() + 1024).append("<!DOCTYPE html>\n<html");
    if (!markup.lang().isEmpty()) {
      page.append(" lang=\"").append(markup.lang()).append('"');
    }
    page.append(">\n<head>\n<meta charset=\"utf-8\">\n");
    for (String item : markup.headItems()) {
      page.append(item).append('\n');
    }
    page.append("</head>\n<body>\n").append(bodyMarkup).append("\n</body>\n</html>\n");
    return page.toString();
  }

  private List<String> headItems(Article article, ChangeRecorder recorder) {
    List<String> items = new ArrayList<>();
    boolean titleSeen = false;
    for (Element element : article.document().head().children()) {
      List<String> attributes = new ArrayList<>();
      String text = null;
      if (element.nameIs("title") && !titleSeen) {
        titleSeen = true;
        text = element.text();
      } else if (element.nameIs("meta") && keptMeta(element)) {
        String key = element.hasAttr("name") ? "name" : "property";
        attributes.addAll(List.of(key, element.attr(key), "content", element.attr("content")));
      } else if (element.nameIs("link") && spec.linkRels().contains(element.attr("rel").trim())
          && !element.attr("href").isBlank() && UrlSchemes.allowed(element.attr("href"), spec.protocols())) {
        attributes.addAll(List.of("rel", element.attr("rel").trim(), "href", element.attr("href")));
      } else {
        if (!isUtf8Charset(element)) { // the output declares utf-8 itself
          recorder.record(new Change.Removal(HEAD_RULE, article.where(element), article.pathOf(element),
              Cited.of(article.source(element)), ""));
        }
        continue;
      }
      recordDroppedAttributes(element, attributes, article, recorder);
      StringBuilder out = new StringBuilder();
      HtmlSanitizer.Policy policy = head.apply(new HtmlWriter(out));
      policy.openDocument();
      policy.openTag(element.normalName(), attributes);
      if (text != null) {
        policy.text(text);
        policy.closeTag(element.normalName());
      }
      policy.closeDocument();
      items.add(out.toString());
    }
    return items;
  }

  private boolean keptMeta(Element meta) {
    String key = meta.hasAttr("name") ? meta.attr("name").trim() : meta.attr("property").trim();
    return meta.hasAttr("content")
        && (meta.hasAttr("name") ? spec.metaNames().contains(key) : spec.metaProperties().contains(key))
        && (!URL_VALUED.matcher(key).find() || UrlSchemes.allowed(meta.attr("content"), spec.protocols()));
  }

  /** Whether a name is among the names of a list of names and values. */
  private static boolean isWrittenName(List<String> namesAndValues, String name) {
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      if (namesAndValues.get(i).equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUtf8Charset(Element element) {
    return element.nameIs("meta") && element.attributesSize() == 1
        && element.attr("charset").trim().equalsIgnoreCase("utf-8");
  }

  /** The attributes of a kept head item that are not written (an http-equiv beside a name). */
  private static void recordDroppedAttributes(Element element, List<String> written, Article article,
      ChangeRecorder recorder) {
    for (Attribute attribute : element.attributes()) {
      if (!isWrittenName(written, attribute.getKey())) {
        recorder.record(new Change.AttributeStrip(HEAD_RULE, article.where(element, attribute.getKey()),
            article.pathOf(element), Cited.of(article.source(element, attribute))));
      }
    }
  }

  /**
   * Unwraps every element nested deeper than {@link #NESTING_LIMIT}, counting the elements the tag
   * balancer will add (an {@code li} between nested lists), so the output, read again, is within the
   * limit: the element that holds the first one too deep keeps,
   * in order, all the text of its deep descendants. One pass, so a hostile depth costs linear time.
   */
  private static void flattenDeepNesting(Element root, Article article, ChangeRecorder recorder) {
    List<Element> atLimit = new ArrayList<>();
    ArrayDeque<Integer> depths = new ArrayDeque<>(List.of(0));
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (depth == 0 || !(node instanceof Element element)) {
              return;
            }
            int parentDepth = depths.peek();
            int own = parentDepth + (listInList(element) ? 2 : 1);
            depths.push(own);
            Element parent = element.parent();
            if (tooDeep(element, own) && !tooDeep(parent, parentDepth)
                && (atLimit.isEmpty() || atLimit.get(atLimit.size() - 1) != parent)) {
              atLimit.add(parent);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (depth > 0 && node instanceof Element) {
              depths.pop();
            }
          }
        },
        root);
    for (Element keeper : atLimit) {
      List<Node> kept = new ArrayList<>();
      NodeTraversor.filter(
          (node, depth) -> {
            if (depth == 0) {
              return NodeFilter.FilterResult.CONTINUE;
            }
            if (article.isPlaceholder(node)) {
              kept.add(node); // Markdown is kept whole, whatever HTML it is nested in
              return NodeFilter.FilterResult.SKIP_CHILDREN;
            }
            if (node instanceof Element element) {
              recorder.record(new Change.Unwrapping(NESTING_RULE, article.where(element), article.pathOf(element),
                  Cited.of(article.tagsSource(element))));
            } else {
              kept.add(node);
            }
            return NodeFilter.FilterResult.CONTINUE;
          },
          keeper);
      keeper.empty();
      article.reshaped();
      for (Node node : kept) {
        keeper.appendChild(node);
      }
    }
  }

  /**
   * Whether an element at a depth (as the balancer will nest it) goes: a list's text is put into an
   * {@code li} one deeper, so a list must stand above the limit to keep any.
   */
  private static boolean tooDeep(Element element, int depth) {
    return depth > NESTING_LIMIT || depth == NESTING_LIMIT && (element.nameIs("ul") || element.nameIs("ol"));
  }

  /** A list right inside a list: the sanitizer's tag balancer puts an {@code li} between them. */
  private static boolean listInList(Element element) {
    Element parent = element.parent();
    return (element.nameIs("ul") || element.nameIs("ol"))
        && parent != null && (parent.nameIs("ul") || parent.nameIs("ol"));
  }
}
