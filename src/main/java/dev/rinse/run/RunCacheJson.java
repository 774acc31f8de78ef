package dev.rinse.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.Failure;
import dev.rinse.changelog.FileStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run cache as JSON, read and written a token at a time: a run over an unchanged corpus does
 * little else, and Jackson's data binding would take a fifth of a second to set up before it reads
 * a byte. Unknown fields are skipped; anything else unexpected is an error, which costs a full run.
 */
final class RunCacheJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RunCacheJson() {}

  static RunCache.Stored read(Path file) throws IOException {
    try (JsonParser json = FACTORY.createParser(Files.readAllBytes(file))) {
      expect(json.nextToken(), JsonToken.START_OBJECT, json);
      String global = null;
      Map<String, String> packs = Map.of();
      Map<String, String> scopes = Map.of();
      Map<String, RunCache.Entry> files = Map.of();
      String rules = null;
      Map<String, String> sources = Map.of();
      List<String> outputs = null;
      String report = null;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "global" -> global = json.getValueAsString();
          case "packs" -> packs = fields(json, new LinkedHashMap<>(), JsonParser::getValueAsString);
          case "scopes" -> scopes = fields(json, new LinkedHashMap<>(), JsonParser::getValueAsString);
          case "files" -> files = fields(json, new LinkedHashMap<>(), RunCacheJson::entry);
          case "rules" -> rules = json.getValueAsString();
          case "sources" -> sources = fields(json, new LinkedHashMap<>(), JsonParser::getValueAsString);
          case "outputs" -> outputs = list(json);
          case "report" -> report = json.getValueAsString();
          default -> json.skipChildren();
        }
      }
      if (global == null) {
        throw new JsonParseException(json, "the cache has no global fingerprint");
      }
      return new RunCache.Stored(global, packs, scopes, files, rules, sources, outputs, report);
    }
  }

  private static RunCache.Entry entry(JsonParser json) throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, json);
    long size = -1;
    long modified = -1;
    String sha256 = null;
    List<String> packs = List.of();
    FileStatus status = null;
    Map<String, Integer> byRule = Map.of();
    Map<String, Integer> byAction = Map.of();
    String warning = null;
    String error = null;
    String failure = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      json.nextToken();
      switch (field) {
        case "size" -> size = json.getLongValue();
        case "modified" -> modified = json.getLongValue();
        case "sha256" -> sha256 = json.getValueAsString();
        case "packs" -> packs = list(json);
        case "status" -> status = status(json);
        case "changesByRule" -> byRule = fields(json, new TreeMap<>(), JsonParser::getIntValue);
        case "changesByAction" -> byAction = fields(json, new TreeMap<>(), JsonParser::getIntValue);
        case "warning" -> warning = json.getValueAsString();
        case "error" -> error = json.getValueAsString();
        case "failure" -> failure = json.getValueAsString();
        default -> json.skipChildren();
      }
    }
    if (size < 0 || status == null) {
      throw new JsonParseException(json, "a file of the cache has no size or status");
    }
    return new RunCache.Entry(size, modified, sha256, packs, status, byRule, byAction, warning, error,
        failure == null ? null : Failure.of(failure));
  }

  private static FileStatus status(JsonParser json) throws IOException {
    for (FileStatus status : FileStatus.values()) {
      if (status.id().equals(json.getValueAsString())) {
        return status;
      }
    }
    throw new JsonParseException(json, "unknown file status " + json.getText());
  }

  /** Reads the value the parser is on. */
  @FunctionalInterface
  private interface Value<T> {
    T read(JsonParser json) throws IOException;
  }

  /** The fields of the object the parser is on, in order, each value read by {@code value}. */
  private static <T> Map<String, T> fields(JsonParser json, Map<String, T> into, Value<T> value) throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, json);
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      into.put(name, value.read(json));
    }
    return into;
  }

  private static List<String> list(JsonParser json) throws IOException {
    expect(json.currentToken(), JsonToken.START_ARRAY, json);
    List<String> list = new ArrayList<>();
    while (json.nextToken() == JsonToken.VALUE_STRING) {
      list.add(json.getText());
    }
    expect(json.currentToken(), JsonToken.END_ARRAY, json);
    return list;
  }

  private static void expect(JsonToken token, JsonToken expected, JsonParser json) throws IOException {
    if (token != expected) {
      throw new JsonParseException(json, "expected " + expected + ", found " + token);
    }
  }

  static byte[] write(RunCache.Stored cache) throws IOException {
    ByteArrayBuilder bytes = new ByteArrayBuilder(256 + 256 * cache.files().size());
    try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeStringField("global", cache.global());
      writeMap("packs", cache.packs(), json);
      writeMap("scopes", cache.scopes(), json);
      json.writeStringField("rules", cache.rules());
      writeMap("sources", cache.sources(), json);
      json.writeStringField("report", cache.report());
      json.writeArrayFieldStart("outputs");
      for (String output : cache.outputs()) {
        json.writeString(output);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("files");
      for (Map.Entry<String, RunCache.Entry> file : cache.files().entrySet()) {
        RunCache.Entry entry = file.getValue();
        json.writeObjectFieldStart(file.getKey());
        json.writeNumberField("size", entry.size());
        json.writeNumberField("modified", entry.modified());
        json.writeStringField("sha256", entry.sha256());
        json.writeArrayFieldStart("packs");
        for (String pack : entry.packs()) {
          json.writeString(pack);
        }
        json.writeEndArray();
        json.writeStringField("status", entry.status().id());
        ChangeLogJson.writeCounts("changesByRule", entry.changesByRule(), json);
        ChangeLogJson.writeCounts("changesByAction", entry.changesByAction(), json);
        json.writeStringField("warning", entry.warning());
        json.writeStringField("error", entry.error());
        json.writeStringField("failure", entry.failure() == null ? null : entry.failure().id());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    return bytes.toByteArray();
  }

  private static void writeMap(String field, Map<String, String> map, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, String> entry : map.entrySet()) {
      json.writeStringField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
  }
}
