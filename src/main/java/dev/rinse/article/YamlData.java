package dev.rinse.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
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
 * YAML front matter read as data: its top-level fields with where each value is written, and where a
 * field can be added so that every YAML reader takes it as one of the mapping's (after the last entry's
 * line, at the entries' indentation; inside the braces of a flow mapping). Hexo turns leading tabs into
 * spaces before it parses, and is read so when asked. Stateless.
 */
final class YamlData {
  /**
   * What was read.
   *
   * @param fields the top-level fields by name, every occurrence of a name that is written more than once
   * @param problem why the data is not a readable mapping, or null
   * @param insertAt where an added field goes, as an offset in the block
   * @param insertion what an added field is written between: the text before {@code name: value} and after it
   * @param mergeKey whether the mapping has a merge key ({@code <<}), whose fields may override written ones
   */
  record Read(Map<String, List<FrontMatter.Field>> fields, String problem, int insertAt, String[] insertion,
      boolean mergeKey) {}

  /** How deep the scalars of a value are looked for. */
  private static final int MAX_DEPTH = 32;
  /** Stands for what lies deeper, unread: markup as far as cleaning goes, so such a value is cleaned. */
  private static final String TOO_DEEP = "<too-deep>";

  private YamlData() {}

  static Read read(String block, int yamlStart, int yamlEnd, int firstLine, boolean hexoTabs) {
    String yaml = block.substring(yamlStart, yamlEnd);
    try {
      return mapping(block, yamlStart, yamlEnd, firstLine, yaml, yaml);
    } catch (YamlEngineException | StackOverflowError strict) {
      if (hexoTabs && yaml.indexOf('\t') >= 0) {
        try {
          String escaped = escapeTabs(yaml);
          return mapping(block, yamlStart, yamlEnd, firstLine, yaml, escaped);
        } catch (YamlEngineException | StackOverflowError e) {
          // reported below, as the strict reading's problem
        }
      }
      return new Read(new LinkedHashMap<>(), problem(strict, firstLine), yamlEnd, null, false);
    }
  }

