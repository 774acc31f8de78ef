package dev.rinse.policy;

import java.util.List;
import java.util.Locale;

/**
 * Tells a URL's scheme as the sanitizer does: what stands before the first {@code :} that comes before
 * any {@code /}, {@code ?} or {@code #}, lower-cased; a URL without one is relative, and always allowed.
 * Anything odd before the colon (a space, a tab) makes an unknown scheme, which is refused. Stateless.
 */
final class UrlSchemes {
  private UrlSchemes() {}

  static boolean allowed(String url, List<String> protocols) {
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
