package dev.rinse.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Content-Security-Policy of the report's pages. A report shows scraped text, so opening it must
 * not reach any host: nothing is loaded from anywhere ({@code default-src 'none'}), images only from
 * {@code data:}, and the only scripts that run are the report's own, named by their hashes. Inline
 * style is allowed: with every load forbidden, a style can change how a page looks but send nothing.
 * Stateless.
 */
final class Csp {
  /** The limits of every page, before the scripts it may run. */
  private static final String LIMITS = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
      + "base-uri 'none'; form-action 'none'";

  /** The policy of a report page, as its meta element and {@link ReportServer} state it. */
  static final String PAGE = LIMITS + "; script-src "
      + Stream.of(Scripts.LOAD_TIME, Scripts.UNWRITTEN, Scripts.FILTER).map(Csp::hash).collect(Collectors.joining(" "));

  private Csp() {}

  /** The meta element that sets {@code policy}; it must come before anything that could load. */
  static String meta(String policy) {
    return "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Html.escape(policy) + "\">\n";
  }

  /** A script's source as a policy names it. */
  static String hash(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
