package dev.rinse.cli;

import dev.rinse.changelog.Change;
import dev.rinse.cleaning.Cleaned;
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
  private ColorOption colorOption;

  @Override
  public Integer call() throws IOException, RuleFileException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Cleaned cleaned = InputReader.clean(file, ruleOptions, targetOptions, timeoutOption.fileTimeout).cleaned();
    CommandLine.Help.Ansi ansi = colorOption.ansi();
    if (cleaned.log().error() != null) {
      err.println(Diagnostics.fileError(file.toString(), cleaned.log().error()));
      return Main.SOME_FAILED;
    }
    Map<String, Integer> byRule = new TreeMap<>();
    cleaned.log().changes().forEach(c -> byRule.merge(c.rule(), 1, Integer::sum));
    out.println(ansi.string("@|bold " + escape(Printable.of(file)) + "|@: " + cleaned.log().changes().size()
        + " changes by " + byRule.size() + " rules, status " + cleaned.log().status().id()));
    byRule.forEach((rule, count) -> out.println(ansi.string("  @|cyan " + escape(rule) + "|@ " + count)));
    for (Change change : cleaned.log().changes()) {
      out.println(ansi.string(String.format("%s:%d:%d: @|cyan %s|@ %s @|red %s|@", escape(Printable.of(file)),
          change.line(), change.column(), escape(change.rule()), change.action().id(),
          escape(snippet(change.removed().text())))
          + (change.after() == null ? "" : " -> " + escape(snippet(change.after())))));
    }
    cleaned.log().warnings().forEach(w -> out.println(ansi.string("@|yellow warning:|@ " + escape(Printable.of(w)))));
    return Main.OK;
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
