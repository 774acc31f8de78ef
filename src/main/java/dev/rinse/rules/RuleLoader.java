package dev.rinse.rules;

import dev.rinse.policy.PolicySpec;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and validates rule packs, profiles and the policy file. Everything is checked here, before any
 * input is read, and the first problem is reported as {@code file:line:col: message}. Stateless.
 */
public final class RuleLoader {
  private static final Set<String> PACK_KEYS = Set.of("pack", "why", "scope", "rules");
  private static final Set<String> SCOPE_KEYS = Set.of("front-matter", "host", "path");
  private static final List<String> MATCHER_KEYS =
      List.of("select", "comment", "attribute", "url-param", "text", "field", "text-shorter-than");
  private static final Set<String> RULE_KEYS = union(Set.copyOf(MATCHER_KEYS),
      Set.of("id", "why", "action", "replacement", "when", "value", "reason", "expect-loss"));
  private static final Pattern PACK_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** Reads one rule pack. */
  public Pack pack(String file, String text) throws RuleFileException {
    Map.Entry<YamlDoc, Node> parsed = YamlDoc.parse(file, text);
    YamlDoc yaml = parsed.getKey();
    Node root = parsed.getValue();
    Map<String, Node> entries = yaml.mapping(root, "a rule pack", PACK_KEYS);
    String name = yaml.required(entries, "pack", root, "a rule pack");
    if (!PACK_NAME.matcher(name).matches()) {
      throw yaml.error(entries.get("pack"), "pack name '" + name + "' must be lower case letters, digits and '-'");
    }
    String why = yaml.required(entries, "why", root, "a rule pack");
    Scope scope = entries.containsKey("scope") ? scope(yaml, entries.get("scope")) : Scope.EVERYWHERE;
    Node rulesNode = entries.get("rules");
    if (rulesNode == null) {
      throw yaml.error(root, "a rule pack needs 'rules'");
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node ruleNode : yaml.list(rulesNode)) {
      Rule rule = rule(yaml, ruleNode, name);
      if (!ids.add(rule.id().value())) {
        throw yaml.error(ruleNode, "rule id '" + rule.id() + "' is used twice in this pack");
      }
      rules.add(rule);
    }
    return new Pack(name, why, scope, rules, file, Fingerprint.of(text));
  }

  private Scope scope(YamlDoc yaml, Node node) throws RuleFileException {
    List<Scope.Condition> conditions = new ArrayList<>();
    for (Node item : yaml.list(node)) {
      Map<String, Node> entries = yaml.mapping(item, "a scope condition", SCOPE_KEYS);
      if (entries.isEmpty()) {
        throw yaml.error(item, "a scope condition needs front-matter, host or path");
      }
      Map<String, Pattern> fields = new LinkedHashMap<>();
      if (entries.containsKey("front-matter")) {
        for (Map.Entry<String, Node> field : yaml.freeMapping(entries.get("front-matter"), "front-matter").entrySet()) {
          fields.put(field.getKey(), pattern(yaml, field.getValue()));
        }
      }
      Optional<String> host = entries.containsKey("host")
          ? Optional.of(yaml.scalar(entries.get("host"), "host").toLowerCase(java.util.Locale.ROOT))
          : Optional.empty();
      Optional<String> glob = Optional.empty();
      if (entries.containsKey("path")) {
        String value = yaml.scalar(entries.get("path"), "path");
        try {
          FileSystems.getDefault().getPathMatcher("glob:" + value);
        } catch (IllegalArgumentException e) {
          throw yaml.error(entries.get("path"), "invalid path glob: " + e.getMessage());
        }
        glob = Optional.of(value);
      }
      conditions.add(new Scope.Condition(fields, host, glob));
    }
    return new Scope(conditions);
  }

  private Rule rule(YamlDoc yaml, Node node, String pack) throws RuleFileException {
    Map<String, Node> entries = yaml.mapping(node, "a rule", RULE_KEYS);
    String idText = yaml.required(entries, "id", node, "a rule");
    RuleId id;
    try {
      id = new RuleId(idText);
    } catch (IllegalArgumentException e) {
      throw yaml.error(entries.get("id"), e.getMessage());
    }
    String why = yaml.required(entries, "why", node, "rule " + id);
    Matcher matcher = matcher(yaml, entries, node, id);
    RuleAction action = action(yaml, entries, node, id);
    if (!action.accepts(matcher)) {
      throw yaml.error(entries.get("action"), "action '" + action.kind().id() + "' cannot act on "
          + describe(matcher) + " (rule " + id + ")");
    }
    boolean expectLoss = entries.containsKey("expect-loss") && yaml.bool(entries.get("expect-loss"), "'expect-loss'");
    return new Rule(id, why, matcher, action, expectLoss, yaml.place(node));
  }

  private Matcher matcher(YamlDoc yaml, Map<String, Node> entries, Node node, RuleId id)
      throws RuleFileException {
    Optional<Matcher.Css> select = entries.containsKey("select")
        ? Optional.of(css(yaml, entries.get("select"))) : Optional.empty();
    List<String> kinds = new ArrayList<>();
    for (String key : MATCHER_KEYS) {
      if (!key.equals("select") && entries.containsKey(key)) {
        kinds.add(key);
      }
    }
    if (kinds.size() > 1) {
      throw yaml.error(entries.get(kinds.get(1)), "rule " + id + " has more than one matcher: " + kinds);
    }
    if (kinds.isEmpty()) {
      return select.orElseThrow(() -> yaml.error(node,
          "rule " + id + " needs a matcher: select, comment, attribute, url-param, text, field or text-shorter-than"));
    }
    String kind = kinds.get(0);
    Node value = entries.get(kind);
    if (select.isPresent() && Set.of("comment", "field", "text-shorter-than").contains(kind)) {
      throw yaml.error(entries.get("select"), "'select' does not combine with '" + kind + "'");
    }
    return switch (kind) {
      case "comment" -> new Matcher.Comments(pattern(yaml, value));
      case "attribute" -> new Matcher.AttributeNames(pattern(yaml, value), select);
      case "url-param" -> new Matcher.UrlParams(pattern(yaml, value), select);
      case "text" -> new Matcher.Text(pattern(yaml, value), select);
      case "field" -> new Matcher.Fields(pattern(yaml, value));
      default -> new Matcher.ShorterThan(positive(yaml, value));
    };
  }

