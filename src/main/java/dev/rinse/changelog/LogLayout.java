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
  /** The depth of an array written one value per line below a change, 0 when none is open. */
  private int linesAt;
  private boolean nextOnLines;

  /** Has the next array start each of its values on a line of its own, indented under its change. */
  void nextArrayOnLines() {
    nextOnLines = true;
  }

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
    if (nextOnLines) {
      linesAt = depth;
      nextOnLines = false;
    }
  }

  @Override
  public void beforeArrayValues(JsonGenerator json) throws IOException {
    if (depth == 2) {
      json.writeRaw("\n    ");
    } else if (depth == linesAt) {
      json.writeRaw("\n      ");
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
    json.writeRaw(depth == 2 ? ",\n    " : depth == linesAt ? ",\n      " : ", ");
  }

  @Override
  public void writeEndArray(JsonGenerator json, int values) throws IOException {
    if (depth == linesAt) {
      linesAt = 0;
      if (values > 0) {
        json.writeRaw("\n    ");
      }
    }
    depth--;
    if (depth == 1 && values > 0) {
      json.writeRaw("\n  ");
    }
    json.writeRaw(']');
  }
}
