package dev.rinse.rules;

import dev.rinse.changelog.Change;
import dev.rinse.changelog.Cited;
import com.google.re2j.Pattern;
import dev.rinse.article.Article;
import dev.rinse.article.MarkdownBody;
import dev.rinse.article.MarkdownLink;
import dev.rinse.changelog.ChangeKind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Element;

/**
 * Removes matching query parameters from URL attributes, leaving the rest of each URL as written. It
 * also cleans a fragment written as parameters ({@code #utm_source=x}) and URLs carried, encoded, in
 * a parameter's value (share and redirect links); such a value is re-encoded only when it changed. The
 * change records the URL before ({@code removed}) and after ({@code after}).
 */
public record StripUrlParams() implements RuleAction {
  /** In this order: an element's URLs are rewritten, and their changes recorded, in the same order every run. */
  static final List<String> URL_ATTRIBUTES =
      List.of("href", "src", "action", "formaction", "cite", "poster", "data", "background", "longdesc");
  private static final Pattern EMBEDDED_URL = Pattern.compile("https?://[^\\s\"'<>]+");
  private static final Pattern ENCODED_SYNTAX = Pattern.compile("(?i)%(3A|2F|3F|3D|26|23|25)");
  private static final Pattern PARAMETER_NAME = Pattern.compile("(?:^|[?&#])([^=&?#]+)=");
  private static final Pattern QUERY = Pattern.compile("[^=&]+=[^&]*(&[^=&]+=[^&]*)*");
  /** How many URLs deep, and layers of encoding, a value is read. */
  private static final int MAX_DEPTH = 4;

  @Override
  public void apply(Rule rule, FileRun run) {
    Matcher.UrlParams params = (Matcher.UrlParams) rule.matcher();
    rewrite(rule, run, params.within(), url -> without(url, params.pattern()));
  }

  /**
   * Rewrites the URLs of URL attributes (of the elements {@code within} selects, or of every element) and
   * of Markdown destinations, recording each one changed with its URL before and after.
   */
  static void rewrite(Rule rule, FileRun run, Optional<Matcher.Css> within, UnaryOperator<String> rewrite) {
    Article article = run.article();
    List<FileRun.UrlSlot> slots = within.isPresent() ? FileRun.urlSlots(run.select(within.get()), URL_ATTRIBUTES)
        : run.urlSlots(URL_ATTRIBUTES);
    for (FileRun.UrlSlot slot : slots) {
      Element element = slot.element();
      String name = slot.attribute();
      if (!element.hasAttr(name)) {
        continue; // taken off by an earlier rule
      }
      String before = element.attr(name);
      String after = rewrite.apply(before);
      if (!after.equals(before) && element.ownerDocument() == article.document()) {
        run.record(new Change.UrlParamStrip(rule.name(), article.where(element, name), article.pathOf(element),
            Cited.of(before), "", after));
        element.attr(name, after);
      }
    }
    article.markdown().ifPresent(markdown -> rewriteMarkdown(rule, run, within, rewrite, markdown));
  }

  /** Link, image, autolink and definition destinations written in Markdown; a reference's is its definition's. */
  private static void rewriteMarkdown(Rule rule, FileRun run, Optional<Matcher.Css> within,
      UnaryOperator<String> rewrite, MarkdownBody markdown) {
    Set<Element> scope = within.map(css -> Set.copyOf(run.select(css))).orElse(null);
    for (MarkdownLink link : markdown.links()) {
      if (!markdown.isLive(link) || !link.hasWrittenDestination()
          || scope != null && markdown.placeholderOf(link).parents().stream().noneMatch(scope::contains)) {
        continue;
      }
      String before = link.currentDestination();
      String after = rewrite.apply(before);
      if (!after.equals(before)) {
        // the record holds the bytes as they stand and as they will: references, escapes, brackets and all
        String removed = link.destinationSource(markdown.body());
        String written = link.writtenAs(after);
        String text = link.destinationIsText() ? deleted(removed, written) : "";
        run.record(new Change.UrlParamStrip(rule.name(), link.destinationWhere(), link.path(), Cited.of(removed), text,
            written));
        link.rewrite(after);
      }
    }
  }

  /** The characters of {@code before} that {@code after}, which only lacks some of them, does not have. */
  static String deleted(String before, String after) {
    StringBuilder gone = new StringBuilder();
    int at = 0;
    for (int i = 0; i < before.length(); i++) {
      if (at < after.length() && before.charAt(i) == after.charAt(at)) {
        at++;
      } else {
        gone.append(before.charAt(i));
      }
    }
    return gone.toString();
  }

  /** The URL without the query parameters whose names match; the URL itself when none does. */
  public static String without(String url, Pattern names) {
    return without(url, names, 0);
  }