  /** Hexo's escapeYAML: each tab that starts a line becomes two spaces. */
  private static String escapeTabs(String yaml) {
    StringBuilder out = new StringBuilder(yaml.length() + 16);
    boolean lineStart = false; // as Hexo: only tabs after a line break
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (lineStart && c == '\t') {
        out.append("  ");
        continue;
      }
      lineStart = c == '\n' || lineStart && c == '\t';
      out.append(c);
    }
    return out.toString();
  }

  private static Read mapping(String block, int yamlStart, int yamlEnd, int firstLine, String yaml, String parsed) {
    Optional<Node> root = Structured.compose(parsed);
    Map<String, List<FrontMatter.Field>> fields = new LinkedHashMap<>();
    if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
      return new Read(fields, root.isEmpty() ? null : "front matter is not a mapping of fields", yamlEnd, null, false);
    }
    Lines lines = new Lines(yaml, parsed);
    boolean mergeKey = false;
    int keyColumn = 0;
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        continue;
      }
      if (key.getValue().equals("<<")) {
        mergeKey = true;
        Mark mark = key.getStartMark().orElseThrow();
        merged(tuple.getValueNode(), new Where(firstLine + mark.getLine(), mark.getColumn() + 1), fields, 0);
      }
      if (fields.isEmpty()) {
        keyColumn = key.getStartMark().map(Mark::getColumn).orElse(0);
      }
      Node value = tuple.getValueNode();
      Mark startMark = value.getStartMark().orElseThrow();
      int start = yamlStart + lines.offset(startMark);
      int end = yamlStart + lines.offset(value.getEndMark().orElseThrow());
      int keyEnd = yamlStart + lines.offset(key.getEndMark().orElseThrow());
      if (start < keyEnd) {
        // an alias: composing gives the anchored node, marks and all; the alias is written after the key
        int[] alias = alias(block, keyEnd, yamlEnd);
        start = alias[0];
        end = alias[1];
      }
      while (end > start && Character.isWhitespace(block.charAt(end - 1))) {
        end--; // a block collection or scalar ends at the next line's start: its line break is not its own
      }
      Where where = start == yamlStart + lines.offset(startMark)
          ? new Where(firstLine + startMark.getLine(), startMark.getColumn() + 1) : where(block, yamlStart, start, firstLine);
      List<String> texts = new ArrayList<>();
      texts(value, texts, 0);
      fields.computeIfAbsent(key.getValue(), k -> new ArrayList<>())
          .add(new FrontMatter.Field(key.getValue(), scalars(value), where, start, end, shape(value), texts));
    }
    if (mapping.getFlowStyle() == FlowStyle.FLOW) {
      int brace = yamlStart + lines.offset(mapping.getStartMark().orElseThrow()) + 1;
      boolean empty = mapping.getValue().isEmpty();
      return new Read(fields, null, brace, new String[] {"", empty ? "" : ", "}, mergeKey);
    }
    // after the line the mapping's last entry ends on, at its entries' indentation
    int end = yamlStart + lines.offset(mapping.getEndMark().orElseThrow());
    int lineStart = block.lastIndexOf('\n', Math.max(yamlStart, end - 1)) + 1;
    boolean atLineStart = end == lineStart || block.substring(lineStart, end).isBlank();
    int insertAt = atLineStart ? lineStart : lineEnd(block, end, yamlEnd);
    boolean needsBreak = insertAt == yamlEnd && insertAt > yamlStart && block.charAt(insertAt - 1) != '\n';
    return new Read(fields, null, insertAt, new String[] {(needsBreak ? "\n" : "") + " ".repeat(keyColumn), "\n"}, mergeKey);
  }

  /**
   * The fields a merge key brings in (from a mapping, or a list of them), each as an occurrence that is
   * written elsewhere and cannot be rewritten in place: its value for readers, where the merge key stands.
   */
  private static void merged(Node value, Where where, Map<String, List<FrontMatter.Field>> fields, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof SequenceNode sequence) {
      sequence.getValue().forEach(item -> merged(item, where, fields, depth + 1));
    } else if (value instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          if (key.getValue().equals("<<")) {
            merged(tuple.getValueNode(), where, fields, depth + 1);
            continue;
          }
          List<String> texts = new ArrayList<>();
          texts(tuple.getValueNode(), texts, 0);
          fields.computeIfAbsent(key.getValue(), k -> new ArrayList<>()).add(new FrontMatter.Field(key.getValue(),
              scalars(tuple.getValueNode()), where, -1, -1, shape(tuple.getValueNode()), texts));
        }
      }
    }
  }

  /** Where the alias after a key stands: its {@code *} through its name. */
  private static int[] alias(String block, int keyEnd, int limit) {
    int star = block.indexOf('*', keyEnd);
    if (star < 0 || star >= limit) {
      return new int[] {keyEnd, keyEnd};
    }
    int end = star + 1;
    while (end < limit && !Character.isWhitespace(block.charAt(end)) && ",[]{}".indexOf(block.charAt(end)) < 0) {
      end++;
    }
    return new int[] {star, end};
  }

  private static Where where(String block, int yamlStart, int offset, int firstLine) {
    String before = block.substring(yamlStart, offset);
    int lineStart = before.lastIndexOf('\n') + 1;
    return new Where(firstLine + (int) before.chars().filter(c -> c == '\n').count(), offset - yamlStart - lineStart + 1);
  }

  private static int lineEnd(String block, int offset, int limit) {
    int newline = block.indexOf('\n', offset);
    return newline < 0 || newline >= limit ? limit : newline + 1;
  }

  private static List<String> scalars(Node value) {
    if (value instanceof ScalarNode scalar) {
      return List.of(text(scalar));
    }
    List<String> values = new ArrayList<>();
    if (value instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode scalar) {
          values.add(text(scalar));
        }
      }
    }
    return values;
  }

  private static FrontMatter.Shape shape(Node value) {
    if (value instanceof ScalarNode scalar) {
      return scalar.getScalarStyle() == ScalarStyle.PLAIN && !Tag.BINARY.equals(scalar.getTag())
          ? FrontMatter.Shape.PLAIN : FrontMatter.Shape.TEXT;
    }
    if (value instanceof SequenceNode sequence && sequence.getValue().stream().allMatch(ScalarNode.class::isInstance)) {
      return FrontMatter.Shape.LIST;
    }
    return FrontMatter.Shape.OTHER;
  }

  /** Every scalar under a node, keys too, as deep as nesting goes (an alias's node may hold itself). */
  private static void texts(Node node, List<String> texts, int depth) {
    if (depth > MAX_DEPTH) {
      texts.add(TOO_DEEP);
      return;
    }
    if (node instanceof ScalarNode scalar) {
      texts.add(text(scalar));
    } else if (node instanceof SequenceNode sequence) {
      sequence.getValue().forEach(item -> texts(item, texts, depth + 1));
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        texts(tuple.getKeyNode(), texts, depth + 1);
        texts(tuple.getValueNode(), texts, depth + 1);
      }
    }
  }

  /** A scalar's text as readers decode it: a {@code !!binary} value is the UTF-8 text of its bytes. */
  private static String text(ScalarNode scalar) {
    if (Tag.BINARY.equals(scalar.getTag())) {
      try {
        return new String(Base64.getMimeDecoder().decode(scalar.getValue()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return scalar.getValue();
      }
    }
    return scalar.getValue();
  }

  private static String problem(Throwable error, int firstLine) {
    if (error instanceof MarkedYamlEngineException marked) {
      Mark mark = marked.getProblemMark().or(marked::getContextMark).orElse(null);
      String place = mark == null ? "" : " at line " + (firstLine + mark.getLine()) + ", column " + (mark.getColumn() + 1);
      String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem().replaceAll("\\s+", " ").trim();
      return "front matter is not valid YAML" + place + " (" + problem + "); kept as is";
    }
    String message = error.getMessage() == null ? "too deeply nested" : error.getMessage().replaceAll("\\s+", " ").trim();
    return "front matter is not valid YAML (" + message + "); kept as is";
  }

  /**
   * Turns marks (line, column in code points) of the text parsed into offsets of the text as written,
   * which differ where Hexo's tab escaping widened a line's start.
   */
  private static final class Lines {
    private final String written;
    private final int[] writtenStarts;
    private final String parsed;
    private final int[] parsedStarts;

    Lines(String written, String parsed) {
      this.written = written;
      this.writtenStarts = LineStarts.of(written);
      this.parsed = parsed;
      this.parsedStarts = written == parsed ? writtenStarts : LineStarts.of(parsed);
    }

    int offset(Mark mark) {
      if (mark.getLine() >= writtenStarts.length) {
        return written.length();
      }
      int line = mark.getLine();
      int parsedStart = parsedStarts[line];
      int parsedEnd = line + 1 < parsedStarts.length ? parsedStarts[line + 1] : parsed.length();
      int column = parsed.offsetByCodePoints(parsedStart, Math.min(mark.getColumn(), parsed.codePointCount(parsedStart, parsedEnd))) - parsedStart;
      int writtenStart = writtenStarts[line];
      if (written != parsed) {
        int tabs = 0;
        while (writtenStart + tabs < written.length() && written.charAt(writtenStart + tabs) == '\t') {
          tabs++;
        }
        column = column <= 2 * tabs ? column / 2 : column - tabs;
      }
      int writtenEnd = line + 1 < writtenStarts.length ? writtenStarts[line + 1] : written.length();
      return Math.min(writtenStart + column, writtenEnd);
    }
  }

  /** Names written more than once at the top level (a merge key's fields are not written there). */
  static Set<String> duplicates(Map<String, List<FrontMatter.Field>> fields) {
    Set<String> names = new LinkedHashSet<>();
    fields.forEach((name, occurrences) -> {
      if (occurrences.stream().filter(field -> field.start() >= 0).count() > 1) {
        names.add(name);
      }
    });
    return names;
  }
}
