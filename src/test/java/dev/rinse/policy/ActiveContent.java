package dev.rinse.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds active content in HTML as an HTML5 parser sees it (jsoup's, and validator.nu's independent one): script-capable or page-altering elements,
 * event-handler attributes, URLs whose scheme (after entity decoding, with control characters and
 * spaces stripped) is not http, https, mailto or relative, and CSS {@code url()} or
 * {@code expression()}.
 */
public final class ActiveContent {
  private static final Set<String> ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
      "embed", "applet", "base", "meta", "link", "style", "form", "template", "svg", "math", "noscript",
      "input", "button", "textarea", "select", "isindex", "portal", "xmp", "plaintext", "noembed");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction",
      "xlink:href", "background", "poster", "data", "cite", "longdesc", "srcset", "dynsrc", "lowsrc",
      "codebase", "archive", "classid", "usemap", "manifest", "ping", "content", "to", "from", "values", "by");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
  private static final Pattern CSS_ACTIVE = Pattern.compile("(?i)url\\s*\\(|expression\\s*\\(|@import|behavior\\s*:|-moz-binding");

  private ActiveContent() {}

  /** The problems jsoup's HTML5 parser finds; empty when the HTML is inert. */
  public static List<String> find(String html) {
    List<String> problems = new ArrayList<>();
    Document document = Jsoup.parse(html, "", Parser.htmlParser());
    for (Element element : document.getAllElements()) {
      boolean headMeta = element.parent() != null && element.parent().nameIs("head");
      List<String[]> attributes = new ArrayList<>();
      for (Attribute attribute : element.attributes()) {
        attributes.add(new String[] {attribute.getKey(), attribute.getValue()});
      }
      check(element.normalName(), headMeta, attributes, problems);
    }
    return problems;
  }

  /** The problems validator.nu's HTML5 parser (the one Firefox's is made from) finds. */
  public static List<String> findWithValidatorNu(String html) {
    List<String> problems = new ArrayList<>();
    org.w3c.dom.Document document;
    try {
      document = new nu.validator.htmlparser.dom.HtmlDocumentBuilder(
          nu.validator.htmlparser.common.XmlViolationPolicy.ALTER_INFOSET)
          .parse(new org.xml.sax.InputSource(new java.io.StringReader(html)));
    } catch (org.xml.sax.SAXException | java.io.IOException e) {
      problems.add("validator.nu cannot parse: " + e.getMessage());
      return problems;
    }
    org.w3c.dom.NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      org.w3c.dom.Element element = (org.w3c.dom.Element) all.item(i);
      String name = element.getLocalName().toLowerCase(Locale.ROOT);
      boolean headMeta = element.getParentNode() != null && "head".equalsIgnoreCase(element.getParentNode().getLocalName());
      List<String[]> attributes = new ArrayList<>();
      org.w3c.dom.NamedNodeMap map = element.getAttributes();
      for (int a = 0; a < map.getLength(); a++) {
        attributes.add(new String[] {map.item(a).getNodeName(), map.item(a).getNodeValue()});
      }
      check(name, headMeta, attributes, problems);
    }
    return problems;
  }

  /** The element names in document order as jsoup parses the HTML, and as validator.nu does. */
  static List<List<String>> elementNamesByBothParsers(String html) throws Exception {
    List<String> jsoup = new ArrayList<>();
    Jsoup.parse(html).getAllElements().forEach(e -> {
      if (!(e instanceof Document)) {
        jsoup.add(e.normalName());
      }
    });
    org.w3c.dom.NodeList all = new nu.validator.htmlparser.dom.HtmlDocumentBuilder(
        nu.validator.htmlparser.common.XmlViolationPolicy.ALTER_INFOSET)
        .parse(new org.xml.sax.InputSource(new java.io.StringReader(html))).getElementsByTagName("*");
    List<String> validator = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      validator.add(all.item(i).getLocalName().toLowerCase(Locale.ROOT));
    }
    return List.of(jsoup, validator);
  }

  private static void check(String element, boolean inHead, List<String[]> attributes, List<String> problems) {
    boolean headMetadata = inHead && (element.equals("meta") || element.equals("link"))
        && attributes.stream().noneMatch(a -> a[0].equalsIgnoreCase("http-equiv"));
    if (ELEMENTS.contains(element) && !headMetadata) {
      problems.add("element <" + element + ">");
    }
    for (String[] attribute : attributes) {
      String name = attribute[0].toLowerCase(Locale.ROOT);
      if (name.startsWith("on")) {
        problems.add("handler " + name + " on <" + element + ">");
      }
      if (name.equals("style") && CSS_ACTIVE.matcher(attribute[1]).find()) {
        problems.add("active CSS in style on <" + element + ">");
      }
      boolean headLink = headMetadata && (name.equals("content") || name.equals("href"));
      if ((URL_ATTRIBUTES.contains(name) || name.endsWith(":href")) && !safeUrl(attribute[1]) && !headLink) {
        problems.add("URL " + name + "=\"" + attribute[1] + "\" on <" + element + ">");
      }
      if (headLink && name.equals("href") && !safeUrl(attribute[1])) {
        problems.add("URL " + name + "=\"" + attribute[1] + "\" on <" + element + ">");
      }
    }
  }

  /** The value as the browser resolves it: entities are already decoded by the parser. */
  static boolean safeUrl(String value) {
    StringBuilder stripped = new StringBuilder();
    value.codePoints().filter(c -> c > 0x20 && c != 0x7F && !Character.isISOControl(c))
        .forEach(stripped::appendCodePoint);
    String url = stripped.toString().toLowerCase(Locale.ROOT);
    var scheme = SCHEME.matcher(url);
    return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1));
  }
}
