package dev.rinse.cli;

import dev.rinse.cleaning.OutputFolder;
import dev.rinse.cleaning.Verifier;
import dev.rinse.rules.RuleFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Override
  public Integer call() throws RuleFileException {
    PrintWriter out = spec.commandLine().getOut();
    Verifier.Result result = new Verifier().verify(OutputFolder.open(folder));
    List<Verifier.Finding> findings = result.findings();
    findings.forEach(f -> out.println(Printable.of(f.source()) + ": " + f.kind() + ": " + Printable.of(f.message())));
    long files = findings.stream().map(Verifier.Finding::source).distinct().count();
    out.printf("%,d files checked: %s%n", result.files(),
        findings.isEmpty() ? "all hold" : findings.size() + " problems in " + files + " files");
    return findings.isEmpty() ? Main.OK : Main.SOME_FAILED;
  }
}
