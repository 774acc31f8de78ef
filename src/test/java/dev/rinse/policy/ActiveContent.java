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
 * Finds active content in HTML as an HTML5 parser sees it: script-capable or page-altering elements,
 * event-handler attributes, URLs whose scheme (after entity decoding, with control characters and
 * spaces stripped) is not http, https, mailto or relative, and CSS {@code url()} or
 * {@code expression()}.
 */
final class ActiveContent {
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

  /** The problems found; empty when the HTML is inert. */
  static List<String> find(String html) {
    List<String> problems = new ArrayList<>();
    Document document = Jsoup.parse(html, "", Parser.htmlParser());
    for (Element element : document.getAllElements()) {
      if (ELEMENTS.contains(element.normalName()) && !inHead(element, "meta")) {
        problems.add("element <" + element.normalName() + ">");
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          problems.add("handler " + name + " on <" + element.normalName() + ">");
        }
        if (name.equals("style") && CSS_ACTIVE.matcher(attribute.getValue()).find()) {
          problems.add("active CSS in style on <" + element.normalName() + ">");
        }
        if (URL_ATTRIBUTES.contains(name) && !safeUrl(attribute.getValue())) {
          problems.add("URL " + name + "=\"" + attribute.getValue() + "\" on <" + element.normalName() + ">");
        }
      }
    }
    return problems;
  }

  /** A page's own {@code <meta charset>} and kept head metadata are not active content. */
  private static boolean inHead(Element element, String name) {
    return element.normalName().equals(name) && element.parent() != null && element.parent().nameIs("head")
        && !element.hasAttr("http-equiv");
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
