package dev.rinse.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads configuration YAML as nodes that keep their place, so that every complaint about a value can
 * name the file, line and column it stands at. Values are read as data, never turned into objects.
 */
public final class YamlDoc {
  private final String file;

  private YamlDoc(String file) {
    this.file = file;
  }

  /** Composes a whole file; its root must be a mapping. */
  public static Map.Entry<YamlDoc, Node> parse(String file, String text) throws RuleFileException {
    YamlDoc doc = new YamlDoc(file);
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file)
        .setMaxAliasesForCollections(50)
        .setAllowDuplicateKeys(false)
        .build();
    try {
      Optional<Node> root = new Compose(settings).composeString(text);
      if (root.isEmpty()) {
        throw new RuleFileException(file, 1, 1, "the file is empty");
      }
      return Map.entry(doc, root.get());
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      throw mark == null ? new RuleFileException(file, 1, 1, problem)
          : new RuleFileException(file, mark.getLine() + 1, mark.getColumn() + 1, problem);
    } catch (YamlEngineException e) {
      throw new RuleFileException(file, 1, 1, e.getMessage());
    }
  }

  String file() {
    return file;
  }

  public RuleFileException error(Node node, String problem) {
    Mark mark = node.getStartMark().orElse(null);
    return mark == null ? new RuleFileException(file, 1, 1, problem)
        : new RuleFileException(file, mark.getLine() + 1, mark.getColumn() + 1, problem);
  }

  /** {@code file:line:col} of a node, for messages about it after loading. */
  public String place(Node node) {
    return file + ":" + node.getStartMark().map(m -> (m.getLine() + 1) + ":" + (m.getColumn() + 1))
        .orElse("1:1");
  }

  /** A mapping's entries by key, checking that every key is one of {@code allowed}. */
  public Map<String, Node> mapping(Node node, String what, Set<String> allowed) throws RuleFileException {
    if (!(node instanceof MappingNode mapping)) {
      throw error(node, what + " must be a mapping of keys to values");
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(tuple.getKeyNode(), "a key");
      if (!allowed.contains(key)) {
        throw error(tuple.getKeyNode(),
            "unknown key '" + key + "' in " + what + "; expected one of "
                + String.join(", ", new java.util.TreeSet<>(allowed)) + DidYouMean.hint(key, allowed));
      }
      entries.put(key, tuple.getValueNode());
    }
    return entries;
  }

  /** A mapping with any scalar keys, e.g. front-matter field patterns. */
  Map<String, Node> freeMapping(Node node, String what) throws RuleFileException {
    if (!(node instanceof MappingNode mapping)) {
      throw error(node, what + " must be a mapping");
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      entries.put(scalar(tuple.getKeyNode(), "a key"), tuple.getValueNode());
    }
    return entries;
  }

  public String scalar(Node node, String what) throws RuleFileException {
    if (!(node instanceof ScalarNode scalar)) {
      throw error(node, what + " must be a single value");
    }
    return scalar.getValue();
  }

  /** A plain {@code true} or {@code false}; a quoted one is a string, and refused like any other. */
  public boolean bool(Node node, String what) throws RuleFileException {
    String value = scalar(node, what);
    if (!Tag.BOOL.equals(node.getTag())) {
      throw error(node, what + " must be true or false, got '" + value + "'");
    }
    return Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
  }

  String required(Map<String, Node> entries, String key, Node owner, String what)
      throws RuleFileException {
    Node value = entries.get(key);
    if (value == null) {
      throw error(owner, what + " needs '" + key + "'");
    }
    String text = scalar(value, "'" + key + "'");
    if (text.isBlank()) {
      throw error(value, "'" + key + "' must not be empty");
    }
    return text;
  }

  /** A list of nodes; a single value counts as a list of one. */
  public List<Node> list(Node node) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    return List.of(node);
  }

  public List<String> strings(Node node, String what) throws RuleFileException {
    List<String> values = new ArrayList<>();
    for (Node item : list(node)) {
      values.add(scalar(item, what));
    }
    return values;
  }
}
