package dev.rinse.filterlists;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One provider of a ClearURLs rules file read into a {@link ClearUrls.Provider}: what the add-on's {@code
 * createProviders} reads, with its defaults (a missing {@code urlPattern} is {@code ""}, which matches every
 * URL; a missing list is empty). What cannot be read is reported as {@code name (line N): ...} and left out.
 */
final class ProviderReader {
  private final String name;
  private final int line;
  private final List<String> problems;

  private ProviderReader(String name, int line, List<String> problems) {
    this.name = name;
    this.line = line;
    this.problems = problems;
  }

  static ClearUrls.Provider read(String name, int line, JsonNode node, List<String> problems) {
    return new ProviderReader(name, line, problems).read(node);
  }

  private ClearUrls.Provider read(JsonNode node) {
    JsonNode urlPattern = node.path("urlPattern");
    Optional<Pattern> url = Optional.empty();
    if (urlPattern.isMissingNode()) {
      url = compile("");
    } else if (!urlPattern.isTextual()) {
      problem("\"urlPattern\" is not a string; the provider applies to no URL");
    } else {
      url = compile(urlPattern.asText());
    }
    List<Pattern> parameters = new ArrayList<>();
    for (String rule : strings(node, "rules")) {
      compile("^" + rule + "$", rule).ifPresent(parameters::add);
    }
    for (String rule : strings(node, "referralMarketing")) {
      compile("^" + rule + "$", rule).ifPresent(parameters::add);
    }
    List<Pattern> redirections = new ArrayList<>();
    for (String redirection : strings(node, "redirections")) {
      compile(redirection).ifPresent(pattern -> {
        if (pattern.matcher("").groupCount() == 0) {
          problem("pattern '" + redirection + "': a redirection needs a group for its target; left out");
        } else {
          redirections.add(pattern);
        }
      });
    }
    return new ClearUrls.Provider(name, line, url, patterns(node, "exceptions"), redirections,
        patterns(node, "rawRules"), parameters, node.path("completeProvider").asBoolean(false));
  }

  private List<Pattern> patterns(JsonNode node, String field) {
    List<Pattern> patterns = new ArrayList<>();
    for (String pattern : strings(node, field)) {
      compile(pattern).ifPresent(patterns::add);
    }
    return patterns;
  }

  private List<String> strings(JsonNode node, String field) {
    JsonNode list = node.path(field);
    if (list.isMissingNode() || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      problem("\"" + field + "\" is not a list; left out");
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode item : list) {
      if (item.isTextual()) {
        strings.add(item.asText());
      } else {
        problem("\"" + field + "\" holds " + item + ", not a string; left out");
      }
    }
    return strings;
  }

  private Optional<Pattern> compile(String pattern) {
    return compile(pattern, pattern);
  }

  private Optional<Pattern> compile(String pattern, String asWritten) {
    try {
      return Optional.of(JsRegex.compile(pattern));
    } catch (PatternSyntaxException e) {
      problem("pattern '" + asWritten + "': " + e.getDescription());
      return Optional.empty();
    }
  }

  private void problem(String message) {
    problems.add(name + " (line " + line + "): " + message);
  }
}
