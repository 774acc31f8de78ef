package dev.rinse.filterlists;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of the ClearURLs add-on ({@code data.min.json}), applied to links as the add-on's {@code
 * pureCleaning} applies them (ClearURLs/Addon {@code clearurls.js} {@code removeFieldsFormURL}, {@code
 * core_js/pureCleaning.js}, {@code core_js/tools.js} {@code decodeURL}). Read with {@link #parse}, then
 * {@link #clean} each link. Immutable and thread-safe.
 *
 * <p>Rules of thumb:
 *
 * <ul>
 *   <li>Providers apply in file order, each to the URL the ones before it left. A provider applies when its
 *       {@code urlPattern} is found in the URL and none of its {@code exceptions} is. All patterns are
 *       case-insensitive JavaScript regular expressions (see {@link JsRegex}).
 *   <li>In a provider: its first {@code redirections} pattern found in the URL replaces the URL with its
 *       first group, decoded with {@code decodeURIComponent} until it no longer changes ({@code http://} put
 *       in front when it does not start with {@code http}), and ends the pass. Otherwise its {@code rawRules}
 *       are removed wherever found, then every query and fragment parameter whose whole name one of its
 *       {@code rules} or {@code referralMarketing} matches ({@code "^" + rule + "$"}) is taken off.
 *   <li>Passes repeat until the URL no longer changes (at most {@value #MAX_PASSES}), as {@code
 *       pureCleaning} does, so a redirection's target is cleaned in turn.
 *   <li>{@code completeProvider} blocks the whole request in the add-on (and, with blocking off, removes
 *       every parameter). A link is not a request: here the flag is ignored, so such a provider neither
 *       blocks nor empties a link; its exceptions and redirections still apply. {@code forceRedirection}
 *       (how the browser tab is redirected) and {@code methods} (HTTP methods) are ignored too.
 *   <li>A pattern that does not compile is left out and reported in {@link #problems()}; the rest apply.
 *   <li>A URL longer than {@value #MAX_URL_LENGTH} characters is left alone, and a provider whose patterns
 *       read more than {@value #READ_BUDGET} characters on one URL (catastrophic backtracking) leaves it
 *       alone, so that a hostile link cannot stall a run.
 *   <li>A {@code data:} URL is left alone, as the add-on leaves {@code data} requests.
 * </ul>
 *
 * <p>Unlike the add-on, the URL is not re-serialized: what is not removed stays exactly as written.
 */
public final class ClearUrls {
  /** URLs longer than this many characters are not tested, and left as they are. */
  public static final int MAX_URL_LENGTH = 8 * 1024;
  /** Character reads one provider's patterns may make on one URL. */
  static final long READ_BUDGET = 5_000_000;
  static final int MAX_PASSES = 10;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<Provider> providers;
  private final List<String> problems;

  private ClearUrls(List<Provider> providers, List<String> problems) {
    this.providers = List.copyOf(providers);
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads a ClearURLs rules file.
   *
   * @throws IllegalArgumentException when {@code json} is not JSON, or has no {@code providers} object
   */
  public static ClearUrls parse(String json) {
    Objects.requireNonNull(json, "json");
    Map<String, Provider> byName = null;
    List<String> problems = new ArrayList<>();
    try (JsonParser parser = MAPPER.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw notRules("it is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!field.equals("providers")) {
          parser.skipChildren();
        } else if (value != JsonToken.START_OBJECT) {
          throw notRules("its \"providers\" is not an object");
        } else {
          byName = readProviders(parser, problems); // a later "providers" wins, as in JavaScript
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not ClearURLs rules: line " + e.getLocation().getLineNr() + ": "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (byName == null) {
      throw notRules("it has no \"providers\" object");
    }
    return new ClearUrls(new ArrayList<>(byName.values()), problems);
  }

  private static Map<String, Provider> readProviders(JsonParser parser, List<String> problems)
      throws IOException {
    Map<String, Provider> byName = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int line = parser.currentTokenLocation().getLineNr();
      parser.nextToken();
      JsonNode node = parser.readValueAsTree();
      if (byName.containsKey(name)) {
        problems.add(name + " (line " + line + "): provider named again; this one replaces the first");
      }
      if (node.isObject()) {
        byName.put(name, ProviderReader.read(name, line, node, problems));
      } else {
        problems.add(name + " (line " + line + "): not an object; left out");
        byName.remove(name);
      }
    }
    return byName;
  }

  private static IllegalArgumentException notRules(String why) {
    return new IllegalArgumentException("not ClearURLs rules (" + why
        + "); expected {\"providers\": {\"name\": {\"urlPattern\": ...}}}");
  }

  /** The providers, in file order. */
  public List<Provider> providers() {
    return providers;
  }

  /** What could not be read: {@code provider (line N): pattern 'x': reason}, one each. */
  public List<String> problems() {
    return problems;
  }

  /** The link cleaned by all providers, with each provider's change in order; empty when none applied. */
  public Optional<Applied> clean(String url) {
    Objects.requireNonNull(url, "url");
    List<Step> steps = new ArrayList<>();
    String current = url;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String before = current;
      for (Provider provider : providers) {
        Optional<UrlChange> change = provider.clean(current);
        if (change.isPresent()) {
          steps.add(new Step(provider, change.get()));
          current = change.get().after();
          if (change.get().redirect()) {
            break;
          }
        }
      }
      if (current.equals(before)) {
        break;
      }
    }
    return steps.isEmpty() || current.equals(url) ? Optional.empty() : Optional.of(new Applied(current, steps));
  }

  /**
   * A ClearURLs provider, its patterns compiled (those that do not compile left out).
   *
   * @param name its key in the file
   * @param line the line of that key, from 1
   * @param urlPattern the URLs it applies to; empty when the pattern did not compile (it applies to none)
   * @param parameters {@code rules} then {@code referralMarketing}, each as {@code ^rule$}
   * @param completeProvider whether the add-on blocks its URLs; ignored here (see {@link ClearUrls})
   */
  public record Provider(String name, int line, Optional<Pattern> urlPattern, List<Pattern> exceptions,
      List<Pattern> redirections, List<Pattern> rawRules, List<Pattern> parameters, boolean completeProvider) {
    public Provider {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(urlPattern, "urlPattern");
      exceptions = List.copyOf(exceptions);
      redirections = List.copyOf(redirections);
      rawRules = List.copyOf(rawRules);
      parameters = List.copyOf(parameters);
    }

    /** The link as this provider alone leaves it; empty when it does not apply or changes nothing. */
    public Optional<UrlChange> clean(String url) {
      Objects.requireNonNull(url, "url");
      if (url.length() > MAX_URL_LENGTH || url.regionMatches(true, 0, "data:", 0, 5)) {
        return Optional.empty();
      }
      try {
        return clean(url, new JsRegex.Budget(READ_BUDGET));
      } catch (JsRegex.Exhausted e) {
        return Optional.empty();
      }
    }

    private Optional<UrlChange> clean(String url, JsRegex.Budget budget) {
      if (urlPattern.isEmpty() || !urlPattern.get().matcher(budget.over(url)).find()
          || exceptions.stream().anyMatch(e -> e.matcher(budget.over(url)).find())) {
        return Optional.empty();
      }
      for (Pattern redirection : redirections) {
        var found = redirection.matcher(budget.over(url));
        if (found.find()) {
          // JavaScript would read a group that took no part as "undefined": no redirection here
          return Optional.ofNullable(found.group(1)).flatMap(ClearUrls::decodeUrl)
              .map(target -> new UrlChange(target, List.of(), true));
        }
      }
      List<String> removed = new ArrayList<>();
      String after = url;
      for (Pattern raw : rawRules) {
        var found = raw.matcher(budget.over(after));
        StringBuilder kept = new StringBuilder();
        int from = 0;
        while (found.find()) {
          if (found.end() > found.start()) {
            removed.add(found.group());
            kept.append(after, from, found.start());
            from = found.end();
          }
        }
        after = kept.append(after, from, after.length()).toString();
      }
      var params = UrlParts.remove(after, name -> matchesParameter(name, budget),
          name -> matchesParameter(name, budget));
      if (params.isPresent()) {
        removed.addAll(params.get().names());
        after = params.get().url();
      }
      return after.equals(url) ? Optional.empty() : Optional.of(new UrlChange(after, removed, false));
    }

    private boolean matchesParameter(String name, JsRegex.Budget budget) {
      return parameters.stream().anyMatch(p -> p.matcher(budget.over(name)).find());
    }

    /** {@code name (line N)}, as problems and reports name a provider. */
    @Override
    public String toString() {
      return name + " (line " + line + ")";
    }
  }

  /** {@code decodeURL} of the add-on's {@code tools.js}; empty where {@code decodeURIComponent} throws. */
  static Optional<String> decodeUrl(String encoded) {
    Optional<String> decoded = UrlParts.decodeUriComponent(encoded);
    while (decoded.isPresent()) {
      Optional<String> again = UrlParts.decodeUriComponent(decoded.get());
      if (again.isEmpty() || again.get().equals(decoded.get())) {
        return again.map(url -> url.startsWith("http") ? url : "http://" + url);
      }
      decoded = again;
    }
    return decoded;
  }

  /**
   * What one provider did to a link.
   *
   * @param after the link as it left it
   * @param removedParameters the names of the parameters it took off as written (query then fragment), and
   *     before them the text its {@code rawRules} removed; empty for a redirection
   * @param redirect whether {@code after} is the target of a redirection
   */
  public record UrlChange(String after, List<String> removedParameters, boolean redirect) {
    public UrlChange {
      Objects.requireNonNull(after, "after");
      removedParameters = List.copyOf(removedParameters);
    }
  }

  /** A provider's change, in the order the providers applied. */
  public record Step(Provider provider, UrlChange change) {
    public Step {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(change, "change");
    }
  }

  /**
   * A link cleaned by a rules file.
   *
   * @param after the cleaned link
   * @param steps each provider that changed it, with its change, in order; a provider may appear once per pass
   */
  public record Applied(String after, List<Step> steps) {
    public Applied {
      Objects.requireNonNull(after, "after");
      steps = List.copyOf(steps);
    }

    /** The names of the providers that changed the link, each once, in order. */
    public List<String> providers() {
      return steps.stream().map(s -> s.provider().name()).distinct().toList();
    }
  }
}
