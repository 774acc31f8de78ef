package dev.rinse.cleaning;

import dev.rinse.article.BodyMode;
import dev.rinse.article.Generator;
import dev.rinse.article.Target;
import dev.rinse.changelog.RunConfig;
import dev.rinse.rules.Profile;
import dev.rinse.rules.RuleFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the cleaner a run used, from the configuration its summary recorded. */
public final class Rerun {
  private Rerun() {}

  public static Profile profile(List<String> rulePacks, List<String> disabledRules) throws RuleFileException {
    return Profile.builtIn().withPacks(rulePacks.stream().map(Path::of).toList()).without(disabledRules);
  }

  public static Cleaner cleaner(RunConfig config) throws RuleFileException {
    return new Cleaner(profile(config.rulePacks(), config.disabledRules()),
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
        config.htmlFields(), config.include(), config.exclude(), config.ignoreFiles());
  }
}
