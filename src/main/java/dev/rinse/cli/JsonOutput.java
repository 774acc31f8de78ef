package dev.rinse.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes the one JSON document a command prints with {@code --json}: an object whose first field is
 * {@code "format": 1}, written {@code "name": value}, one field or array element per line, indented two
 * spaces a level, ending with a newline. Strings from files are written as they are; JSON escapes what
 * needs it. Streams through Jackson's generator, which needs none of data binding's start-up. Stateless.
 */
final class JsonOutput {
  /** The shape of every {@code --json} document; a change that would break a reader raises it. */
  static final int FORMAT = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  /** The fields of a document after {@code format}. */
  interface Fields {
    void write(JsonGenerator json) throws IOException;
  }

  private JsonOutput() {}

  static void print(PrintWriter out, Fields fields) throws IOException {
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator json = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      json.setPrettyPrinter(pretty);
      json.writeStartObject();
      json.writeNumberField("format", FORMAT);
      fields.write(json);
      json.writeEndObject();
    }
    out.println();
    out.flush();
  }

  static void writeStrings(String field, List<String> values, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
