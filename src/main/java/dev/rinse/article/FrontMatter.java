package dev.rinse.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A post's front matter block, kept as the exact text it was read from. Top-level fields are read as
 * data (YAML is composed into nodes, JSON and TOML read as trees, never turned into objects); a rule
 * may clear a field and the publishing step may set one, which changes only that field's value in the
 * text, or add one, which adds a line. Not thread-safe: one instance belongs to one file.
 */
public final class FrontMatter {
  /**
   * A top-level field: its scalar value(s) and where the value stands in the block.
   *
   * @param start the value's offset in the block, or -1 when it cannot be rewritten in place (TOML)
   */
  public record Field(String name, List<String> values, Where where, int start, int end) {
    public Field {
      values = List.copyOf(values);
    }

    /** The field's value text exactly as written; empty when its place is not known. */
    public String written(String block) {
      return start < 0 ? "" : block.substring(start, end);
    }
  }

  private static final String CLEARED = "''";

  /** A replacement of block text, applied when the block is rendered. */
  private record Edit(int start, int end, String text) {}

  private final String block;
  private final Fences.Format format;
  private final int dataStart;
  private final int dataEnd;
  private final String addedFence;
  private final int firstLine;
  private final Map<String, Field> fields;
  private final String problem;
  private final boolean flow;
  private final List<Edit> edits = new ArrayList<>();
  /** The block as the file wrote it, when its fences were rewritten; null when it is kept. */
  private String rewrittenFrom;

  private FrontMatter(String block, Fences.Format format, int dataStart, int dataEnd, String addedFence,
      int firstLine, Map<String, Field> fields, String problem, boolean flow) {
    this.block = block;
    this.firstLine = firstLine;
    this.format = format;
    this.dataStart = dataStart;
    this.dataEnd = dataEnd;
    this.addedFence = addedFence;
    this.fields = fields;
    this.problem = problem;
    this.flow = flow;
  }

  /** Reads a YAML block; see {@link #read(String, Fences.Format, int, int, int, String)}. */
  static FrontMatter read(String block, int yamlStart, int yamlEnd, int firstLine, String addedFence) {
    return read(block, Fences.Format.YAML, yamlStart, yamlEnd, firstLine, addedFence);
  }

  /**
   * Reads the fields of a block.
   *
   * @param block the text from the file's start through the closing fence's line end
   * @param dataStart offset in {@code block} where the data begins (after the opening fence)
   * @param dataEnd offset in {@code block} where the data ends (at the closing fence)
   * @param firstLine the file line of the data's first line
   * @param addedFence the closing fence the block lacked, written after it on output ("" when it had one)
   */
  static FrontMatter read(String block, Fences.Format format, int dataStart, int dataEnd, int firstLine,
      String addedFence) {
    String data = block.substring(dataStart, dataEnd);
    try {
      return switch (format) {
        case YAML -> yaml(block, dataStart, dataEnd, firstLine, addedFence);
        case JSON -> new FrontMatter(block, format, dataStart, dataEnd, addedFence, firstLine,
            Structured.jsonFields(data, dataStart, firstLine), null, false);
        case TOML -> new FrontMatter(block, format, dataStart, dataEnd, addedFence, firstLine,
            Structured.tomlFields(data, new Where(firstLine, 1)), null, false);
      };
    } catch (IOException e) {
      String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      return new FrontMatter(block, format, dataStart, dataEnd, addedFence, firstLine, new LinkedHashMap<>(),
          "front matter is not valid " + format + " (" + message.trim() + "); kept as is", false);
    }
  }

