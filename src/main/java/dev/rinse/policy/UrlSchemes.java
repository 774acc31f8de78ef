package dev.rinse.policy;

import java.util.List;
import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * Tells a URL's scheme as the sanitizer does: what stands before the first {@code :} that comes before
 * any {@code /}, {@code ?} or {@code #}, lower-cased; a URL without one is relative, and always allowed.
 * Anything odd before the colon (a space, a tab) makes an unknown scheme, which is refused. A URL
 * written in Markdown is read as every reader of it could read it: with backslash escapes dropped and
 * character references decoded as a browser decodes them in an attribute (any number of digits, with
 * or without the semicolon), since some renderers copy references into the attribute undecoded.
 * Stateless.
 */
public final class UrlSchemes {
  private UrlSchemes() {}

  /** Whether the URL, as written or as decoded, has no scheme or one of {@code protocols}. */
  public static boolean allowed(String url, List<String> protocols) {
    return schemeAllowed(url, protocols) && schemeAllowed(decoded(url), protocols);
  }

  private static String decoded(String url) {
    String unescaped = url.indexOf('\\') < 0 ? url : url.replaceAll("\\\\(\\p{Punct})", "$1");
    return unescaped.indexOf('&') < 0 ? unescaped : Parser.unescapeEntities(unescaped, true);
  }

  private static boolean schemeAllowed(String url, List<String> protocols) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return true;
      }
      if (c == ':') {
        return protocols.contains(url.substring(0, i).toLowerCase(Locale.ROOT));
      }
    }
    return true;
  }
}
