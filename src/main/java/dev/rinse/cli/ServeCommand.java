package dev.rinse.cli;

import dev.rinse.report.ReportServer;
import dev.rinse.run.OutputFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rinse serve OUTDIR [--port N]}: serves the report on 127.0.0.1, every file's page made on demand. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the report of OUTDIR on 127.0.0.1 until stopped (Ctrl-C) and prints its address.",
        "Pages the run did not write are made when opened, from the change logs and the inputs. Read-only."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "OUTDIR", description = "The output folder of a clean run.")
  private Path folder;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "The port to listen on (default: any free one).")
  private int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be 0 (any free one) to 65535, not " + port);
    }
    OutputFolder output = OutputFolder.open(folder);
    ReportServer server;
    try {
      server = ReportServer.start(output.root(), port, output::filePage);
    } catch (java.net.BindException e) {
      throw new IllegalArgumentException("port " + port + " is in use; leave out --port for a free one");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "rinse-serve-stop"));
    spec.commandLine().getOut().println(server.uri());
    spec.commandLine().getOut().flush();
    stopped.await();
    return Main.OK;
  }
}
