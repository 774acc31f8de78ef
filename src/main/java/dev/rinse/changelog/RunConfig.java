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
 * @param generator the generator the output was written for ({@code hexo} in runs that did not record one)
 * @param body how post bodies were read ({@code auto} when not recorded)
 * @param htmlFields the front-matter fields cleaned as HTML printed by themes (the default when not recorded)
 */
public record RunConfig(List<String> inputs, List<String> rulePacks, List<String> disabledRules,
    double maxTextLoss, int longParagraph, long maxFileSize, String version, String generator, String body,
    List<String> htmlFields) {
  private static final List<String> DEFAULT_HTML_FIELDS = List.of("title", "description", "excerpt", "summary");

  public RunConfig {
    inputs = List.copyOf(inputs);
    rulePacks = List.copyOf(rulePacks);
    disabledRules = List.copyOf(disabledRules);
    generator = generator == null ? "hexo" : generator;
    body = body == null ? "auto" : body;
    htmlFields = htmlFields == null ? DEFAULT_HTML_FIELDS : List.copyOf(htmlFields);
  }

  /** A run for the default target: Hexo, bodies read per file, the default fields. */
  public RunConfig(List<String> inputs, List<String> rulePacks, List<String> disabledRules, double maxTextLoss,
      int longParagraph, long maxFileSize, String version) {
    this(inputs, rulePacks, disabledRules, maxTextLoss, longParagraph, maxFileSize, version, null, null, null);
  }
}
