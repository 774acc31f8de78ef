package dev.rinse.cli;

import dev.rinse.rules.RuleFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rinse} command line. A thin shell over the library: it parses options, runs a command
 * and turns the outcome into an exit status.
 *
 * <p>Exit status: 0 every file cleaned; 1 some files failed (the others are written); 2 bad usage or
 * invalid rules (nothing written); 130 a clean interrupted by Ctrl-C (the files done are written).
 */
@Command(
    name = "rinse",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Cleans scraped articles for republishing and records every removal.")
public final class Main implements Runnable {
  /**
   * The commands by name, in the order help lists them. Named here rather than read from their annotations,
   * which would parse every command's annotations (and load their subcommands) for a run of one.
   */
  static final Map<String, Class<?>> COMMANDS = commands("clean", CleanCommand.class, "explain", ExplainCommand.class,
      "diff", DiffCommand.class, "verify", VerifyCommand.class, "restore", RestoreCommand.class, "report",
      ReportCommand.class, "serve", ServeCommand.class, "rules", RulesCommand.class, "policy", PolicyCommand.class, "config", ConfigCommand.class, "help", HelpCommand.class,
      "generate-completion", AutoComplete.GenerateCompletion.class);
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;
  /** As a shell reports a process ended by SIGINT (128 + 2). */
  static final int INTERRUPTED = 130;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    String names = System.getProperty("sun.jnu.encoding", "UTF-8");
    if (!names.equalsIgnoreCase("UTF-8")) {
      // Java reads file names in the locale's encoding; in a C or POSIX locale non-ASCII names break.
      err.println("rinse: warning: file names are read as " + names + ", not UTF-8; non-ASCII file names "
          + "may fail. Run with LC_ALL=C.UTF-8 (or another UTF-8 locale).");
    }
    System.exit(run(args, StandardStreams.SYSTEM, out, err));
  }

  /** Runs one command line with the given streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, StandardStreams.SYSTEM, out, err);
  }

  /**
   * Runs one command line with the given standard input and output, which {@code clean -} reads and writes
   * as bytes; messages are written as UTF-8 to {@code out} and to {@code err}.
   */
  public static int run(String[] args, InputStream in, OutputStream out, PrintWriter err) {
    return run(args, new StandardStreams(in, out),
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true), err);
  }

  private static int run(String[] args, StandardStreams streams, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main(), factory(streams));
    // picocli reads every registered command's annotations up front, a tenth of a second for all of
    // them; a run of one command needs only that one (help and errors list them all).
    // help and the completion script describe every command
    if (args.length > 0 && args[0].equals("clean")) {
      try {
        List<String> configured = Configured.of(List.of(args).subList(1, args.length), Path.of("")).arguments();
        args = Stream.concat(Stream.of("clean"), configured.stream()).toArray(String[]::new);
      } catch (RuleFileException | IllegalArgumentException e) {
        err.println(Diagnostics.usage(e.getMessage()));
        return USAGE;
      } catch (IOException e) {
        err.println(Diagnostics.usage(Diagnostics.describe(e)));
        return USAGE;
      }
    }
    boolean all = args.length == 0 || args[0].equals("help") || args[0].equals("generate-completion");
    Class<?> named = all ? null : COMMANDS.get(args[0]);
    if (named != null) {
      commandLine.addSubcommand(named);
    } else {
      COMMANDS.values().forEach(commandLine::addSubcommand);
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    // help is coloured as explain and diff are: on terminals, and not when NO_COLOR is set to something
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Colors.ansi(Colors.When.AUTO)));
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      err.println(Diagnostics.usage(Mistyped.explain(e, arguments)));
      err.println("Try 'rinse " + (e.getCommandLine().getCommandName().equals("rinse") ? ""
          : e.getCommandLine().getCommandName() + " ") + "--help'.");
      return USAGE;
    });
    // Bad rules, unknown rule ids, a folder that is not a run's: one line and exit 2, from every command.
    commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
      if (e instanceof RuleFileException || e instanceof IllegalArgumentException || e instanceof IllegalStateException
          || e instanceof java.io.UncheckedIOException) { // an unreadable change log or summary names itself
        err.println(Diagnostics.usage(e.getMessage()));
        return USAGE;
      }
      if (e instanceof java.io.IOException io) { // an output folder that cannot be made, say: the path and why
        err.println(Diagnostics.usage(Diagnostics.describe(io)));
        return USAGE;
      }
      throw e;
    });
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** Makes the commands, handing {@code clean} the standard streams as bytes. */
  private static CommandLine.IFactory factory(StandardStreams streams) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == CleanCommand.class ? type.cast(new CleanCommand(streams)) : defaults.create(type);
      }
    };
  }

  private static Map<String, Class<?>> commands(Object... namesAndClasses) {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    for (int i = 0; i < namesAndClasses.length; i += 2) {
      commands.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
    }
    return commands;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed, e.g. 'clean'");
  }
}
