package dev.rinse.cli;

import dev.rinse.audit.Restorer;
import dev.rinse.rules.RuleFileException;
import dev.rinse.run.OutputFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rinse restore OUTDIR --rule ID}: takes one rule's changes back in a cleaned folder. */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Takes back every change one rule made in a clean run's output folder.",
        "The files, logs, summary and report become what cleaning with that rule off gives. The inputs "
            + "must be unchanged."})
final class RestoreCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "OUTDIR", description = "The output folder of a clean run.")
  private Path folder;

  @Option(names = "--rule", required = true, paramLabel = "ID", description = "The rule whose changes to take back.")
  private String rule;

  @Override
  public Integer call() throws IOException, RuleFileException {
    Restorer.Result result = new Restorer().restore(OutputFolder.open(folder), rule);
    spec.commandLine().getOut().printf("restored %,d changes of %s in %,d files; %s now runs with it off%n",
        result.changes(), Printable.of(rule), result.files(), Printable.of(folder));
    return result.summary().totals().error() > 0 ? Main.SOME_FAILED : Main.OK;
  }
}
