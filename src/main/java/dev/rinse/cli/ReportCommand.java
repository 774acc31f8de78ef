package dev.rinse.cli;

import dev.rinse.cleaning.OutputFolder;
import dev.rinse.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rinse report OUTDIR}: writes the report of a clean run again from its change logs. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes OUTDIR/rinse-report.html again from the change logs, cleaned files and inputs.")
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "OUTDIR", description = "The output folder of a clean run.")
  private Path folder;

  @Override
  public Integer call() throws IOException {
    OutputFolder output = OutputFolder.open(folder);
    output.rebuildReport();
    spec.commandLine().getOut().println("report written to " + Printable.of(output.root().resolve(ReportWriter.INDEX)));
    return Main.OK;
  }
}