  private static String without(String url, Pattern names, int depth) {
    int query = url.indexOf('?');
    int hash = url.indexOf('#');
    if (query > hash && hash >= 0) {
      query = -1; // a '?' after '#' belongs to the fragment
    }
    String base = url.substring(0, query >= 0 ? query : hash >= 0 ? hash : url.length());
    String search = query >= 0 ? url.substring(query + 1, hash >= 0 ? hash : url.length()) : null;
    String fragment = hash >= 0 ? url.substring(hash + 1) : null;
    String cleanSearch = search == null ? null : params(search, names, depth);
    String cleanFragment = fragment != null && fragment.contains("=") ? params(fragment, names, depth) : fragment;
    if (java.util.Objects.equals(search, cleanSearch) && java.util.Objects.equals(fragment, cleanFragment)) {
      return url;
    }
    return base + (cleanSearch == null || cleanSearch.isEmpty() ? "" : "?" + cleanSearch)
        + (cleanFragment == null || cleanFragment.isEmpty() ? "" : "#" + cleanFragment);
  }

  private static String params(String query, Pattern names, int depth) {
    List<String> kept = new ArrayList<>();
    boolean changed = false;
    for (String param : query.split("&", -1)) {
      int equals = param.indexOf('=');
      String name = equals >= 0 ? param.substring(0, equals) : param;
      if (!name.isEmpty() && names.matcher(decode(name).toLowerCase(Locale.ROOT)).matches()) {
        changed = true;
        continue;
      }
      String value = equals >= 0 ? param.substring(equals + 1) : null;
      String cleanValue = value == null ? null : embedded(value, names, depth);
      changed |= value != null && !value.equals(cleanValue);
      kept.add(value == null ? param : name + "=" + cleanValue);
    }
    return changed ? String.join("&", kept) : query;
  }

  /**
   * A value that carries URLs or a query of its own (encoded once or more, as share and referrer
   * links do), with the matching parameters removed. One layer of encoding is taken off at a time and
   * put back only where something changed, so a redirect inside a redirect ({@code ?next=} in a
   * {@code ?next=}) keeps its own encoding.
   */
  private static String embedded(String value, Pattern names, int depth) {
    if (depth >= MAX_DEPTH || value.indexOf('%') < 0 && value.indexOf("http") < 0) {
      return value;
    }
    String byLayer = byLayer(value, names, depth);
    return tracked(byLayer, names) ? flattened(value, names, depth) : byLayer;
  }

  /** {@link #embedded}, one layer of encoding at a time. */
  private static String byLayer(String value, Pattern names, int depth) {
    if (EMBEDDED_URL.matcher(value).find()) {
      return urlsIn(value, names, depth);
    }
    if (!ENCODED_SYNTAX.matcher(value).find()) {
      return value;
    }
    String decoded = decode(value);
    String clean;
    if (EMBEDDED_URL.matcher(decoded).find()) {
      clean = urlsIn(decoded, names, depth);
    } else if (decoded.startsWith("/") || decoded.contains("?")) {
      clean = without(decoded, names, depth + 1);
    } else if (QUERY.matcher(decoded).matches()) {
      clean = params(decoded, names, depth + 1);
    } else {
      clean = depth + 1 >= MAX_DEPTH ? decoded : byLayer(decoded, names, depth + 1); // encoded more than once
    }
    return clean.equals(decoded) ? value : encode(clean);
  }

  /**
   * Whether a value, with every layer of encoding taken off, still names a matching parameter: its
   * layers were mixed (a URL encoded once whose '?' is encoded twice), which only {@link #flattened}
   * reads.
   */
  private static boolean tracked(String value, Pattern names) {
    String decoded = value;
    for (int layers = 0; layers < MAX_DEPTH && ENCODED_SYNTAX.matcher(decoded).find(); layers++) {
      decoded = decode(decoded);
    }
    com.google.re2j.Matcher name = PARAMETER_NAME.matcher(decoded);
    while (name.find()) {
      if (names.matcher(name.group(1).toLowerCase(Locale.ROOT)).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #embedded} with all layers of encoding taken off at once, and put back as many times:
   * for values whose layers are mixed.
   */
  private static String flattened(String value, Pattern names, int depth) {
    String decoded = value;
    int layers = 0;
    while (layers < MAX_DEPTH && ENCODED_SYNTAX.matcher(decoded).find()) {
      decoded = decode(decoded);
      layers++;
    }
    String clean;
    if (EMBEDDED_URL.matcher(decoded).find()) {
      clean = urlsIn(decoded, names, depth);
    } else if (layers > 0 && QUERY.matcher(decoded).matches()) {
      clean = params(decoded, names, depth + 1);
    } else {
      return value;
    }
    if (clean.equals(decoded)) {
      return value;
    }
    for (int i = 0; i < layers; i++) {
      clean = encode(clean);
    }
    return clean;
  }

  /** A text with the URLs written in it cleaned. */
  private static String urlsIn(String text, Pattern names, int depth) {
    com.google.re2j.Matcher found = EMBEDDED_URL.matcher(text);
    StringBuilder out = new StringBuilder();
    while (found.find()) {
      found.appendReplacement(out, com.google.re2j.Matcher.quoteReplacement(without(found.group(), names, depth + 1)));
    }
    found.appendTail(out);
    return out.toString();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text; // not valid percent-encoding: compare and keep it as written
    }
  }

  /** Percent-encodes all but RFC 3986 unreserved characters. */
  private static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return out.toString();
  }

  @Override
  public boolean accepts(Matcher matcher) {
    return matcher instanceof Matcher.UrlParams;
  }

  @Override
  public ChangeKind kind() {
    return ChangeKind.STRIP_URL_PARAMS;
  }
}
