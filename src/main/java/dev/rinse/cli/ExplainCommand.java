package dev.rinse.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeLogJson;
import dev.rinse.changelog.Cited;
import dev.rinse.changelog.FileLog;
import dev.rinse.cleaning.DocumentCleaner;
import dev.rinse.rules.RuleFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rinse explain FILE}: which rules fire on one file, and each change they make. Writes nothing. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Shows which rules fire on FILE and every change, with line:column and what goes. Writes nothing.")
final class ExplainCommand implements Callable<Integer> {
  private static final int SNIPPET = 100;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The file to explain.")
  private Path file;

  @Mixin
  private RuleOptions ruleOptions;

  @Mixin
  private TargetOptions targetOptions;

  @Mixin
  private TimeoutOption timeoutOption;

  @Mixin
  private JsonOption jsonOption;

  @Mixin
  private ColorOption colorOption;

  @Override
  public Integer call() throws IOException, RuleFileException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ruleOptions.notes = spec.commandLine().getErr()::println;
    DocumentCleaner.Result cleaned = InputReader.clean(file, ruleOptions, targetOptions, timeoutOption.fileTimeout);
    Map<String, Integer> byRule = new TreeMap<>();
    cleaned.log().changes().forEach(c -> byRule.merge(c.rule(), 1, Integer::sum));
    if (jsonOption.json) {
      JsonOutput.print(out, json -> write(cleaned.log(), byRule, json));
    }
    if (cleaned.log().error() != null) {
      err.println(Diagnostics.fileError(file.toString(), cleaned.log().error(), cleaned.log().failure()));
      return Main.SOME_FAILED;
    }
    if (jsonOption.json) {
      return Main.OK;
    }
    CommandLine.Help.Ansi ansi = colorOption.ansi();
    out.println(ansi.string("@|bold " + escape(Printable.of(file)) + "|@: " + counted(cleaned.log().changes().size(), "change")
        + " by " + counted(byRule.size(), "rule") + ", status " + cleaned.log().status().id()));
    byRule.forEach((rule, count) -> out.println(ansi.string("  @|cyan " + escape(rule) + "|@ " + count)));
    for (Change change : cleaned.log().changes()) {
      // a change that removed nothing (a field set, say) is named by where it acted
      String removed = snippet(change.removed().text());
      if (removed.isEmpty() && change.path() != null) {
        removed = change.path();
      }
      out.println(ansi.string(String.format("%s:%d:%d: @|cyan %s|@ %s", escape(Printable.of(file)),
          change.line(), change.column(), escape(change.rule()), change.action().id())
          + (removed.isEmpty() ? "" : " @|red " + escape(Printable.of(removed)) + "|@")
          + (change.after() == null ? "" : " -> " + escape(Printable.of(snippet(change.after()))))));
    }
    cleaned.log().warnings().forEach(w -> out.println(ansi.string("@|yellow warning:|@ " + escape(Printable.of(w)))));
    return Main.OK;
  }

  /** The change log's fields, the whole removed text of each change, and the count of changes by rule. */
  private void write(FileLog log, Map<String, Integer> byRule, JsonGenerator json) throws IOException {
    json.writeStringField("file", file.toString());
    json.writeStringField("status", log.status().id());
    if (log.error() != null) {
      json.writeStringField("error", log.error());
    }
    json.writeArrayFieldStart("changes");
    for (Change change : log.changes()) {
      json.writeStartObject();
      json.writeStringField("rule", change.rule());
      json.writeStringField("action", change.action().id());
      json.writeNumberField("line", change.line());
      json.writeNumberField("column", change.column());
      json.writeStringField("path", change.path());
      Cited removed = change.removed();
      if (removed.bytes() != null) {
        json.writeArrayFieldStart("bytes");
        json.writeNumber(removed.bytes().start());
        json.writeNumber(removed.bytes().end());
        json.writeEndArray();
      }
      json.writeStringField("removed", removed.text());
      if (removed.elided() > 0) {
        json.writeNumberField("elided", removed.elided());
      }
      json.writeStringField("text", change.text());
      if (change.after() != null) {
        json.writeStringField("after", change.after());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    ChangeLogJson.writeCounts("byRule", byRule, json);
    JsonOutput.writeStrings("warnings", log.warnings(), json);
    if (log.text() != null) {
      json.writeObjectFieldStart("text");
      json.writeNumberField("before", log.text().before());
      json.writeNumberField("removed", log.text().removed());
      json.writeEndObject();
    }
  }

  /** {@code 1 change}, {@code 3 changes}. */
  private static String counted(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String snippet(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= SNIPPET ? line : line.substring(0, SNIPPET - 1) + "…";
  }

  /** Picocli markup reads '@|'; text from files must not be taken for it. */
  private static String escape(String text) {
    return text.replace("@|", "@ |");
  }
}
