package dev.rinse.run;

import dev.rinse.api.Rinse;
import dev.rinse.article.BodyMode;
import dev.rinse.article.Generator;
import dev.rinse.article.Target;
import dev.rinse.changelog.RunConfig;
import dev.rinse.cleaning.Cleaner;
import dev.rinse.cleaning.TextLossGuard;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleFileException;
import dev.rinse.rules.RuleSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the cleaner a run used, from the configuration its summary recorded. */
public final class Rerun {
  private Rerun() {}

  /**
   * The profile a run used: the built-in one with its packs and filter lists, less the rules it switched
   * off, with the policy it was given for every file.
   */
  public static Profile profile(RunConfig config) throws RuleFileException {
    Rinse.Builder builder = Rinse.builder().disable(config.disabledRules().toArray(String[]::new));
    config.rulePacks().forEach(pack -> builder.rules(Path.of(pack)));
    config.filterLists().forEach(list -> builder.filterList(Path.of(list)));
    if (config.policy() != null) {
      builder.policy(config.policy());
    }
    return builder.read(new RuleSources()).profile();
  }

  public static Cleaner cleaner(RunConfig config) throws RuleFileException {
    return new Cleaner(profile(config),
        new TextLossGuard(config.maxTextLoss(), config.longParagraph()), target(config));
  }

  /** The target a run wrote for. */
  public static Target target(RunConfig config) {
    return new Target(Generator.of(config.generator()), BodyMode.of(config.body()), config.htmlFields());
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
