package dev.rinse.rules;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hosts one rule is limited to and those it is switched off on, each with its subdomains, as a filter
 * list writes them ({@code example.com,~news.example.com##.promo}). Immutable.
 *
 * @param only the hosts the rule applies to; none: every host, and documents whose host is unknown
 * @param not the hosts the rule does not apply to, which win over {@code only}
 */
public record Hosts(List<String> only, List<String> not) {
  public static final Hosts ANY = new Hosts(List.of(), List.of());

  public Hosts {
    only = only.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    not = not.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether the rule applies to a document from {@code host} (empty when it cannot be told). */
  public boolean allow(Optional<String> host) {
    if (host.isEmpty()) {
      return only.isEmpty();
    }
    for (String excluded : not) {
      if (within(host.get(), excluded)) {
        return false;
      }
    }
    if (only.isEmpty()) {
      return true;
    }
    for (String included : only) {
      if (within(host.get(), included)) {
        return true;
      }
    }
    return false;
  }

  /** The host of a URL, lower-cased; empty for a relative URL or one that cannot be read. */
  public static Optional<String> ofUrl(String url) {
    try {
      return Optional.ofNullable(URI.create(url.trim()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code host} is {@code domain} or one of its subdomains. */
  public static boolean within(String host, String domain) {
    return host.endsWith(domain)
        && (host.length() == domain.length() || host.charAt(host.length() - domain.length() - 1) == '.');
  }

  /** The domains {@code host} lies within, itself first: {@code a.b.c}, {@code b.c}, {@code c}. */
  public static List<String> suffixes(String host) {
    List<String> suffixes = new ArrayList<>();
    int at = 0;
    while (true) {
      suffixes.add(host.substring(at));
      int dot = host.indexOf('.', at);
      if (dot < 0) {
        return suffixes;
      }
      at = dot + 1;
    }
  }
}
