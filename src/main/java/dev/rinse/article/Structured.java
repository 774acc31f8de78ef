package dev.rinse.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Front-matter data read as data, never as objects: YAML composed into nodes (with limits), JSON and
 * TOML read by Jackson into top-level scalar fields. Stateless.
 */
final class Structured {
  private static final JsonFactory JSON = new JsonFactory();
  private static final TomlMapper TOML = new TomlMapper();

  private Structured() {}

  /** YAML composed into nodes with limits on aliases and size; throws YamlEngineException when invalid. */
  static Optional<Node> compose(String yaml) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel("front matter")
        .setMaxAliasesForCollections(50)
        .setCodePointLimit(1 << 20)
        .setAllowDuplicateKeys(true)
        .build();
    Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
    return composer.getSingleNode();
  }

  /** Whether YAML text holds a mapping or a list, as Hexo requires of front matter without an opening fence. */
  static boolean isYamlCollection(String yaml) {
    try {
      // Hexo turns each tab that starts a line (after the first) into two spaces before it parses
      java.util.regex.Matcher tabs = java.util.regex.Pattern.compile("\n(\t+)").matcher(yaml);
      StringBuilder escaped = new StringBuilder();
      while (tabs.find()) {
        tabs.appendReplacement(escaped, "\n" + "  ".repeat(tabs.group(1).length()));
      }
      tabs.appendTail(escaped);
      Optional<Node> root = compose(escaped.toString());
      return root.isPresent() && (root.get() instanceof MappingNode || root.get() instanceof SequenceNode);
    } catch (YamlEngineException | StackOverflowError e) {
      return false;
    }
  }

  static boolean isJsonObject(String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A JSON object's top-level fields: each scalar value (or the scalars of a list) and where the
   * value's text stands, as offsets in {@code json}.
   */
  static Map<String, List<FrontMatter.Field>> jsonFields(String json, int offset, int firstLine) throws IOException {
    Map<String, List<FrontMatter.Field>> fields = new LinkedHashMap<>();
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("front matter is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        int start = (int) parser.currentTokenLocation().getCharOffset();
        int line = parser.currentTokenLocation().getLineNr();
        int column = parser.currentTokenLocation().getColumnNr();
        List<String> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        FrontMatter.Shape shape = value == JsonToken.VALUE_STRING ? FrontMatter.Shape.TEXT : FrontMatter.Shape.PLAIN;
        if (value == JsonToken.START_ARRAY) {
          shape = FrontMatter.Shape.LIST;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken().isScalarValue()) {
              values.add(parser.getText());
              texts.add(parser.getText());
            } else {
              shape = FrontMatter.Shape.OTHER;
              nestedTexts(parser, texts);
            }
          }
        } else if (value.isScalarValue()) {
          values.add(parser.getText());
          texts.add(parser.getText());
        } else {
          shape = FrontMatter.Shape.OTHER;
          nestedTexts(parser, texts);
        }
        int end = (int) (parser.currentTokenLocation().getCharOffset()) + tokenLength(parser, json);
        // JSON.parse, as Hexo reads it, keeps a name's last value: every one is kept here
        fields.computeIfAbsent(name, k -> new ArrayList<>()).add(new FrontMatter.Field(name, values,
            new Where(firstLine + line - 1, column), offset + start, offset + end, shape, texts));
      }
    }
    return fields;
  }

  /** The scalars of the array or object the parser stands at the start of, read through to its end. */
  private static void nestedTexts(JsonParser parser, List<String> texts) throws IOException {
    int depth = 1;
    while (depth > 0 && parser.nextToken() != null) {
      JsonToken token = parser.currentToken();
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      } else if (token.isScalarValue()) {
        texts.add(parser.getText());
      }
    }
  }

  /** The length of the current token's text in {@code json}: a string with its quotes, as written. */
  private static int tokenLength(JsonParser parser, String json) {
    int start = (int) parser.currentTokenLocation().getCharOffset();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      for (int i = start + 1; i < json.length(); i++) {
        if (json.charAt(i) == '\\') {
          i++;
        } else if (json.charAt(i) == '"') {
          return i + 1 - start;
        }
      }
      return json.length() - start;
    }
    if (token.isScalarValue()) {
      int end = start;
      while (end < json.length() && ",}] \t\r\n".indexOf(json.charAt(end)) < 0) {
        end++;
      }
      return end - start;
    }
    return 1; // the closing bracket of a list or object
  }

  /** A TOML document's top-level fields; values only: TOML front matter is not rewritten in place. */
  static Map<String, List<FrontMatter.Field>> tomlFields(String toml, Where where) throws IOException {
    Map<String, List<FrontMatter.Field>> fields = new LinkedHashMap<>();
    JsonNode root = TOML.readTree(toml);
    root.fields().forEachRemaining(entry -> {
      List<String> values = new ArrayList<>();
      JsonNode value = entry.getValue();
      if (value.isValueNode()) {
        values.add(value.asText());
      } else if (value.isArray()) {
        value.forEach(item -> {
          if (item.isValueNode()) {
            values.add(item.asText());
          }
        });
      }
      List<String> texts = new ArrayList<>();
      nestedTexts(value, texts);
      FrontMatter.Shape shape = value.isTextual() ? FrontMatter.Shape.TEXT : value.isValueNode() ? FrontMatter.Shape.PLAIN
          : value.isArray() && values.size() == value.size() ? FrontMatter.Shape.LIST : FrontMatter.Shape.OTHER;
      fields.put(entry.getKey(), List.of(new FrontMatter.Field(entry.getKey(), values, where, -1, -1, shape, texts)));
    });
    return fields;
  }

  private static void nestedTexts(JsonNode node, List<String> texts) {
    if (node.isValueNode()) {
      texts.add(node.asText());
    } else {
      node.forEach(child -> nestedTexts(child, texts));
    }
  }
}
