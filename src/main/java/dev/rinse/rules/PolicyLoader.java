package dev.rinse.rules;

import dev.rinse.policy.Policy;
import dev.rinse.policy.PolicySpec;
import dev.rinse.policy.PolicyYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads policy files: a built-in policy by name, or a file that lists everything it allows or
 * {@code extends} a built-in one and adds or removes elements, attributes, URL schemes and head items.
 * Everything is checked before any input is read, the first problem reported as
 * {@code file:line:col: message}; what no policy may allow (script, event handlers, {@code javascript:}
 * URLs, ...) is refused wherever it is named. Stateless.
 */
public final class PolicyLoader {
  /** The built-in policies, the default first. */
  public static final List<String> BUILT_IN = List.of("article", "strict", "relaxed");
  public static final String DEFAULT = "article";

  private static final Set<String> FILE_KEYS = Set.of("extends", "elements", "attributes", "protocols", "head", "keep-empty",
      "add", "remove");
  private static final Set<String> EDIT_KEYS = Set.of("elements", "attributes", "protocols", "head", "keep-empty");
  private static final Set<String> HEAD_KEYS = Set.of("meta-names", "meta-properties", "link-rels");
  private static final Pattern ELEMENT = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]{0,31}");

  /** Elements no policy may keep, and why. */
  private static final Map<String, String> REFUSED_ELEMENTS = refusedElements();
  private static final Set<String> REFUSED_ATTRIBUTES = Set.of("style", "srcdoc", "formaction", "action", "form",
      "xmlns", "http-equiv", "is", "nonce", "autofocus", "ping");
  private static final Set<String> REFUSED_SCHEMES = Set.of("javascript", "vbscript", "data", "file", "blob",
      "filesystem", "livescript", "mocha", "jar");

  private final RuleSources sources;

  public PolicyLoader() {
    this(new RuleSources());
  }

  /** A loader that records in {@code sources} the files it reads. */
  public PolicyLoader(RuleSources sources) {
    this.sources = java.util.Objects.requireNonNull(sources, "sources");
  }

  /** A built-in policy by name, or the policy file at {@code path}. */
  public Policy load(String nameOrFile) throws RuleFileException {
    if (BUILT_IN.contains(nameOrFile)) {
      return builtIn(nameOrFile);
    }
    Path path = Path.of(nameOrFile);
    if (!Files.isRegularFile(path)) {
      throw new RuleFileException(nameOrFile, 1, 1,
          "no such policy file, and not a built-in policy (" + String.join(", ", BUILT_IN) + ")");
    }
    try {
      return read(path.toString(), sources.file(path), path.toString());
    } catch (IOException e) {
      throw new RuleFileException(path.toString(), 1, 1, "cannot read: " + e.getMessage());
    }
  }

  /** The policy as a file that lists everything it allows, extending nothing. */
  public static String written(Policy policy) {
    return PolicyYaml.write(policy.spec());
  }

  /** A built-in policy, read from the jar. */
  public Policy builtIn(String name) throws RuleFileException {
    if (!BUILT_IN.contains(name)) {
      throw new IllegalArgumentException("no built-in policy '" + name + "'; there are " + String.join(", ", BUILT_IN));
    }
    String file = "rules/policies/" + name + ".yaml";
    return read(file, sources.builtIn(file), name);
  }

  /** Reads one policy file's text; {@code name} is what the policy is called in logs. */
  public Policy read(String file, String text, String name) throws RuleFileException {
    Map.Entry<YamlDoc, Node> parsed = YamlDoc.parse(file, text);
    YamlDoc yaml = parsed.getKey();
    Node root = parsed.getValue();
    Map<String, Node> entries = yaml.mapping(root, "a policy", FILE_KEYS);
    if (!entries.containsKey("extends")) {
      for (String key : List.of("elements", "attributes", "protocols")) {
        if (!entries.containsKey(key)) {
          throw yaml.error(root, "a policy needs '" + key + "', or 'extends' with a built-in policy to start from");
        }
      }
      for (String key : List.of("add", "remove")) {
        if (entries.containsKey(key)) {
          throw yaml.error(entries.get(key), "'" + key + "' edits the policy named in 'extends', and there is none");
        }
      }
    }
    Draft draft = new Draft();
    if (entries.containsKey("extends")) {
      Node base = entries.get("extends");
      String baseName = yaml.scalar(base, "'extends'");
      if (!BUILT_IN.contains(baseName)) {
        throw yaml.error(base, "'extends' names a built-in policy (" + String.join(", ", BUILT_IN) + "), not '" + baseName + "'");
      }
      if (baseName.equals(name)) {
        throw yaml.error(base, "a policy cannot extend itself");
      }
      draft = Draft.of(builtIn(baseName).spec());
    }
    draft.set(yaml, entries);
    if (entries.containsKey("add")) {
      draft.add(yaml, yaml.mapping(entries.get("add"), "'add'", EDIT_KEYS));
    }
    if (entries.containsKey("remove")) {
      draft.remove(yaml, yaml.mapping(entries.get("remove"), "'remove'", EDIT_KEYS));
    }
    PolicySpec spec = draft.spec();
    return new Policy(name, spec, Fingerprint.of(PolicyYaml.write(spec)));
  }

  /** A policy being put together: the lists it extends, then what the file sets, adds and removes. */
  private static final class Draft {
    private final Set<String> elements = new LinkedHashSet<>();
    private final Map<String, Set<String>> attributes = new LinkedHashMap<>();
    private final Set<String> protocols = new LinkedHashSet<>();
    private final Map<String, Set<String>> head = new LinkedHashMap<>();
    private final Set<String> keepEmpty = new LinkedHashSet<>(PolicySpec.DEFAULT_KEEP_EMPTY);

    Draft() {
      HEAD_KEYS.stream().sorted().forEach(key -> head.put(key, new LinkedHashSet<>()));
    }

    static Draft of(PolicySpec spec) {
      Draft draft = new Draft();
      draft.elements.addAll(spec.elements());
      spec.attributes().forEach((name, on) -> draft.attributes.put(name, new LinkedHashSet<>(on)));
      draft.protocols.addAll(spec.protocols());
      draft.head.get("meta-names").addAll(spec.metaNames());
      draft.head.get("meta-properties").addAll(spec.metaProperties());
      draft.head.get("link-rels").addAll(spec.linkRels());
      draft.keepEmpty.clear();
      draft.keepEmpty.addAll(spec.keepEmpty());
      return draft;
    }

    /** Lists the file writes out in full replace those it extends. */
    void set(YamlDoc yaml, Map<String, Node> entries) throws RuleFileException {
      if (entries.containsKey("elements")) {
        elements.clear();
      }
      if (entries.containsKey("attributes")) {
        attributes.clear();
      }
      if (entries.containsKey("protocols")) {
        protocols.clear();
      }
      if (entries.containsKey("head")) {
        head.values().forEach(Set::clear);
      }
      if (entries.containsKey("keep-empty")) {
        keepEmpty.clear();
      }
      add(yaml, entries);
    }

    void add(YamlDoc yaml, Map<String, Node> entries) throws RuleFileException {
      for (Node node : listed(yaml, entries, "elements")) {
        elements.add(element(yaml, node));
      }
      if (entries.containsKey("attributes")) {
        for (Map.Entry<String, Node> entry : yaml.freeMapping(entries.get("attributes"), "attributes").entrySet()) {
          String name = attribute(yaml, entries.get("attributes"), entry.getKey());
          Set<String> on = attributes.computeIfAbsent(name, k -> new LinkedHashSet<>());
          for (Node node : yaml.list(entry.getValue())) {
            String element = yaml.scalar(node, "an element name");
            on.add(element.equals("*") ? "*" : element(yaml, node));
          }
        }
      }
      for (Node node : listed(yaml, entries, "protocols")) {
        protocols.add(scheme(yaml, node));
      }
      if (entries.containsKey("head")) {
        for (Map.Entry<String, Node> entry : yaml.mapping(entries.get("head"), "head", HEAD_KEYS).entrySet()) {
          head.get(entry.getKey()).addAll(yaml.strings(entry.getValue(), "a value"));
        }
      }
      for (Node node : listed(yaml, entries, "keep-empty")) {
        keepEmpty.add(element(yaml, node));
      }
    }

    /** Takes out what the file names; naming what is not there is an error, as a typo would be. */
    void remove(YamlDoc yaml, Map<String, Node> entries) throws RuleFileException {
      for (Node node : listed(yaml, entries, "elements")) {
        present(yaml, node, elements.remove(yaml.scalar(node, "an element name")), "element");
      }
      if (entries.containsKey("attributes")) {
        for (Map.Entry<String, Node> entry : yaml.freeMapping(entries.get("attributes"), "attributes").entrySet()) {
          Set<String> on = attributes.get(entry.getKey());
          present(yaml, entries.get("attributes"), on != null, "attribute '" + entry.getKey() + "'");
          for (Node node : yaml.list(entry.getValue())) {
            String element = yaml.scalar(node, "an element name");
            if (on.contains("*") && !element.equals("*")) {
              throw yaml.error(node, "'" + entry.getKey() + "' is kept on every element ('*'): remove it with ['*'] "
                  + "and add it back on the elements that keep it");
            }
            present(yaml, node, on.remove(element), "'" + entry.getKey() + "' on " + element);
          }
          if (on.isEmpty()) {
            attributes.remove(entry.getKey());
          }
        }
      }
      for (Node node : listed(yaml, entries, "protocols")) {
        present(yaml, node, protocols.remove(yaml.scalar(node, "a URL scheme")), "URL scheme");
      }
      if (entries.containsKey("head")) {
        for (Map.Entry<String, Node> entry : yaml.mapping(entries.get("head"), "head", HEAD_KEYS).entrySet()) {
          for (Node node : yaml.list(entry.getValue())) {
            present(yaml, node, head.get(entry.getKey()).remove(yaml.scalar(node, "a value")), entry.getKey() + " value");
          }
        }
      }
      for (Node node : listed(yaml, entries, "keep-empty")) {
        present(yaml, node, keepEmpty.remove(yaml.scalar(node, "an element name")), "keep-empty element");
      }
    }

    PolicySpec spec() {
      Map<String, List<String>> kept = new LinkedHashMap<>();
      attributes.forEach((name, on) -> kept.put(name, List.copyOf(on)));
      return new PolicySpec(List.copyOf(elements), kept, List.copyOf(protocols), List.copyOf(head.get("meta-names")),
          List.copyOf(head.get("meta-properties")), List.copyOf(head.get("link-rels")), List.copyOf(keepEmpty));
    }

    private static List<Node> listed(YamlDoc yaml, Map<String, Node> entries, String key) {
      return entries.containsKey(key) ? yaml.list(entries.get(key)) : List.of();
    }

    private static void present(YamlDoc yaml, Node node, boolean present, String what) throws RuleFileException {
      if (!present) {
        throw yaml.error(node, what + " is not in the policy, so it cannot be removed");
      }
    }
  }

  private static String element(YamlDoc yaml, Node node) throws RuleFileException {
    String name = yaml.scalar(node, "an element name");
    if (!ELEMENT.matcher(name).matches()) {
      throw yaml.error(node, "'" + name + "' is not an element name (lower case letters, digits and '-')");
    }
    String refusal = REFUSED_ELEMENTS.get(name);
    if (refusal != null) {
      throw yaml.error(node, "no policy can keep <" + name + ">: " + refusal);
    }
    return name;
  }

  private static String attribute(YamlDoc yaml, Node owner, String name) throws RuleFileException {
    if (!ATTRIBUTE.matcher(name).matches()) {
      throw yaml.error(owner, "'" + name + "' is not an attribute name (lower case letters, digits, '-' and '_')");
    }
    if (name.startsWith("on") || REFUSED_ATTRIBUTES.contains(name)) {
      throw yaml.error(owner, "no policy can keep the attribute '" + name + "': "
          + (name.startsWith("on") ? "event handlers run script" : name.equals("style")
              ? "inline styles are stripped by design (core.style-attribute), and CSS can hide or fake content"
              : "it runs script, sends data or changes how the page is read"));
    }
    return name;
  }

  private static String scheme(YamlDoc yaml, Node node) throws RuleFileException {
    String scheme = yaml.scalar(node, "a URL scheme");
    if (!SCHEME.matcher(scheme).matches()) {
      throw yaml.error(node, "'" + scheme + "' is not a URL scheme (lower case, without ':')");
    }
    if (REFUSED_SCHEMES.contains(scheme)) {
      throw yaml.error(node, "no policy can keep '" + scheme + ":' URLs: they run script or carry a document of their own");
    }
    return scheme;
  }

  private static Map<String, String> refusedElements() {
    Map<String, String> refused = new LinkedHashMap<>();
    for (String name : List.of("script", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
        "applet", "param", "portal", "fencedframe")) {
      refused.put(name, "it runs script or embeds another document");
    }
    for (String name : List.of("style", "link", "meta", "base", "title", "head", "html", "body")) {
      refused.put(name, "it changes the page around the article, not the article");
    }
    for (String name : List.of("form", "input", "button", "select", "option", "optgroup", "textarea", "datalist",
        "keygen", "output")) {
      refused.put(name, "forms post to the scraped site");
    }
    for (String name : List.of("svg", "math", "xmp", "plaintext", "listing", "noembed", "noframes")) {
      refused.put(name, "its content is parsed by other rules than HTML's, which the output cannot escape for");
    }
    return Map.copyOf(refused);
  }
}
