package dev.rinse.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where pages keep the real source of a lazy-loaded image, and how a placeholder is told from an image.
 * A script copies the real URL into {@code src} once the image scrolls into view; a scraped copy holds
 * it only in these attributes, with a placeholder, or nothing, in {@code src}. Stateless.
 */
final class LazySources {
  /**
   * Attributes that hold one URL for {@code src}, in the order they are tried; after them, any other
   * {@link #isOtherSrc data-*src} attribute.
   */
  static final List<String> SRC = List.of(
      "data-src", // lazysizes, vanilla-lazyload, lozad, WeChat, WordPress's a3 Lazy Load
      "data-lazy-src", // WordPress: WP Rocket, Jetpack
      "data-actualsrc", // Zhihu: the size the page shows
      "data-original", // jQuery Lazy Load; Zhihu's full size
      "data-lazy", // slick
      "data-echo", // echo.js
      "data-source-standard"); // salon.com
  /** Attributes that hold a {@code srcset} value, in the order they are tried. */
  static final List<String> SRCSET = List.of(
      "data-srcset", // lazysizes, vanilla-lazyload
      "data-lazy-srcset"); // WP Rocket, Jetpack

  /**
   * Words of the file names loaders give their placeholders: jQuery Lazy Load's {@code grey.gif},
   * Jetpack's {@code 1x1.trans.gif}, a3 Lazy Load's {@code lazy_placeholder.gif}, {@code spacer.gif},
   * {@code blank-<hash>.png}, {@code image-lazy.png}, {@code loading.gif}.
   */
  private static final Set<String> PLACEHOLDER_WORDS = Set.of("blank", "spacer", "pixel", "grey", "gray",
      "transparent", "trans", "clear", "empty", "1x1", "placeholder", "loading", "loader", "spinner", "lazy",
      "lazyload");
  /** Names sites give their own loaders' attributes: {@code data-n-src}, {@code data-hi-res-src}. */
  private static final Pattern OTHER_SRC = Pattern.compile("data-[a-z0-9_-]*src");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[-_.]+");
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
  /** What no URL written for an image holds: white space, control characters, markup and template characters. */
  private static final Pattern NOT_A_URL = Pattern.compile("[\\s\\p{Cntrl}<>\"'`{}\\\\]");

  private LazySources() {}

  /** Whether an attribute not in {@link #SRC} is named as image sources are, by convention: ending in {@code src}. */
  static boolean isOtherSrc(String name) {
    return OTHER_SRC.matcher(name).matches() && !SRC.contains(name);
  }

  /**
   * Whether a value is one image URL to give a page: http or https, or relative (holding a {@code /}
   * or a {@code .}, so that a flag such as {@code true} is not taken for a file).
   */
  static boolean usable(String value) {
    String url = value.strip();
    if (url.isEmpty() || NOT_A_URL.matcher(url).find()) {
      return false;
    }
    Matcher scheme = SCHEME.matcher(url);
    if (scheme.lookingAt()) {
      String name = scheme.group(1).toLowerCase(Locale.ROOT);
      return name.equals("http") || name.equals("https");
    }
    String first = url.split("[/?#]", 2)[0].toLowerCase(Locale.ROOT);
    return !first.contains("%3a") // a scheme written with a percent escape
        && (url.indexOf('/') >= 0 || url.indexOf('.') >= 0);
  }

  /** Whether a {@code srcset} value holds candidates and every one is usable. */
  static boolean usableSrcset(String value) {
    List<Srcset.Candidate> candidates = Srcset.parse(value).candidates();
    return !candidates.isEmpty() && candidates.stream().allMatch(candidate -> usable(candidate.url()));
  }

  /** Whether a {@code src} is missing an image: empty, unusable or a placeholder; null when there is none. */
  static boolean wantsSrc(String src) {
    return src == null || !usable(src) || isPlaceholder(src);
  }

  /** Whether a {@code srcset} is missing images: empty, unusable or placeholders only; null when there is none. */
  static boolean wantsSrcset(String srcset) {
    return srcset == null || !usableSrcset(srcset)
        || Srcset.parse(srcset).candidates().stream().allMatch(candidate -> isPlaceholder(candidate.url()));
  }

  /** Whether a URL is a loader's placeholder: a {@code data:} URI, or a file named as placeholders are. */
  static boolean isPlaceholder(String value) {
    String url = value.strip();
    if (url.regionMatches(true, 0, "data:", 0, 5)) {
      return true;
    }
    String path = url.split("[?#]", 2)[0];
    String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    for (String word : WORD_SEPARATORS.split(file)) {
      if (PLACEHOLDER_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