  private RuleAction action(YamlDoc yaml, Map<String, Node> entries, Node node, RuleId id)
      throws RuleFileException {
    String name = yaml.required(entries, "action", node, "rule " + id);
    Node at = entries.get("action");
    return switch (name) {
      case "remove" -> new Remove();
      case "unwrap" -> new Unwrap();
      case "strip-attribute" -> new StripAttribute();
      case "strip-url-params" -> new StripUrlParams();
      case "replace-text" -> {
        Node replacement = entries.get("replacement");
        if (replacement == null) {
          throw yaml.error(at, "replace-text needs 'replacement' (rule " + id + ")");
        }
        yield new ReplaceText(yaml.scalar(replacement, "replacement"));
      }
      case "clear-front-matter-field" -> {
        boolean removedImage = false;
        if (entries.containsKey("when")) {
          String when = yaml.scalar(entries.get("when"), "when");
          if (!when.equals("removed-image")) {
            throw yaml.error(entries.get("when"), "'when' can only be 'removed-image'");
          }
          removedImage = true;
        }
        Optional<Pattern> value = entries.containsKey("value")
            ? Optional.of(pattern(yaml, entries.get("value"))) : Optional.empty();
        yield new ClearFrontMatterField(removedImage, value);
      }
      case "flag" -> new Flag(yaml.required(entries, "reason", node, "a flag rule (" + id + ")"));
      default -> throw yaml.error(at, "unknown action '" + name + "'; expected remove, unwrap, "
          + "strip-attribute, strip-url-params, replace-text, clear-front-matter-field or flag");
    };
  }

  private static Matcher.Css css(YamlDoc yaml, Node node) throws RuleFileException {
    String query = yaml.scalar(node, "select");
    try {
      Evaluator evaluator = QueryParser.parse(query);
      return new Matcher.Css(query, evaluator);
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      throw yaml.error(node, "invalid CSS selector '" + query + "': " + e.getMessage());
    }
  }

  private static Pattern pattern(YamlDoc yaml, Node node) throws RuleFileException {
    String regex = yaml.scalar(node, "a pattern");
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw yaml.error(node, "invalid pattern '" + regex + "': " + e.getDescription());
    }
  }

  private static int positive(YamlDoc yaml, Node node) throws RuleFileException {
    String text = yaml.scalar(node, "a number");
    try {
      int value = Integer.parseInt(text.trim());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw yaml.error(node, "expected a whole number above 0, got '" + text + "'");
  }

  private static String describe(Matcher matcher) {
    return switch (matcher.getClass().getSimpleName()) {
      case "Css" -> "'select' matches";
      case "Comments" -> "'comment' matches";
      case "AttributeNames" -> "'attribute' matches";
      case "UrlParams" -> "'url-param' matches";
      case "Text" -> "'text' matches";
      case "Fields" -> "'field' matches";
      default -> "'text-shorter-than'";
    };
  }

  /** Reads a profile: the pack files it names, relative to the profile, in the order they run. */
  public List<String> profile(String file, String text) throws RuleFileException {
    Map.Entry<YamlDoc, Node> parsed = YamlDoc.parse(file, text);
    YamlDoc yaml = parsed.getKey();
    Map<String, Node> entries = yaml.mapping(parsed.getValue(), "a profile", Set.of("packs", "policy"));
    Node packs = entries.get("packs");
    if (packs == null) {
      throw yaml.error(parsed.getValue(), "a profile needs 'packs'");
    }
    return yaml.strings(packs, "a pack file");
  }

  /** Reads the policy file. */
  public PolicySpec policy(String file, String text) throws RuleFileException {
    Map.Entry<YamlDoc, Node> parsed = YamlDoc.parse(file, text);
    YamlDoc yaml = parsed.getKey();
    Node root = parsed.getValue();
    Map<String, Node> entries =
        yaml.mapping(root, "the policy", Set.of("elements", "attributes", "protocols", "head"));
    for (String key : List.of("elements", "attributes", "protocols")) {
      if (!entries.containsKey(key)) {
        throw yaml.error(root, "the policy needs '" + key + "'");
      }
    }
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, Node> entry : yaml.freeMapping(entries.get("attributes"), "attributes").entrySet()) {
      attributes.put(entry.getKey(), yaml.strings(entry.getValue(), "an element name"));
    }
    Map<String, Node> head = entries.containsKey("head")
        ? yaml.mapping(entries.get("head"), "head", Set.of("meta-names", "meta-properties", "link-rels"))
        : Map.of();
    return new PolicySpec(
        yaml.strings(entries.get("elements"), "an element name"),
        attributes,
        yaml.strings(entries.get("protocols"), "a URL scheme"),
        head.containsKey("meta-names") ? yaml.strings(head.get("meta-names"), "a name") : List.of(),
        head.containsKey("meta-properties") ? yaml.strings(head.get("meta-properties"), "a property") : List.of(),
        head.containsKey("link-rels") ? yaml.strings(head.get("link-rels"), "a rel") : List.of());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
