package dev.rinse.filterlists;

import dev.rinse.filterlists.AdblockList.Problem;
import dev.rinse.filterlists.Procedural.Skipped;
import dev.rinse.filterlists.Procedural.Translated;
import dev.rinse.filterlists.Procedural.Unreadable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an Adblock-syntax filter list (EasyList, uBlock Origin's, AdGuard's) into what rinse can apply to a
 * static document: element hiding, which removes what its selector finds, and {@code $removeparam}, which
 * takes query parameters off links. Everything else is counted by kind and left out; a filter that cannot
 * be read becomes a {@link Problem} at its line, never an exception.
 *
 * <p>Use: {@code AdblockList list = AdblockParser.parse(Files.readString(path));}. Stateless and
 * thread-safe. Lines are numbered from 1; comments ({@code !}, {@code # }), blank lines and the
 * {@code [Adblock Plus 2.0]} header are neither filters nor counted.
 *
 * <p>Element hiding: {@code ##sel} is generic, {@code host1,host2##sel} holds on those hosts and their
 * subdomains, {@code ~host} switches it off there (a filter with only {@code ~host}s is generic with
 * exceptions), {@code #@#} makes an exception. Extended syntax ({@code #?#}, {@code #@?#}) reads the same way.
 * Host names are lower-cased. Procedural pseudo-classes become jsoup's:
 * <table>
 *   <caption>How procedural selectors are translated</caption>
 *   <tr><th>in the list</th><th>jsoup query</th></tr>
 *   <tr><td>{@code :has(x)}, {@code :-abp-has(x)}, {@code :if(x)}</td><td>{@code :has(x)}</td></tr>
 *   <tr><td>{@code :if-not(x)}</td><td>{@code :not(:has(x))}</td></tr>
 *   <tr><td>{@code :has-text(t)}, {@code :-abp-contains(t)}, {@code :contains(t)}</td>
 *       <td>{@code :contains(t)} (jsoup ignores case and collapses spaces)</td></tr>
 *   <tr><td>the same with {@code /regex/flags}</td><td>{@code :matches(regex)}, {@code (?i)} for flag i</td></tr>
 *   <tr><td>{@code :not(x)}, {@code :is(x)}, {@code :where(x)}</td><td>{@code :not(x)}, {@code :is(x)},
 *       {@code :is(x)}, x translated</td></tr>
 *   <tr><td>trailing {@code :upward(N)} (1 to 255), {@code :nth-ancestor(N)}, {@code :upward(sel)}</td>
 *       <td>{@link ElementHiding.Upward}</td></tr>
 *   <tr><td>trailing {@code :remove()}</td><td>dropped: rinse removes what it finds anyway</td></tr>
 * </table>
 * Every query produced parses with jsoup's {@code QueryParser}; one that does not is a problem.
 *
 * <p>{@code $removeparam} ({@code $queryprune} in older uBlock Origin): {@code =name} (quoted as a regex),
 * {@code =/regex/i} (RE2 syntax, found anywhere in the name; the lists match it against {@code name=value},
 * rinse against the name), no value ({@code .*}), {@code =~name} (inverted), after {@code ||host^} (the
 * link's host), with {@code @@} (an exception). Type options ({@code document}, {@code xmlhttprequest}, ...)
 * are ignored: rinse cleans links, whatever loads them.
 *
 * <p>Kinds of skipped filters, the keys of {@link AdblockList#skipped()}:
 * <ul>
 *   <li>{@code network}: blocking filters and their {@code @@} exceptions, without {@code $removeparam};
 *   <li>{@code scriptlet}: {@code #%#}, {@code ##+js(...)}, Adblock Plus snippets {@code #$#name args};
 *   <li>{@code css-injection}: {@code #$#sel { style }}, {@code #$?#}, {@code ##sel:style(...)};
 *   <li>{@code html-filter}: uBlock Origin's {@code ##^sel}, AdGuard's {@code $$sel};
 *   <li>{@code procedural-unsupported}: operators that need layout, styles or a live page
 *       ({@code :matches-css}, {@code :-abp-properties}, {@code :xpath}, {@code :min-text-length}, ...), and
 *       {@code :upward()}/{@code :remove()} anywhere but at the end;
 *   <li>{@code entity-host}: a host such as {@code google.*}, whose top-level domain cannot be told;
 *   <li>{@code cosmetic-modifier}: AdGuard's {@code [$path=...]##sel}, {@code [$domain=...]##sel};
 *   <li>{@code removeparam-domain}: {@code $removeparam} limited by {@code domain=} (the page's host);
 *   <li>{@code removeparam-pattern}: {@code $removeparam} on a URL pattern other than {@code ||host^}.
 * </ul>
 */
public final class AdblockParser {
  private static final Pattern HEADER = Pattern.compile("\\[[^$\\]][^\\]]*]");
  /** Hosts, then the separator; the host part excludes what network patterns hold ({@code / | ^ $}). */
  private static final Pattern COSMETIC =
      Pattern.compile("([^\\s/|@\"!^$#\\[\\]=?&;]*?)(#@?\\$\\??#|#@?\\??#|#@?%#|\\$@?\\$)(.*)", Pattern.DOTALL);
  private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*\\.?");
  private static final Pattern CSS_BLOCK = Pattern.compile(".*\\{.*}\\s*", Pattern.DOTALL);

  private AdblockParser() {}

  /** Reads one list's whole text ({@code \n} or {@code \r\n} lines). */
  public static AdblockList parse(String text) {
    Objects.requireNonNull(text, "text: pass the list's whole text (an empty list is \"\")");
    Reading reading = new Reading();
    String[] lines = text.split("\r\n|\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      reading.line(i + 1, lines[i].strip());
    }
    return new AdblockList(reading.hiding, reading.params, reading.skipped, reading.problems);
  }

  /** One list being read. */
  private static final class Reading {
    final List<ElementHiding> hiding = new ArrayList<>();
    final List<ParamRemoval> params = new ArrayList<>();
    final Map<String, Integer> skipped = new TreeMap<>();
    final List<Problem> problems = new ArrayList<>();

    void line(int number, String line) {
      if (line.isEmpty() || line.startsWith("!") || line.equals("#") || line.startsWith("# ")
          || HEADER.matcher(line).matches()) {
        return;
      }
      if (line.startsWith("[$")) {
        skip("cosmetic-modifier");
        return;
      }
      Matcher cosmetic = COSMETIC.matcher(line);
      if (cosmetic.matches()) {
        cosmetic(number, line, cosmetic.group(1), cosmetic.group(2), cosmetic.group(3).strip());
      } else {
        ParamFilters.read(number, line, this);
      }
    }

    private void cosmetic(int number, String line, String hostList, String separator, String body) {
      if (separator.startsWith("$")) {
        skip("html-filter");
      } else if (separator.contains("%")) {
        skip("scriptlet");
      } else if (separator.contains("$")) {
        boolean snippet = !separator.contains("?") && !CSS_BLOCK.matcher(body).matches();
        skip(snippet ? "scriptlet" : "css-injection");
      } else if (body.startsWith("+js(")) {
        skip("scriptlet");
      } else if (body.startsWith("^")) {
        skip("html-filter");
      } else if (body.isEmpty()) {
        problem(number, "the filter has no selector after " + separator);
      } else {
        hiding(number, line, hostList, body, separator.contains("@"));
      }
    }

    private void hiding(int number, String line, String hostList, String selector, boolean exception) {
      List<String> hosts = new ArrayList<>();
      List<String> notHosts = new ArrayList<>();
      for (String entry : hostList.split(",")) {
        String host = entry.strip().toLowerCase(Locale.ROOT);
        boolean not = host.startsWith("~");
        host = not ? host.substring(1) : host;
        if (host.isEmpty() || host.equals("*")) {
          continue;
        }
        if (host.endsWith(".*")) {
          skip("entity-host");
          return;
        }
        if (!HOST.matcher(host).matches()) {
          problem(number, "cannot read host '" + entry.strip() + "'");
          return;
        }
        (not ? notHosts : hosts).add(host);
      }
      Procedural.Result result = Procedural.translate(selector);
      if (result instanceof Translated t) {
        hiding.add(new ElementHiding(number, line, hosts, notHosts, t.selector(), t.upward(), exception));
      } else if (result instanceof Skipped s) {
        skip(s.kind());
      } else if (result instanceof Unreadable u) {
        problem(number, "cannot read selector '" + selector + "': " + u.message());
      }
    }

    void skip(String kind) {
      skipped.merge(kind, 1, Integer::sum);
    }

    void problem(int line, String message) {
      problems.add(new Problem(line, message));
    }
  }

  /** {@code $removeparam} network filters; every other network filter is counted as skipped. */
  static final class ParamFilters {
    private static final Pattern URL_HOST = Pattern.compile("\\|\\|([\\p{L}\\p{N}_.-]+)(?:\\^|/)?\\*?");

    private ParamFilters() {}

    static void read(int number, String line, Reading reading) {
      boolean exception = line.startsWith("@@");
      String filter = exception ? line.substring(2) : line;
      int dollar = optionsStart(filter);
      List<String> options = dollar < 0 ? List.of() : options(filter.substring(dollar + 1));
      String value = null;
      boolean removeparam = false;
      boolean domain = false;
      for (String option : options) {
        int equals = option.indexOf('=');
        String name = (equals < 0 ? option : option.substring(0, equals)).toLowerCase(Locale.ROOT);
        if (name.equals("removeparam") || name.equals("queryprune")) {
          removeparam = true;
          value = equals < 0 ? "" : option.substring(equals + 1);
        } else if (name.equals("domain") || name.equals("from")) {
          domain = true;
        }
      }
      if (!removeparam) {
        reading.skip("network");
        return;
      }
      if (domain) {
        reading.skip("removeparam-domain");
        return;
      }
      String pattern = filter.substring(0, dollar);
      Optional<String> urlHost = Optional.empty();
      if (!pattern.isEmpty() && !pattern.equals("*")) {
        Matcher host = URL_HOST.matcher(pattern);
        if (!host.matches()) {
          reading.skip("removeparam-pattern");
          return;
        }
        urlHost = Optional.of(host.group(1).toLowerCase(Locale.ROOT));
      }
      boolean inverted = value.startsWith("~");
      String names = names(inverted ? value.substring(1) : value);
      if (names == null) {
        reading.problem(number, "cannot read the parameter names '" + value + "': not a regular expression RE2 reads");
        return;
      }
      reading.params.add(new ParamRemoval(number, line, urlHost, names, inverted, exception));
    }

    /** The RE2 regex a whole parameter name must match; null when {@code /regex/} is not one RE2 reads. */
    private static String names(String value) {
      if (value.isEmpty() || value.equals("|")) {
        return ".*";
      }
      int close = value.lastIndexOf('/');
      if (value.startsWith("/") && close > 0 && value.substring(close + 1).matches("[a-z]*")) {
        String flags = value.substring(close + 1).contains("i") ? "(?i)" : "";
        String regex = flags + ".*(?:" + value.substring(1, close) + ").*";
        try {
          com.google.re2j.Pattern.compile(regex);
          return regex;
        } catch (com.google.re2j.PatternSyntaxException e) {
          return null;
        }
      }
      return com.google.re2j.Pattern.quote(value);
    }

    /** Where the options start: the first {@code $} after which the rest reads as options; -1 if none. */
    private static int optionsStart(String filter) {
      for (int i = filter.indexOf('$'); i >= 0; i = filter.indexOf('$', i + 1)) {
        if (!options(filter.substring(i + 1)).isEmpty()) {
          return i;
        }
      }
      return -1;
    }

    /** {@code name[=value],...}, a value may be a {@code /regex/} holding commas; empty if it is not options. */
    private static List<String> options(String text) {
      List<String> options = new ArrayList<>();
      int i = 0;
      while (i < text.length()) {
        int start = i;
        if (text.charAt(i) == '~') {
          i++;
        }
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-'
            || text.charAt(i) == '_')) {
          i++;
        }
        if (i == start || (i == start + 1 && text.charAt(start) == '~')) {
          return List.of();
        }
        if (i < text.length() && text.charAt(i) == '=') {
          i++;
          int slash = i < text.length() && text.charAt(i) == '~' ? i + 1 : i;
          if (slash < text.length() && text.charAt(slash) == '/') {
            i = slash + 1;
            while (i < text.length() && text.charAt(i) != '/') {
              i += text.charAt(i) == '\\' ? 2 : 1;
            }
            if (i >= text.length()) {
              return List.of();
            }
            i++;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
              i++;
            }
          } else {
            while (i < text.length() && text.charAt(i) != ',') {
              i++;
            }
          }
        }
        if (i < text.length() && text.charAt(i) != ',') {
          return List.of();
        }
        options.add(text.substring(start, Math.min(i, text.length())));
        i++;
      }
      return options;
    }
  }
}
