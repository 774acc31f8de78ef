package dev.rinse.changelog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The layout of a change log: the top-level fields one per line, and one line per change and per
 * warning, so that {@code grep} and {@code diff} show whole changes. Everything deeper is written on
 * its line. Holds the nesting depth: one instance per generator.
 */
final class LogLayout implements PrettyPrinter {
  private int depth;

  @Override
  public void writeRootValueSeparator(JsonGenerator json) {}

  @Override
  public void writeStartObject(JsonGenerator json) throws IOException {
    json.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator json) throws IOException {
    if (depth == 1) {
      json.writeRaw("\n  ");
    }
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
    json.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
    json.writeRaw(depth == 1 ? ",\n  " : ", ");
  }

  @Override
  public void writeEndObject(JsonGenerator json, int entries) throws IOException {
    depth--;
    if (depth == 0 && entries > 0) {
      json.writeRaw('\n');
    }
    json.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator json) throws IOException {
    json.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator json) throws IOException {
    if (depth == 2) {
      json.writeRaw("\n    ");
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
    json.writeRaw(depth == 2 ? ",\n    " : ", ");
  }

  @Override
  public void writeEndArray(JsonGenerator json, int values) throws IOException {
    depth--;
    if (depth == 1 && values > 0) {
      json.writeRaw("\n  ");
    }
    json.writeRaw(']');
  }
}
