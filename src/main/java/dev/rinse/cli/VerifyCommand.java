package dev.rinse.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rinse.audit.Verifier;
import dev.rinse.rules.RuleFileException;
import dev.rinse.run.OutputFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rinse verify OUTDIR}: checks a cleaned folder against its sources and change logs. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Checks a clean run's output folder, file by file.",
        "The recorded hashes match the input and the cleaned file, the change log accounts for all removed "
            + "text, and the cleaned file is what the run's rules produce today (else it is stale)."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:everything holds", "1:something does not hold (listed)", "2:bad usage"})
final class VerifyCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "OUTDIR", description = "The output folder of a clean run.")
  private Path folder;

  @Mixin
  private JsonOption jsonOption;

  @Override
  public Integer call() throws RuleFileException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    Verifier.Result result = new Verifier().verify(OutputFolder.open(folder));
    List<Verifier.Finding> findings = result.findings();
    if (jsonOption.json) {
      JsonOutput.print(out, json -> write(result, json));
      return findings.isEmpty() ? Main.OK : Main.SOME_FAILED;
    }
    findings.forEach(f -> out.println(Printable.of(f.source()) + ": " + f.kind() + ": " + Printable.of(f.message())));
    long files = findings.stream().map(Verifier.Finding::source).distinct().count();
    out.printf("%,d files checked: %s%n", result.files(),
        findings.isEmpty() ? "all hold" : findings.size() + " problems in " + files + " files");
    return findings.isEmpty() ? Main.OK : Main.SOME_FAILED;
  }

  /** Every problem with the file it is about, then each logged file, whether all holds for it, and its problems' kinds. */
  private void write(Verifier.Result result, JsonGenerator json) throws IOException {
    json.writeStringField("outdir", folder.toString());
    json.writeBooleanField("ok", result.findings().isEmpty());
    json.writeNumberField("files", result.files());
    json.writeArrayFieldStart("problems");
    for (Verifier.Finding finding : result.findings()) {
      json.writeStartObject();
      json.writeStringField("source", finding.source());
      json.writeStringField("kind", finding.kind());
      json.writeStringField("message", finding.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    Map<String, List<String>> kinds = result.findings().stream().collect(Collectors.groupingBy(Verifier.Finding::source,
        Collectors.mapping(Verifier.Finding::kind, Collectors.toList())));
    json.writeArrayFieldStart("results");
    for (String source : result.sources()) {
      List<String> problems = kinds.getOrDefault(source, List.of());
      json.writeStartObject();
      json.writeStringField("source", source);
      json.writeBooleanField("ok", problems.isEmpty());
      JsonOutput.writeStrings("problems", problems, json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
