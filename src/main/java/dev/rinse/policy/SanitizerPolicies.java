package dev.rinse.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/** Builds the OWASP policies for the body and the head from a {@link PolicySpec}. */
final class SanitizerPolicies {
  private static final Set<String> NUMERIC = Set.of("width", "height", "colspan", "rowspan", "start", "span");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}%?");
  private static final Pattern KEYWORD = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,40}");
  private static final Set<String> KEYWORD_VALUED = Set.of("referrerpolicy", "dir", "scope", "lang");
  /** A list's numbering or a source's media type ({@code image/webp}). */
  private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+/;= -]{0,99}");

  private SanitizerPolicies() {}

  static PolicyFactory body(PolicySpec spec) {
    String[] elements = spec.elements().toArray(String[]::new);
    HtmlPolicyBuilder builder = new HtmlPolicyBuilder()
        .allowElements(elements)
        .allowWithoutAttributes(elements)
        .allowUrlProtocols(spec.protocols().toArray(String[]::new));
    for (Map.Entry<String, List<String>> entry : spec.attributes().entrySet()) {
      HtmlPolicyBuilder.AttributeBuilder attribute = builder.allowAttributes(entry.getKey());
      if (NUMERIC.contains(entry.getKey())) {
        attribute = attribute.matching(NUMBER);
      } else if (KEYWORD_VALUED.contains(entry.getKey())) {
        attribute = attribute.matching(KEYWORD);
      } else if (entry.getKey().equals("type")) {
        attribute = attribute.matching(TYPE);
      }
      if (entry.getValue().contains("*")) {
        attribute.globally();
      } else {
        attribute.onElements(entry.getValue().toArray(String[]::new));
      }
    }
    return builder.toFactory();
  }

  /** The head keeps its title and the meta and link elements the spec names, nothing else. */
  static PolicyFactory head(PolicySpec spec) {
    return new HtmlPolicyBuilder()
        .allowElements("title", "meta", "link")
        .allowAttributes("charset", "name", "property", "content").onElements("meta")
        .allowAttributes("rel", "href").onElements("link")
        .allowUrlProtocols(spec.protocols().toArray(String[]::new))
        .toFactory();
  }
}
