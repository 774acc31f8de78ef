package dev.rinse.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import dev.rinse.cleaning.DocumentCleaner;
import dev.rinse.rules.RuleFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rinse diff FILE}: a unified diff of a file against its cleaned form. Writes nothing. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Prints a unified diff of FILE against what cleaning makes of it. Writes nothing.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:cleaning changes nothing", "1:cleaning changes the file", "2:bad usage or invalid rules"})
final class DiffCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The file to compare.")
  private Path file;

  @Option(names = {"-U", "--context"}, paramLabel = "N", defaultValue = "3", description = "Lines of context (default: ${DEFAULT-VALUE}).")
  private int context;

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
    if (cleaned.output() == null) {
      err.println(Diagnostics.fileError(file.toString(), cleaned.log().error(), cleaned.log().failure()));
      return Main.USAGE;
    }
    List<String> before = cleaned.source().lines().toList();
    List<String> after = cleaned.output().lines().toList();
    Patch<String> patch = DiffUtils.diff(before, after);
    String name = jsonOption.json ? file.toString() : Printable.of(file); // JSON escapes what a terminal must not see
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(name, name + " (cleaned)", before, patch, context);
    int status = patch.getDeltas().isEmpty() ? Main.OK : Main.SOME_FAILED;
    if (jsonOption.json) {
      JsonOutput.print(out, json -> write(patch, diff, json));
      return status;
    }
    CommandLine.Help.Ansi ansi = colorOption.ansi();
    for (String line : diff) {
      String safe = line.replace("@|", "@ |");
      if (!ansi.enabled() || line.startsWith("---") || line.startsWith("+++")) {
        out.println(line);
      } else if (line.startsWith("-")) {
        out.println(ansi.string("@|red " + safe + "|@"));
      } else if (line.startsWith("+")) {
        out.println(ansi.string("@|green " + safe + "|@"));
      } else if (line.startsWith("@@")) {
        out.println(ansi.string("@|cyan " + safe.replace("|@", "| @") + "|@"));
      } else {
        out.println(line);
      }
    }
    return status;
  }

  /** Whether cleaning changes the file, the unified diff as text, and each changed run of lines, numbered from 1. */
  private void write(Patch<String> patch, List<String> diff, JsonGenerator json) throws IOException {
    json.writeStringField("file", file.toString());
    json.writeBooleanField("changed", !patch.getDeltas().isEmpty());
    json.writeStringField("diff", diff.isEmpty() ? "" : String.join("\n", diff) + "\n");
    json.writeArrayFieldStart("deltas");
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      json.writeStartObject();
      json.writeStringField("type", delta.getType().name().toLowerCase(java.util.Locale.ROOT));
      write("before", delta.getSource(), json);
      write("after", delta.getTarget(), json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void write(String field, Chunk<String> chunk, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeNumberField("line", chunk.getPosition() + 1);
    JsonOutput.writeStrings("lines", chunk.getLines(), json);
    json.writeEndObject();
  }
}
