package dev.rinse.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A post's front matter block, kept as the exact text it was read from. Top-level fields are read as
 * data (the YAML is composed into nodes, never turned into objects); a rule may clear a field, which
 * changes only that field's value in the text. Not thread-safe: one instance belongs to one file.
 */
public final class FrontMatter {
  /** A top-level field: its scalar value(s) and where the value stands in the block. */
  public record Field(String name, List<String> values, Where where, int start, int end) {
    public Field {
      values = List.copyOf(values);
    }

    /** The field's value text exactly as written. */
    public String written(String block) {
      return block.substring(start, end);
    }
  }

  private static final String CLEARED = "''";

  private final String block;
  private final String addedFence;
  private final Map<String, Field> fields;
  private final String problem;
  private final List<Field> cleared = new ArrayList<>();

  private FrontMatter(String block, String addedFence, Map<String, Field> fields, String problem) {
    this.block = block;
    this.addedFence = addedFence;
    this.fields = fields;
    this.problem = problem;
  }

  /**
   * Reads the fields of a block.
   *
   * @param block the text from the file's start through the closing fence's line end
   * @param yamlStart offset in {@code block} where the YAML text begins (after the opening fence)
   * @param yamlEnd offset in {@code block} where the YAML text ends (at the closing fence)
   * @param firstLine the file line of the YAML text's first line
   * @param addedFence the closing fence the block lacked, written after it on output ("" when it had one)
   */
  static FrontMatter read(String block, int yamlStart, int yamlEnd, int firstLine, String addedFence) {
    String yaml = block.substring(yamlStart, yamlEnd);
    Map<String, Field> fields = new LinkedHashMap<>();
    try {
      Optional<Node> root = compose(yaml);
      if (root.isPresent() && root.get() instanceof MappingNode mapping) {
        int[] lineStarts = lineStarts(yaml);
        for (NodeTuple tuple : mapping.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode key) {
            Node value = tuple.getValueNode();
            int start = yamlStart + offset(yaml, lineStarts, value.getStartMark().orElseThrow());
            int end = yamlStart + offset(yaml, lineStarts, value.getEndMark().orElseThrow());
            Mark mark = value.getStartMark().orElseThrow();
            Where where = new Where(firstLine + mark.getLine(), mark.getColumn() + 1);
            fields.putIfAbsent(key.getValue(), new Field(key.getValue(), scalars(value), where, start, end));
          }
        }
        return new FrontMatter(block, addedFence, fields, null);
      }
      return new FrontMatter(block, addedFence, fields, root.isEmpty() ? null : "front matter is not a mapping of fields");
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      String place = mark == null ? "" : " at line " + (firstLine + mark.getLine()) + ", column " + (mark.getColumn() + 1);
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem().replaceAll("\\s+", " ").trim();
      return new FrontMatter(block, addedFence, fields, "front matter is not valid YAML" + place + " (" + problem + "); kept as is");
    } catch (YamlEngineException e) {
      String message = e.getMessage().replaceAll("\\s+", " ").trim();
      return new FrontMatter(block, addedFence, fields, "front matter is not valid YAML (" + message + "); kept as is");
    }
  }

  private static Optional<Node> compose(String yaml) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel("front matter")
        .setMaxAliasesForCollections(50)
        .setCodePointLimit(1 << 20)
        .setAllowDuplicateKeys(true)
        .build();
    Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
    return composer.getSingleNode();
  }

  private static List<String> scalars(Node value) {
    if (value instanceof ScalarNode scalar) {
      return List.of(scalar.getValue());
    }
    List<String> values = new ArrayList<>();
    if (value instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode scalar) {
          values.add(scalar.getValue());
        }
      }
    }
    return values;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Marks count code points within a line; the block is indexed in UTF-16 units. */
  private static int offset(String yaml, int[] lineStarts, Mark mark) {
    if (mark.getLine() >= lineStarts.length) {
      return yaml.length();
    }
    int lineStart = lineStarts[mark.getLine()];
    int lineEnd = mark.getLine() + 1 < lineStarts.length ? lineStarts[mark.getLine() + 1] : yaml.length();
    int available = yaml.codePointCount(lineStart, lineEnd);
    return yaml.offsetByCodePoints(lineStart, Math.min(mark.getColumn(), available));
  }

  /** The field named {@code name}, if the block has it. */
  public Optional<Field> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  public Map<String, Field> fields() {
    return Collections.unmodifiableMap(fields);
  }

  /** Why the fields could not be read, when they could not; the block is then kept as it is. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** Clears a field's value (to {@code ''}) in the written block; returns whether it changed. */
  public boolean clear(String name) {
    Field field = fields.get(name);
    if (field == null || cleared.contains(field) || field.written(block).equals(CLEARED)) {
      return false;
    }
    cleared.add(field);
    return true;
  }

  /** The original block exactly as read. */
  public String original() {
    return block;
  }

  /** The block with cleared fields applied (and a closing fence it lacked); every other byte as read. */
  public String render() {
    StringBuilder out = new StringBuilder(block);
    List<Field> byPosition = new ArrayList<>(cleared);
    byPosition.sort(Comparator.comparingInt(Field::start).reversed());
    for (Field field : byPosition) {
      out.replace(field.start(), field.end(), CLEARED);
    }
    return out.append(addedFence).toString();
  }
}
