package dev.rinse.rules;

import dev.rinse.article.Article;
import dev.rinse.changelog.ChangeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes matching query parameters from URL attributes, leaving the rest of each URL as written. The
 * change records the URL before ({@code removed}) and after ({@code after}).
 */
public record StripUrlParams() implements RuleAction {
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "cite", "poster", "data", "background", "longdesc");

  @Override
  public void apply(Rule rule, FileRun run) {
    Matcher.UrlParams params = (Matcher.UrlParams) rule.matcher();
    Article article = run.article();
    for (Element element : Scoped.elements(params.within(), article.document())) {
      for (String name : URL_ATTRIBUTES) {
        if (!element.hasAttr(name)) {
          continue;
        }
        String before = element.attr(name);
        String after = without(before, params.pattern());
        if (!after.equals(before)) {
          run.record(rule, kind(), article.where(element, name), Article.path(element), before, "", after);
          element.attr(name, after);
        }
      }
    }
  }

  /** The URL without the query parameters whose names match; the URL itself when none does. */
  static String without(String url, Pattern names) {
    int query = url.indexOf('?');
    if (query < 0) {
      return url;
    }
    int hash = url.indexOf('#', query);
    int end = hash < 0 ? url.length() : hash;
    List<String> kept = new ArrayList<>();
    boolean dropped = false;
    for (String param : url.substring(query + 1, end).split("&", -1)) {
      String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
      if (!name.isEmpty() && names.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
        dropped = true;
      } else {
        kept.add(param);
      }
    }
    if (!dropped) {
      return url;
    }
    String rest = String.join("&", kept);
    return url.substring(0, query) + (rest.isEmpty() ? "" : "?" + rest) + url.substring(end);
  }

  @Override
  public boolean accepts(Matcher matcher) {
    return matcher instanceof Matcher.UrlParams;
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.STRIP_URL_PARAMS;
  }
}
