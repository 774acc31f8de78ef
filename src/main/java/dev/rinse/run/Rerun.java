package dev.rinse.run;

import dev.rinse.api.Rinse;
import dev.rinse.changelog.RunConfig;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleFileException;
import dev.rinse.rules.RuleSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the rules a run used, from the configuration its summary recorded. */
public final class Rerun {
  private Rerun() {}

  /**
   * How a run's rules were built: the built-in ones with its packs and filter lists, less the rules it switched
   * off, with the policy it was given for every file, its text-loss limits, target and size limit.
   */
  public static Rinse.Builder builder(RunConfig config) {
    Rinse.Builder builder = Rinse.builder().disable(config.disabledRules().toArray(String[]::new))
        .textLoss(config.maxTextLoss(), config.longParagraph())
        .generator(config.generator()).body(config.body()).htmlFields(config.htmlFields())
        .maxSize(config.maxFileSize());
    config.rulePacks().forEach(pack -> builder.rules(Path.of(pack)));
    config.filterLists().forEach(list -> builder.filterList(Path.of(list)));
    if (config.policy() != null) {
      builder.policy(config.policy());
    }
    return builder;
  }

  /** The profile a run used. */
  public static Profile profile(RunConfig config) throws RuleFileException {
    return builder(config).read(new RuleSources()).profile();
  }

  /** The rules a run used, built. */
  public static Rinse rinse(RunConfig config) throws RuleFileException {
    return builder(config).build();
  }

  /** The same run with one more rule switched off. */
  public static RunConfig without(RunConfig config, String rule) {
    List<String> disabled = new ArrayList<>(config.disabledRules());
    if (!disabled.contains(rule)) {
      disabled.add(rule);
    }
    return new RunConfig(config.inputs(), config.rulePacks(), disabled, config.maxTextLoss(),
        config.longParagraph(), config.maxFileSize(), config.version(), config.generator(), config.body(),
        config.htmlFields(), config.include(), config.exclude(), config.ignoreFiles(), config.filterLists(),
        config.policy());
  }
}
