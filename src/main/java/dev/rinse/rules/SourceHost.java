package dev.rinse.rules;

import dev.rinse.article.Article;
import dev.rinse.article.FrontMatter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** Finds the host an article was scraped from: a front-matter link field, or the page's own URL. */
final class SourceHost {
  private static final List<String> LINK_FIELDS =
      List.of("link", "url", "source", "source_url", "original", "original_url", "canonical", "permalink");

  private SourceHost() {}

  static Optional<String> of(Article article) {
    if (article.knownHost().isPresent()) {
      return article.knownHost().map(h -> h.toLowerCase(Locale.ROOT));
    }
    Optional<FrontMatter> frontMatter = article.frontMatter();
    if (frontMatter.isPresent()) {
      for (String name : LINK_FIELDS) {
        Optional<String> host = frontMatter.get().field(name)
            .filter(f -> f.values().size() == 1)
            .flatMap(f -> host(f.values().get(0)));
        if (host.isPresent()) {
          return host;
        }
      }
    }
    Element head = article.document().head();
    Element canonical = head.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      return host(canonical.attr("href"));
    }
    Element ogUrl = head.selectFirst("meta[property=og:url][content]");
    return ogUrl == null ? Optional.empty() : host(ogUrl.attr("content"));
  }

  private static Optional<String> host(String url) {
    try {
      String host = URI.create(url.trim()).getHost();
      return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
