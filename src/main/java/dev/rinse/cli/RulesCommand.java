package dev.rinse.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rinse.api.Rinse;
import dev.rinse.audit.RuleImpact;
import dev.rinse.rules.DidYouMean;
import dev.rinse.rules.Pack;
import dev.rinse.rules.Rule;
import dev.rinse.rules.RuleFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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

/** {@code rinse rules ...}: looks at the rules themselves. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Looks at rules.",
    subcommands = {RulesCommand.Impact.class, RulesCommand.ListRules.class})
final class RulesCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: impact or list");
  }

  /** {@code rinse rules impact --rule ID INPUT...}: a rule's reach over a corpus, without writing. */
  @Command(name = "impact", mixinStandardHelpOptions = true,
      description = "Shows how many files and places one rule touches over INPUT, with samples. Writes nothing.")
  static final class Impact implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--rule", required = true, paramLabel = "ID", description = "The rule to measure.")
    private String rule;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "5", description = "Samples to show (default: ${DEFAULT-VALUE}).")
    private int samples;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders.")
    private List<Path> inputs;

    @Mixin
    private RuleOptions ruleOptions;

    @Mixin
    private TargetOptions targetOptions;

    @Mixin
    private JsonOption jsonOption;

    @Mixin
    private SelectionOptions selectionOptions;

    @Override
    public Integer call() throws IOException, RuleFileException {
      PrintWriter out = spec.commandLine().getOut();
      for (Path input : inputs) {
        if (!Files.exists(input)) {
          throw new IllegalArgumentException(input + ": no such file or folder");
        }
      }
      ruleOptions.notes = spec.commandLine().getErr()::println;
      Rinse rinse = ruleOptions.rinse(ruleOptions.builder().target(targetOptions.target()));
      List<String> ids = rinse.profile().rules().allRules().stream().map(r -> r.id().value()).toList();
      if (!ids.contains(rule)) {
        throw new IllegalArgumentException("no rule has the id '" + rule + "'" + DidYouMean.hint(rule, ids));
      }
      RuleImpact.Result result = new RuleImpact(rinse).measure(rule, inputs, selectionOptions.selection(), samples,
          problem -> spec.commandLine().getErr().println(
              Diagnostics.fileWarning(problem.file().toString(), problem.line(), problem.message())));
      if (jsonOption.json) {
        JsonOutput.print(out, json -> write(result, json));
        return Main.OK;
      }
      out.printf("%s touches %,d of %,d files, %,d places, %,d characters of text%n", rule,
          result.filesTouched(), result.files(), result.changes(), result.textRemoved());
      for (RuleImpact.Sample sample : result.samples()) {
        String removed = sample.removed().replaceAll("\\s+", " ");
        out.printf("  %s:%d:%d: %s%n", Printable.of(sample.source()), sample.line(), sample.column(),
            removed.length() > 120 ? removed.substring(0, 119) + "…" : removed);
      }
      return Main.OK;
    }

    /** The figures the text prints, and each sample with the whole of what it removed. */
    private static void write(RuleImpact.Result result, JsonGenerator json) throws IOException {
      json.writeStringField("rule", result.rule());
      json.writeNumberField("files", result.files());
      json.writeNumberField("filesTouched", result.filesTouched());
      json.writeNumberField("changes", result.changes());
      json.writeNumberField("textRemoved", result.textRemoved());
      json.writeArrayFieldStart("samples");
      for (RuleImpact.Sample sample : result.samples()) {
        json.writeStartObject();
        json.writeStringField("source", sample.source());
        json.writeNumberField("line", sample.line());
        json.writeNumberField("column", sample.column());
        json.writeStringField("removed", sample.removed());
        json.writeStringField("text", sample.text());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
  }

  /** {@code rinse rules list}: the rules a run would use, in order, with their pack and why. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the rules in the order they run.")
  static final class ListRules implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions;

    @Mixin
    private JsonOption jsonOption;

    @Override
    public Integer call() throws RuleFileException, IOException {
      ruleOptions.notes = spec.commandLine().getErr()::println;
      List<Pack> packs = ruleOptions.profile().rules().packs();
      if (jsonOption.json) {
        JsonOutput.print(spec.commandLine().getOut(), json -> write(packs, json));
        return Main.OK;
      }
      // the pack says where a rule comes from: a built-in pack, or the file --rules named
      for (var pack : packs) {
        pack.rules().forEach(rule -> spec.commandLine().getOut()
            .printf("%-34s %-20s %-17s %s%n", rule.id(), pack.name(), rule.action().kind().id(), rule.why()));
      }
      return Main.OK;
    }

    /** Each rule in the order rules run, counted from 1, with its pack, its action and why it is there. */
    private static void write(List<Pack> packs, JsonGenerator json) throws IOException {
      json.writeArrayFieldStart("rules");
      int order = 0;
      for (Pack pack : packs) {
        for (Rule rule : pack.rules()) {
          json.writeStartObject();
          json.writeStringField("id", rule.name());
          json.writeStringField("pack", pack.name());
          json.writeNumberField("order", ++order);
          json.writeStringField("action", rule.action().kind().id());
          json.writeStringField("why", rule.why());
          json.writeBooleanField("expectLoss", rule.expectLoss());
          json.writeStringField("origin", rule.origin());
          json.writeEndObject();
        }
      }
      json.writeEndArray();
    }
  }
}
