package dev.rinse.cli;

import dev.rinse.rules.Pack;
import dev.rinse.rules.PolicyLoader;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleFileException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rinse policy ...}: looks at the sanitizer policies. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Looks at sanitizer policies.",
    subcommands = {PolicyCommand.Show.class})
final class PolicyCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: show");
  }

  /**
   * {@code rinse policy show [--policy FILE|NAME] [--rules PATH]...}: the policies a run would use,
   * each written out in full, as a policy file that extends nothing.
   */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Prints the policy a run would use, everything it allows written out; then the policy of "
          + "each rule pack that names one for its scope, unless --policy is given.")
  static final class Show implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions;

    @Override
    public Integer call() throws RuleFileException {
      PrintWriter out = spec.commandLine().getOut();
      Profile profile = ruleOptions.profile();
      print(out, "# policy " + profile.policy().name() + (profile.policyGiven() ? ", for every file" : ", the default"),
          PolicyLoader.written(profile.policy()));
      if (!profile.policyGiven()) {
        for (Pack pack : profile.rules().packs()) {
          if (pack.policy().isPresent()) {
            out.println("---");
            print(out, "# policy " + pack.policy().get().name() + ", for the files in the scope of pack " + pack.name()
                + " (" + pack.file() + ")", PolicyLoader.written(pack.policy().get()));
          }
        }
      }
      return Main.OK;
    }

    private static void print(PrintWriter out, String heading, String policy) {
      out.println(heading);
      out.print(policy);
      out.flush();
    }
  }
}
