package dev.rinse.changelog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes change logs and summaries as UTF-8 JSON. Writing streams field by field: change
 * logs are the bulk of what a run writes ({@link LogLayout}). Reading binds to the records. Thread-safe.
 */
public final class ChangeLogJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Data binding, for reading, takes a third of a second to set up; a clean run never needs it. */
  private static final class Binding {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  // A change's field names, encoded once: a run writes them hundreds of thousands of times.
  private static final SerializableString RULE = new SerializedString("rule");
  private static final SerializableString ACTION = new SerializedString("action");
  private static final SerializableString LINE = new SerializedString("line");
  private static final SerializableString COLUMN = new SerializedString("column");
  private static final SerializableString PATH = new SerializedString("path");
  private static final SerializableString BYTES = new SerializedString("bytes");
  private static final SerializableString REMOVED = new SerializedString("removed");
  private static final SerializableString ELIDED = new SerializedString("elided");
  private static final SerializableString PLACES = new SerializedString("places");
  private static final SerializableString TEXT = new SerializedString("text");
  private static final SerializableString AFTER = new SerializedString("after");

  /**
   * The change-log format this writes. 2: removed text is inlined up to {@link Cited#INLINE} characters
   * where its bytes are cited ({@code bytes}, {@code elided}), empty {@code text} is left out, and the
   * log names the input's {@code encoding}. Logs without a format field are format 1, which inlined
   * everything; they are read alike.
   */
  public static final int FORMAT = 2;

  private ChangeLogJson() {}

  /** A change log, laid out one change per line, ending with a newline. */
  public static byte[] toBytes(FileLog log) {
    ByteArrayBuilder bytes = new ByteArrayBuilder(256 + 256 * log.changes().size());
    try {
      write(log, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize the change log of " + log.source(), e);
    }
    return bytes.toByteArray();
  }

  /** Writes a change log to a stream, which stays open; a large log is never held whole. */
  public static void write(FileLog log, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      LogLayout layout = new LogLayout();
      json.setPrettyPrinter(layout);
      json.writeStartObject();
      json.writeNumberField("format", FORMAT);
      json.writeStringField("source", log.source());
      json.writeStringField("status", log.status().id());
      json.writeArrayFieldStart("changes");
      Chars chars = new Chars();
      Map<String, List<Change.AttributeStrip>> strips = AttributeStrips.byRule(log.changes());
      for (Change change : log.changes()) {
        List<Change.AttributeStrip> group = strips.get(change.rule());
        if (group == null || !(change instanceof Change.AttributeStrip strip) || !AttributeStrips.groups(strip)) {
          write(change, json, chars);
        } else if (group.get(0) == change) {
          write(group, json, layout);
        }
      }
      json.writeEndArray();
      json.writeArrayFieldStart("warnings");
      for (String warning : log.warnings()) {
        json.writeString(warning);
      }
      json.writeEndArray();
      writeIfPresent("error", log.error(), json);
      writeIfPresent("failure", log.failure() == null ? null : log.failure().id(), json);
      writeIfPresent("input", log.input(), json);
      writeIfPresent("encoding", log.encoding(), json);
      if (log.sha256() != null) {
        json.writeObjectFieldStart("sha256");
        writeIfPresent("input", log.sha256().input(), json);
        writeIfPresent("output", log.sha256().output(), json);
        json.writeEndObject();
      }
      if (log.text() != null) {
        json.writeObjectFieldStart("text");
        json.writeNumberField("before", log.text().before());
        json.writeNumberField("removed", log.text().removed());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /** A rule's attribute strips in a file, one place per line: line, column, bytes, name, characters after it. */
  private static void write(List<Change.AttributeStrip> strips, JsonGenerator json, LogLayout layout) throws IOException {
    json.writeStartObject();
    json.writeFieldName(RULE);
    json.writeString(strips.get(0).rule());
    json.writeFieldName(ACTION);
    json.writeString(ChangeKind.STRIP_ATTRIBUTE.id());
    json.writeFieldName(PLACES);
    layout.nextArrayOnLines();
    json.writeStartArray();
    for (Change.AttributeStrip strip : strips) {
      ByteRange bytes = strip.removed().bytes();
      String name = AttributeStrips.name(strip);
      json.writeStartArray();
      json.writeNumber(strip.line());
      json.writeNumber(strip.column());
      json.writeNumber(bytes.start());
      json.writeNumber(bytes.end());
      json.writeString(name);
      json.writeNumber(AttributeStrips.rest(strip));
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void write(Change change, JsonGenerator json, Chars chars) throws IOException {
    json.writeStartObject();
    json.writeFieldName(RULE);
    json.writeString(change.rule());
    json.writeFieldName(ACTION);
    json.writeString(change.action().id());
    json.writeFieldName(LINE);
    json.writeNumber(change.line());
    json.writeFieldName(COLUMN);
    json.writeNumber(change.column());
    json.writeFieldName(PATH);
    chars.write(change.path(), json);
    Cited removed = change.removed().shortened();
    if (removed.bytes() != null) {
      json.writeFieldName(BYTES);
      json.writeStartArray();
      json.writeNumber(removed.bytes().start());
      json.writeNumber(removed.bytes().end());
      json.writeEndArray();
    }
    if (!removed.text().isEmpty()) {
      json.writeFieldName(REMOVED);
      chars.write(removed.text(), json);
    }
    if (removed.elided() > 0) {
      json.writeFieldName(ELIDED);
      json.writeNumber(removed.elided());
    }
    if (!change.text().isEmpty()) {
      json.writeFieldName(TEXT);
      chars.write(change.text(), json);
    }
    if (change.after() != null) {
      json.writeFieldName(AFTER);
      chars.write(change.after(), json);
    }
    json.writeEndObject();
  }

  /**
   * Writes strings through a reused array: Jackson escapes a {@code char[]} in a tighter loop than a
   * String, which matters for removed markup, whose quotes leave its fast path.
   */
  private static final class Chars {
    private char[] buffer = new char[256];

    void write(String text, JsonGenerator json) throws IOException {
      int length = text.length();
      if (length > buffer.length) {
        buffer = new char[Math.max(length, 2 * buffer.length)];
      }
      text.getChars(0, length, buffer, 0);
      json.writeString(buffer, 0, length);
    }
  }

  private static void writeIfPresent(String field, String value, JsonGenerator json) throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }

  /** A run's summary, indented one field per line, ending with a newline. */
  public static byte[] toBytes(RunSummary.Totals totals) {
    ByteArrayBuilder bytes = new ByteArrayBuilder(4096);
    try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("status", totals.status());
      json.writeNumberField("files", totals.files());
      json.writeNumberField("ok", totals.ok());
      json.writeNumberField("warning", totals.warning());
      json.writeNumberField("error", totals.error());
      json.writeNumberField("skipped", totals.skipped());
      json.writeNumberField("leftOut", totals.leftOut());
      json.writeNumberField("changes", totals.changes());
      writeCounts("changesByRule", totals.changesByRule(), json);
      writeCounts("changesByAction", totals.changesByAction(), json);
      writeProblems("failures", totals.failures(), json);
      writeProblems("warnings", totals.warnings(), json);
      writeStrings("skippedFiles", totals.skippedFiles(), json);
      writeStrings("leftOutFiles", totals.leftOutFiles(), json);
      writeStrings("staleOutputs", totals.staleOutputs(), json);
      writeStrings("prunedOutputs", totals.prunedOutputs(), json);
      RunConfig run = totals.run();
      json.writeObjectFieldStart("run");
      writeStrings("inputs", run.inputs(), json);
      writeStrings("rulePacks", run.rulePacks(), json);
      writeStrings("disabledRules", run.disabledRules(), json);
      json.writeNumberField("maxTextLoss", run.maxTextLoss());
      json.writeNumberField("longParagraph", run.longParagraph());
      json.writeNumberField("maxFileSize", run.maxFileSize());
      json.writeStringField("version", run.version());
      json.writeStringField("generator", run.generator());
      json.writeStringField("body", run.body());
      writeStrings("htmlFields", run.htmlFields(), json);
      writeStrings("include", run.include(), json);
      writeStrings("exclude", run.exclude(), json);
      writeStrings("ignoreFiles", run.ignoreFiles(), json);
      writeStrings("filterLists", run.filterLists(), json);
      writeIfPresent("policy", run.policy(), json);
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize the run summary", e);
    }
    return bytes.toByteArray();
  }

  /** Writes counts by name as an object field; the summary's and the run cache's layout. */
  public static void writeCounts(String field, Map<String, Integer> counts, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      json.writeNumberField(count.getKey(), count.getValue());
    }
    json.writeEndObject();
  }

  private static void writeProblems(String field, List<RunSummary.Problem> problems, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (RunSummary.Problem problem : problems) {
      json.writeStartObject();
      json.writeStringField("source", problem.source());
      json.writeStringField("message", problem.message());
      writeIfPresent("failure", problem.failure() == null ? null : problem.failure().id(), json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeStrings(String field, List<String> values, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  public static FileLog readLog(Path file) {
    try {
      return LogReader.read(Binding.MAPPER.readTree(Files.readAllBytes(file)));
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      throw new UncheckedIOException(file + ": cannot read change log: " + e.getMessage(),
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  public static RunSummary.Totals readSummary(Path file) {
    try {
      return Binding.MAPPER.readValue(Files.readAllBytes(file), RunSummary.Totals.class);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read summary: " + e.getMessage(), e);
    }
  }
}
