package dev.rinse.changelog;

import java.util.List;

/**
 * How a run was made, kept in its summary so that a later command can clean the same way again:
 * verify compares with it, restore repeats it with one more rule off.
 *
 * @param inputs the input files and folders, absolute
 * @param rulePacks the {@code --rules} paths, absolute
 * @param disabledRules the rules switched off
 * @param maxTextLoss the text-loss guard's share
 * @param longParagraph the text-loss guard's paragraph length
 * @param maxFileSize the size in bytes above which files were refused
 * @param version the rinse version that made the run
 */
public record RunConfig(List<String> inputs, List<String> rulePacks, List<String> disabledRules,
    double maxTextLoss, int longParagraph, long maxFileSize, String version) {
  public RunConfig {
    inputs = List.copyOf(inputs);
    rulePacks = List.copyOf(rulePacks);
    disabledRules = List.copyOf(disabledRules);
  }
}
