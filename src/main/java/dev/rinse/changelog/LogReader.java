package dev.rinse.changelog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rinse.article.Where;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link FileLog} from a change log's JSON, of format 1 or 2; each change as the record of its kind. */
final class LogReader {
  private LogReader() {}

  static FileLog read(JsonNode log) {
    int format = log.path("format").asInt(1);
    if (format > ChangeLogJson.FORMAT) {
      throw new IllegalArgumentException("change-log format " + format + " is newer than this rinse reads ("
          + ChangeLogJson.FORMAT + ")");
    }
    List<Change> changes = new ArrayList<>();
    for (JsonNode change : log.path("changes")) {
      if (change.has("places")) {
        String rule = required(change, "rule").asText();
        for (JsonNode place : change.get("places")) {
          changes.add(AttributeStrips.read(rule, place.path(0).asInt(), place.path(1).asInt(),
              new ByteRange(place.path(2).asLong(), place.path(3).asLong()), place.path(4).asText(), place.path(5).asInt()));
        }
      } else {
        changes.add(change(change));
      }
    }
    List<String> warnings = new ArrayList<>();
    log.path("warnings").forEach(warning -> warnings.add(warning.asText()));
    JsonNode hashes = log.get("sha256");
    JsonNode text = log.get("text");
    return new FileLog(required(log, "source").asText(), status(required(log, "status").asText()), changes, warnings,
        string(log, "error"), failure(log), string(log, "input"), string(log, "encoding"),
        hashes == null ? null : new FileLog.Hashes(string(hashes, "input"), string(hashes, "output")),
        text == null ? null : new FileLog.TextStats(text.path("before").asInt(), text.path("removed").asInt()));
  }

  private static Change change(JsonNode change) {
    String action = required(change, "action").asText();
    ChangeKind kind = Arrays.stream(ChangeKind.values()).filter(k -> k.id().equals(action)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown action '" + action + "'"));
    JsonNode bytes = change.get("bytes");
    ByteRange range = bytes == null ? null : new ByteRange(bytes.path(0).asLong(), bytes.path(1).asLong());
    Cited removed = new Cited(change.path("removed").asText(""), change.path("elided").asInt(0), range);
    Where at = new Where(change.path("line").asInt(0), change.path("column").asInt(0));
    return Change.of(required(change, "rule").asText(), kind, at, change.path("path").asText(""), removed,
        change.path("text").asText(""), string(change, "after"));
  }

  private static FileStatus status(String id) {
    return Arrays.stream(FileStatus.values()).filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown status '" + id + "'"));
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("no '" + field + "' field");
    }
    return value;
  }

  private static Failure failure(JsonNode log) {
    String id = string(log, "failure");
    return id == null ? null : Failure.of(id);
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
