package dev.rinse.cli;

import dev.rinse.changelog.FileLog;
import dev.rinse.report.InputText;
import dev.rinse.report.ReportWriter;
import dev.rinse.run.OutputFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rinse report OUTDIR [--file REL]}: writes the report of a clean run again from its change logs,
 * or the page of one file, which a run writes only for the files to look at first.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes OUTDIR/rinse-report.html again from the change logs and inputs.",
        "With --file, writes the page of one file into the report and prints its path."})
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "OUTDIR", description = "The output folder of a clean run.")
  private Path folder;

  @Option(names = "--file", paramLabel = "REL",
      description = "The file whose page to write, by its path in the run (as the report's lists show it).")
  private String file;

  @Override
  public Integer call() throws IOException {
    OutputFolder output = OutputFolder.open(folder);
    if (file == null) {
      output.rebuildReport();
      spec.commandLine().getOut().println("report written to " + Printable.of(output.root().resolve(ReportWriter.INDEX)));
      return Main.OK;
    }
    FileLog log = output.log(file).orElseThrow(() -> new IllegalArgumentException(
        file + ": no change log of that name in " + folder + "; the report's file lists name every logged file"));
    InputText input = output.reportInput(log);
    if (input.problem() != null) {
      spec.commandLine().getErr().println("rinse: warning: " + Printable.of(file) + ": " + Printable.of(input.problem()));
    }
    Path page = ReportWriter.writeFilePage(output.root(), log, input);
    spec.commandLine().getOut().println(Printable.of(page));
    return Main.OK;
  }
}
