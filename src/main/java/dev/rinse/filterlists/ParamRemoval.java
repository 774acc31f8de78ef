package dev.rinse.filterlists;

import java.util.Objects;
import java.util.Optional;

/**
 * A network filter with {@code $removeparam} (AdGuard, uBlock Origin): query parameters it takes off the
 * links it applies to. {@code ||example.com^$removeparam=ref} applies to links to example.com and its
 * subdomains; {@code $removeparam=utm_source} to every link.
 *
 * @param line the filter's line in its list, from 1
 * @param text the filter as written
 * @param urlHost the host a link's URL must have (or be a subdomain of), when the filter names one
 * @param names a regular expression (RE2 syntax) the whole parameter name must match; {@code .*} for every
 *     parameter ({@code $removeparam} with no value)
 * @param inverted whether it removes every parameter but the matching ones ({@code $removeparam=~name})
 * @param exception whether this is an exception ({@code @@...$removeparam=name}) that switches filters of the same parameter off
 */
public record ParamRemoval(int line, String text, Optional<String> urlHost, String names, boolean inverted,
    boolean exception) {
  public ParamRemoval {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(urlHost, "urlHost");
    Objects.requireNonNull(names, "names");
  }
}
