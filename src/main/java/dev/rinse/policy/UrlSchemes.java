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
 * or without the semicolon), since some renderers copy references into the attribute undecoded, and
 * with percent escapes decoded, since Hexo's renderer decodes a link's URL before it writes it.
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
    String unreferenced = unescaped.indexOf('&') < 0 ? unescaped : Parser.unescapeEntities(unescaped, true);
    return percentDecoded(unreferenced);
  }

  /** The URL with every {@code %XX} escape decoded, again while one decodes into another; an odd {@code %} stays. */
  private static String percentDecoded(String url) {
    String current = url;
    for (int round = 0; round < 8 && current.indexOf('%') >= 0; round++) {
      StringBuilder out = new StringBuilder(current.length());
      for (int i = 0; i < current.length(); i++) {
        char c = current.charAt(i);
        int high = c == '%' && i + 2 < current.length() ? Character.digit(current.charAt(i + 1), 16) : -1;
        int low = high >= 0 ? Character.digit(current.charAt(i + 2), 16) : -1;
        if (low >= 0) {
          out.append((char) (high * 16 + low));
          i += 2;
        } else {
          out.append(c);
        }
      }
      if (out.length() == current.length()) {
        break;
      }
      current = out.toString();
    }
    return current;
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
