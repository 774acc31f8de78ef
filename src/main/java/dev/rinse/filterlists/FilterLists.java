package dev.rinse.filterlists;

import dev.rinse.rules.Pack;
import dev.rinse.rules.RuleFileException;
import dev.rinse.rules.RuleSources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads filter lists as rule packs: each list a pack named after its file, each filter a rule whose id names
 * the list and the filter's line ({@code easylistchina.l1234}). The format is told from the content: a JSON
 * object with {@code providers} is ClearURLs rules, anything else Adblock syntax.
 */
public final class FilterLists {
  private FilterLists() {}

  /** The packs of some lists, and what reading them left out, to be said once per run. */
  public record Loaded(List<Pack> packs, List<ListReport> reports) {}

  /**
   * Reads each list, recording its bytes in {@code sources} so that an unchanged list need not be read again.
   *
   * @throws RuleFileException for a list that cannot be read at all, or two lists of one name
   */
  public static Loaded read(List<Path> files, RuleSources sources) throws RuleFileException {
    List<Pack> packs = new ArrayList<>();
    List<ListReport> reports = new ArrayList<>();
    for (Path file : files) {
      String text;
      try {
        text = sources.file(file);
      } catch (IOException e) {
        throw new RuleFileException(file.toString(), 1, 1, "cannot read filter list: " + e.getMessage());
      }
      ListPack pack = of(file.toString(), text);
      for (Pack earlier : packs) {
        if (earlier.name().equals(pack.pack().name())) {
          throw new RuleFileException(file.toString(), 1, 1, "filter list pack '" + earlier.name() + "' is also read from "
              + earlier.file() + ": rename one of the files");
        }
      }
      packs.add(pack.pack());
      reports.add(pack.report());
    }
    return new Loaded(List.copyOf(packs), List.copyOf(reports));
  }

  /**
   * Reads one list from its text.
   *
   * @param file the list's file name or path, which names its pack and is cited by its rules
   * @throws RuleFileException for a list that cannot be read at all
   */
  public static ListPack of(String file, String text) throws RuleFileException {
    String name = packName(Path.of(file));
    return isClearUrls(text) ? ClearUrlsPack.of(name, file, text) : AdblockPack.of(name, file, text);
  }

  /** A list's pack name: its file name without the last extension, lower-cased, other characters as '-'. */
  static String packName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    String cleaned = stem.replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    return cleaned.isEmpty() ? "list" : cleaned;
  }

  private static boolean isClearUrls(String text) {
    String start = text.stripLeading();
    return start.startsWith("{") && text.contains("\"providers\"");
  }
}
