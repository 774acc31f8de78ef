package dev.rinse.changelog;

import java.io.Serializable;
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
 * @param include the globs of the files read in input folders (none: every file)
 * @param exclude the globs of the files and folders left out of input folders
 * @param ignoreFiles the names of the ignore files read in input folders: {@code .rinseignore}, or none
 *     (the former when not recorded)
 * @param filterLists the {@code --filter-list} paths, absolute
 * @param policy the policy given for every file: a built-in one's name or a policy file's absolute path;
 *     null when none was, and each file got its packs' or the profile's
 */
public record RunConfig(List<String> inputs, List<String> rulePacks, List<String> disabledRules,
    double maxTextLoss, int longParagraph, long maxFileSize, String version, String generator, String body,
    List<String> htmlFields, List<String> include, List<String> exclude, List<String> ignoreFiles,
    List<String> filterLists, String policy) implements Serializable {
  private static final List<String> DEFAULT_HTML_FIELDS = List.of("title", "description", "excerpt", "summary");
  private static final List<String> DEFAULT_IGNORE_FILES = List.of(".rinseignore");

  public RunConfig {
    inputs = List.copyOf(inputs);
    rulePacks = List.copyOf(rulePacks);
    disabledRules = List.copyOf(disabledRules);
    generator = generator == null ? "hexo" : generator;
    body = body == null ? "auto" : body;
    htmlFields = htmlFields == null ? DEFAULT_HTML_FIELDS : List.copyOf(htmlFields);
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    ignoreFiles = ignoreFiles == null ? DEFAULT_IGNORE_FILES : List.copyOf(ignoreFiles);
    filterLists = filterLists == null ? List.of() : List.copyOf(filterLists);
  }

  /** A run over every file its input folders hold but what {@code .rinseignore} files leave out. */
  public RunConfig(List<String> inputs, List<String> rulePacks, List<String> disabledRules, double maxTextLoss,
      int longParagraph, long maxFileSize, String version, String generator, String body, List<String> htmlFields) {
    this(inputs, rulePacks, disabledRules, maxTextLoss, longParagraph, maxFileSize, version, generator, body,
        htmlFields, null, null, null, null, null);
  }

  /** The same run reading only the files the globs and, if {@code ignoreFiles}, the {@code .rinseignore} files select. */
  public RunConfig selecting(List<String> include, List<String> exclude, boolean ignoreFiles) {
    return new RunConfig(inputs, rulePacks, disabledRules, maxTextLoss, longParagraph, maxFileSize, version, generator,
        body, htmlFields, include, exclude, ignoreFiles ? DEFAULT_IGNORE_FILES : List.of(), filterLists, policy);
  }

  /** The same run with the filter lists at these absolute paths. */
  public RunConfig withFilterLists(List<String> lists) {
    return new RunConfig(inputs, rulePacks, disabledRules, maxTextLoss, longParagraph, maxFileSize, version, generator,
        body, htmlFields, include, exclude, ignoreFiles, lists, policy);
  }

  /** The same run with this policy for every file: a built-in name or an absolute path; null for none. */
  public RunConfig withPolicy(String given) {
    return new RunConfig(inputs, rulePacks, disabledRules, maxTextLoss, longParagraph, maxFileSize, version, generator,
        body, htmlFields, include, exclude, ignoreFiles, filterLists, given);
  }

  /** A run for the default target: Hexo, bodies read per file, the default fields. */
  public RunConfig(List<String> inputs, List<String> rulePacks, List<String> disabledRules, double maxTextLoss,
      int longParagraph, long maxFileSize, String version) {
    this(inputs, rulePacks, disabledRules, maxTextLoss, longParagraph, maxFileSize, version, null, null, null);
  }
}
