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
   * What a field's value is: a scalar written plain (whose type, a string, a number, a boolean, a
   * date or null, each reader resolves by its own schema), a text (a quoted or block scalar: a string for
   * every reader), a list of scalars, or anything else (a mapping, nested lists).
   */
  public enum Shape { PLAIN, TEXT, LIST, OTHER }

  /**
   * A top-level field: its scalar value(s) and where the value stands in the block.
   *
   * @param values its scalar, or the scalars a list holds directly
   * @param start the value's offset in the block, or -1 when it cannot be rewritten in place (TOML)
   * @param texts every scalar the value holds, however deep, as a reader decodes it ({@code !!binary} too)
   */
  public record Field(String name, List<String> values, Where where, int start, int end, Shape shape, List<String> texts) {
    public Field {
      values = List.copyOf(values);
      texts = List.copyOf(texts);
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
  /** Every occurrence of each top-level field; the first is the field's value for rules. */
  private final Map<String, List<Field>> fields;
  private final String problem;
  /** Where an added field goes, and the text before and after it; null when fields cannot be added. */
  private final int insertAt;
  private final String[] insertion;
  private final boolean mergeKey;
  private final List<Edit> edits = new ArrayList<>();
  /** The block as the file wrote it, when its fences were rewritten; null when it is kept. */
  private String rewrittenFrom;

  private FrontMatter(String block, Fences.Format format, int dataStart, int dataEnd, String addedFence,
      int firstLine, Map<String, List<Field>> fields, String problem, int insertAt, String[] insertion,
      boolean mergeKey) {
    this.block = block;
    this.firstLine = firstLine;
    this.format = format;
    this.dataStart = dataStart;
    this.dataEnd = dataEnd;
    this.addedFence = addedFence;
    this.fields = fields;
    this.problem = problem;
    this.insertAt = insertAt;
    this.insertion = insertion;
    this.mergeKey = mergeKey;
  }

  /** Reads a YAML block; see {@link #read(String, Fences.Format, int, int, int, String, boolean)}. */
  static FrontMatter read(String block, int yamlStart, int yamlEnd, int firstLine, String addedFence) {
    return read(block, Fences.Format.YAML, yamlStart, yamlEnd, firstLine, addedFence, false);
  }

  /**
   * Reads the fields of a block.
   *
   * @param block the text from the file's start through the closing fence's line end
   * @param dataStart offset in {@code block} where the data begins (after the opening fence)
   * @param dataEnd offset in {@code block} where the data ends (at the closing fence)
   * @param firstLine the file line of the data's first line
   * @param addedFence the closing fence the block lacked, written after it on output ("" when it had one)
   * @param hexoTabs whether YAML is read as Hexo reads it, with tabs that start a line taken for spaces
   */
  static FrontMatter read(String block, Fences.Format format, int dataStart, int dataEnd, int firstLine,
      String addedFence, boolean hexoTabs) {
    String data = block.substring(dataStart, dataEnd);
    if (format == Fences.Format.YAML) {
      YamlData.Read read = YamlData.read(block, dataStart, dataEnd, firstLine, hexoTabs);
      return new FrontMatter(block, format, dataStart, dataEnd, addedFence, firstLine, read.fields(), read.problem(),
          read.insertAt(), read.insertion(), read.mergeKey());
    }
    try {
      Map<String, List<Field>> fields = format == Fences.Format.JSON
          ? Structured.jsonFields(data, dataStart, firstLine)
          : Structured.tomlFields(data, new Where(firstLine, 1));
      int brace = format == Fences.Format.JSON ? block.indexOf('{', dataStart) + 1 : -1;
      String[] insertion = format == Fences.Format.JSON ? new String[] {"", fields.isEmpty() ? "" : ", "} : null;
      return new FrontMatter(block, format, dataStart, dataEnd, addedFence, firstLine, fields, null, brace, insertion, false);
    } catch (IOException e) {
      String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      return new FrontMatter(block, format, dataStart, dataEnd, addedFence, firstLine, new LinkedHashMap<>(),
          "front matter is not valid " + format + " (" + message.trim() + "); kept as is", -1, null, false);
    }
  }

  /** The field named {@code name}, its first occurrence written in the block (else one a merge key brings), if any. */
  public Optional<Field> field(String name) {
    List<Field> occurrences = fields.get(name);
    return occurrences == null ? Optional.empty() : Optional.of(first(occurrences));
  }

  private static Field first(List<Field> occurrences) {
    return occurrences.stream().filter(field -> field.start() >= 0).findFirst().orElse(occurrences.get(0));
  }

  /** Every occurrence of a field, in order: YAML readers differ on which one of several counts. */
  public List<Field> occurrences(String name) {
    return fields.getOrDefault(name, List.of());
  }

  /** Every occurrence of a field whose name is {@code name} in any case (Hugo reads names so), in order. */
  public List<Field> occurrencesInAnyCase(String name) {
    List<Field> found = new ArrayList<>();
    fields.forEach((written, occurrences) -> {
      if (written.equalsIgnoreCase(name)) {
        found.addAll(occurrences);
      }
    });
    found.sort(Comparator.comparingInt(Field::start));
    return found;
  }

  /** The top-level fields by name, each with its first occurrence. */
  public Map<String, Field> fields() {
    Map<String, Field> first = new LinkedHashMap<>();
    fields.forEach((name, occurrences) -> first.put(name, first(occurrences)));
    return Collections.unmodifiableMap(first);
  }

  /**
   * Writes {@code value} (already quoted for the block's format) in place of one occurrence of a field's
   * value. Returns false when the block cannot be edited.
   */
  public boolean replace(Field field, String value) {
    if (!editable() || field.start() < 0) {
      return false;
    }
    edits.removeIf(e -> e.start() == field.start());
    edits.add(new Edit(field.start(), field.end(), value));
    return true;
  }

  /** Names written more than once: Hexo refuses such front matter, Jekyll keeps the last value. */
  public java.util.Set<String> duplicateNames() {
    return YamlData.duplicates(fields);
  }

  /** Why the fields could not be read, when they could not; the block is then kept as it is. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * Whether fields can be set and added so that every reader sees them: YAML or JSON read without a
   * problem, without a merge key (whose fields may override a written one).
   */
  public boolean editable() {
    return problem == null && format != Fences.Format.TOML && !mergeKey && insertion != null;
  }

  /** Clears a field's value (to {@code ''}) in the written block; returns whether it changed. */
  public boolean clear(String name) {
    Field field = field(name).orElse(null);
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
   * Writes {@code value} (a scalar, already quoted for the block's format) in place of every occurrence
   * of a field's value, or adds the field when the block has none. Returns false when the block cannot be
   * edited.
   */
  public boolean set(String name, String value) {
    if (!editable()) {
      return false;
    }
    List<Field> occurrences = fields.get(name);
    if (occurrences != null) {
      for (Field field : occurrences) {
        edits.removeIf(e -> e.start() == field.start());
        edits.add(new Edit(field.start(), field.end(), value));
      }
      return true;
    }
    String key = format == Fences.Format.JSON ? "\"" + name + "\"" : name;
    edits.add(new Edit(insertAt, insertAt, insertion[0] + key + ": " + value + insertion[1]));
    return true;
  }

  /** Where a field added now stands in the file. */
  public Where end() {
    int at = Math.max(dataStart, Math.min(insertAt < 0 ? dataEnd : insertAt, block.length()));
    String before = block.substring(dataStart, at);
    int lineStart = before.lastIndexOf('\n') + 1;
    return new Where(firstLine + (int) before.chars().filter(c -> c == '\n').count(), at - dataStart - lineStart + 1);
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
