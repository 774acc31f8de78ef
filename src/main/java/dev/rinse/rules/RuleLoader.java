package dev.rinse.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.rinse.policy.Policy;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads and validates rule packs, profiles and the policy file. Everything is checked here, before any
 * input is read, and the first problem is reported as {@code file:line:col: message}. Stateless.
 */
public final class RuleLoader {
  private static final Set<String> PACK_KEYS = Set.of("pack", "why", "scope", "policy", "rules");
  private static final Set<String> SCOPE_KEYS = Set.of("front-matter", "host", "path");
  private static final List<String> MATCHER_KEYS =
      List.of("select", "comment", "attribute", "url-param", "text", "field", "text-shorter-than");
  private static final Set<String> RULE_KEYS = union(Set.copyOf(MATCHER_KEYS),
      Set.of("id", "why", "action", "replacement", "when", "value", "reason", "expect-loss"));
  private static final Pattern PACK_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final PolicyLoader policies;

  public RuleLoader() {
    this(new RuleSources());
  }

  /** A loader that records in {@code sources} the files it reads (a pack's policy file, a built-in policy). */
  public RuleLoader(RuleSources sources) {
    this.policies = new PolicyLoader(sources);
  }

  /** Reads one rule pack. */
  public Pack pack(String file, String text) throws RuleFileException {
    Map.Entry<YamlDoc, Node> parsed = YamlDoc.parse(file, text);
    YamlDoc yaml = parsed.getKey();
    Node root = parsed.getValue();
    notAPolicy(yaml, root);
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
    Optional<Policy> policy = entries.containsKey("policy") ? Optional.of(policy(yaml, entries.get("policy"), file))
        : Optional.empty();
    return new Pack(name, why, scope, rules, file,
        Fingerprint.of(text + policy.map(p -> "|" + p.fingerprint()).orElse("")), policy);
  }

  /**
   * The policy a pack names: a built-in one, or a policy file, whose path is relative to the pack's
   * folder. A pack built into the jar can name only built-in policies.
   */
  private Policy policy(YamlDoc yaml, Node node, String packFile) throws RuleFileException {
    String value = yaml.scalar(node, "'policy'");
    if (PolicyLoader.BUILT_IN.contains(value)) {
      return policies.builtIn(value);
    }
    Path path = packFile.startsWith("rules/") ? null : Path.of(packFile).resolveSibling(value);
    if (path == null || !Files.isRegularFile(path)) {
      throw yaml.error(node, "'policy' names a built-in policy (" + String.join(", ", PolicyLoader.BUILT_IN)
          + ") or a policy file next to the pack; there is no " + (path == null ? "'" + value + "'" : path.toString()));
    }
    return policies.load(path.toString());
  }

  /** A policy file given where a pack was expected (a --rules folder holding one, say) is named for what it is. */
  private static void notAPolicy(YamlDoc yaml, Node root) throws RuleFileException {
    if (root instanceof MappingNode mapping && mapping.getValue().stream()
        .map(tuple -> tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "")
        .anyMatch(key -> key.equals("elements") || key.equals("extends"))) {
      throw yaml.error(root, "this is a policy file, not a rule pack: give it as the policy for every file, "
          + "or name it in a pack's 'policy:'");
    }
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
      Evaluator evaluator = HiddenStyle.parse(query);
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
      // RE2/J matches in linear time; the price is no backreferences and no lookaround
      throw yaml.error(node, "invalid pattern '" + regex + "': " + e.getDescription()
          + " (rule patterns use RE2 syntax: no backreferences, no lookahead or lookbehind)");
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

  /** A profile as written: the pack files it names, relative to it, in the order they run, and its policy. */
  public record ProfileFile(List<String> packs, Policy policy) {}

  /** Reads a profile; its policy is a built-in one, the default unless it names another. */
  public ProfileFile profile(String file, String text) throws RuleFileException {
    Map.Entry<YamlDoc, Node> parsed = YamlDoc.parse(file, text);
    YamlDoc yaml = parsed.getKey();
    Map<String, Node> entries = yaml.mapping(parsed.getValue(), "a profile", Set.of("packs", "policy"));
    Node packs = entries.get("packs");
    if (packs == null) {
      throw yaml.error(parsed.getValue(), "a profile needs 'packs'");
    }
    String policy = entries.containsKey("policy") ? yaml.scalar(entries.get("policy"), "'policy'") : PolicyLoader.DEFAULT;
    if (!PolicyLoader.BUILT_IN.contains(policy)) {
      throw yaml.error(entries.get("policy"), "'policy' names a built-in policy: " + String.join(", ", PolicyLoader.BUILT_IN));
    }
    return new ProfileFile(yaml.strings(packs, "a pack file"), policies.builtIn(policy));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
