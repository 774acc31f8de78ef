package dev.rinse.changelog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes change logs and summaries as indented UTF-8 JSON. Thread-safe. */
public final class ChangeLogJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ChangeLogJson() {}

  public static byte[] toBytes(Object value) {
    try {
      byte[] json = MAPPER.writeValueAsBytes(value);
      byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
      withNewline[json.length] = '\n';
      return withNewline;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  public static FileLog readLog(Path file) {
    try {
      return MAPPER.readValue(Files.readAllBytes(file), FileLog.class);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read change log: " + e.getMessage(), e);
    }
  }

  public static RunSummary.Totals readSummary(Path file) {
    try {
      return MAPPER.readValue(Files.readAllBytes(file), RunSummary.Totals.class);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read summary: " + e.getMessage(), e);
    }
  }
}
