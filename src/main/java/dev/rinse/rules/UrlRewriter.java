package dev.rinse.rules;

/** What a filter list does to one link's URL: a parameter filter's or a ClearURLs provider's rewrite. Thread-safe. */
@FunctionalInterface
public interface UrlRewriter {
  /** The URL as the rule leaves it: {@code url} itself when the rule does not apply to it or changes nothing. */
  String rewrite(String url);
}
