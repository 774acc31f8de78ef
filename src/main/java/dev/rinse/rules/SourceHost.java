package dev.rinse.rules;

import dev.rinse.article.Article;
import dev.rinse.article.FrontMatter;
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
            .flatMap(f -> Hosts.ofUrl(f.values().get(0)));
        if (host.isPresent()) {
          return host;
        }
      }
    }
    Element head = article.document().head();
    Element canonical = head.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      return Hosts.ofUrl(canonical.attr("href"));
    }
    Element ogUrl = head.selectFirst("meta[property=og:url][content]");
    return ogUrl == null ? Optional.empty() : Hosts.ofUrl(ogUrl.attr("content"));
  }

}
