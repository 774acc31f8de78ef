package dev.rinse.filterlists;

import java.util.List;
import java.util.Objects;

/**
 * An element-hiding filter ({@code host1,~host2##.promo}) or its exception ({@code #@#}), as rinse applies
 * it to a static document: what the selector finds is removed.
 *
 * @param line the filter's line in its list, from 1
 * @param text the filter as written
 * @param hosts the hosts it is limited to (each with its subdomains); empty for a generic filter
 * @param notHosts the hosts it is switched off on ({@code ~host})
 * @param selector a jsoup CSS query, the list's procedural pseudo-classes translated into jsoup's
 * @param upward what to remove instead of each element found: an ancestor; {@link Upward#NONE} for the element
 * @param exception whether this is an exception ({@code #@#}) that switches filters of the same selector off
 */
public record ElementHiding(int line, String text, List<String> hosts, List<String> notHosts, String selector,
    Upward upward, boolean exception) {
  public ElementHiding {
    Objects.requireNonNull(text, "text");
    hosts = List.copyOf(hosts);
    notHosts = List.copyOf(notHosts);
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(upward, "upward");
  }

  /**
   * {@code :upward(N)} or {@code :upward(selector)}: the N-th ancestor, or the nearest ancestor the selector
   * matches, of each element found.
   *
   * @param levels how many levels up; 0 when {@code selector} says
   * @param selector a jsoup CSS query for the ancestor; null when {@code levels} says
   */
  public record Upward(int levels, String selector) {
    public static final Upward NONE = new Upward(0, null);

    public boolean none() {
      return levels == 0 && selector == null;
    }
  }
}