  private static FrontMatter yaml(String block, int yamlStart, int yamlEnd, int firstLine, String addedFence) {
    String yaml = block.substring(yamlStart, yamlEnd);
    Map<String, Field> fields = new LinkedHashMap<>();
    try {
      Optional<Node> root = Structured.compose(yaml);
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
        return new FrontMatter(block, Fences.Format.YAML, yamlStart, yamlEnd, addedFence, firstLine, fields, null,
            mapping.getFlowStyle() == FlowStyle.FLOW);
      }
      return new FrontMatter(block, Fences.Format.YAML, yamlStart, yamlEnd, addedFence, firstLine, fields,
          root.isEmpty() ? null : "front matter is not a mapping of fields", false);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      String place = mark == null ? "" : " at line " + (firstLine + mark.getLine()) + ", column " + (mark.getColumn() + 1);
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem().replaceAll("\\s+", " ").trim();
      return new FrontMatter(block, Fences.Format.YAML, yamlStart, yamlEnd, addedFence, firstLine, fields,
          "front matter is not valid YAML" + place + " (" + problem + "); kept as is", false);
    } catch (YamlEngineException e) {
      String message = e.getMessage().replaceAll("\\s+", " ").trim();
      return new FrontMatter(block, Fences.Format.YAML, yamlStart, yamlEnd, addedFence, firstLine, fields,
          "front matter is not valid YAML (" + message + "); kept as is", false);
    }
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

  /** Whether fields can be set and added in place: YAML or JSON that was read without a problem. */
  public boolean editable() {
    return problem == null && format != Fences.Format.TOML;
  }

  /** Clears a field's value (to {@code ''}) in the written block; returns whether it changed. */
  public boolean clear(String name) {
    Field field = fields.get(name);
    if (field == null || field.start() < 0 || field.written(block).equals(CLEARED)
        || edits.stream().anyMatch(e -> e.start() == field.start())) {
      return false;
    }
    edits.add(new Edit(field.start(), field.end(), format == Fences.Format.JSON ? "\"\"" : CLEARED));
    return true;
  }

  /** A text written as a string value in this block's format: a single-quoted YAML scalar, or a JSON string. */
  public String quoted(String text) {
    if (format == Fences.Format.JSON) {
      StringBuilder json = new StringBuilder("\"");
      com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text, json);
      return json.append('"').toString();
    }
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * Writes {@code value} (a scalar, already quoted for the block's format) in place of a field's
   * value, or adds the field when the block has none. Returns false when the block cannot be edited.
   */
  public boolean set(String name, String value) {
    if (!editable()) {
      return false;
    }
    Field field = fields.get(name);
    if (field != null) {
      edits.removeIf(e -> e.start() == field.start());
      edits.add(new Edit(field.start(), field.end(), value));
      return true;
    }
    if (format == Fences.Format.JSON || flow) {
      // inside the opening brace: '{"name": value, ...'
      int brace = block.indexOf('{', dataStart);
      String key = format == Fences.Format.JSON ? "\"" + name + "\"" : name;
      boolean empty = block.substring(brace + 1, dataEnd).trim().equals("}");
      edits.add(new Edit(brace + 1, brace + 1, key + ": " + value + (empty ? "" : ", ")));
      return true;
    }
    String line = name + ": " + value + "\n";
    boolean endsLine = dataEnd == dataStart || block.charAt(dataEnd - 1) == '\n';
    edits.add(new Edit(dataEnd, dataEnd, endsLine ? line : "\n" + line));
    return true;
  }

  /** Where a field added now stands in the file: the closing fence's line, which the added line precedes. */
  public Where end() {
    String data = block.substring(dataStart, dataEnd);
    return new Where(firstLine + (int) data.chars().filter(c -> c == '\n').count(), 1);
  }

  /** Notes that this block was written anew from {@code original}, whose fences a generator reads otherwise. */
  FrontMatter rewrittenFrom(String original) {
    this.rewrittenFrom = original;
    return this;
  }

  /** The block as the file wrote it, when the output writes it with new fences. */
  public Optional<String> rewrittenFrom() {
    return Optional.ofNullable(rewrittenFrom);
  }

  /** The block exactly as read, or as written anew with plain fences. */
  public String original() {
    return block;
  }

  /** The block with cleared, set and added fields (and a closing fence it lacked); every other byte as read. */
  public String render() {
    StringBuilder out = new StringBuilder(block);
    List<Edit> byPosition = new ArrayList<>(edits);
    byPosition.sort(Comparator.comparingInt(Edit::start).reversed());
    for (Edit edit : byPosition) {
      out.replace(edit.start(), edit.end(), edit.text());
    }
    return out.append(addedFence).toString();
  }
}
