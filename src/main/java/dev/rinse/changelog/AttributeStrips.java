package dev.rinse.changelog;

import dev.rinse.article.Where;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a change log writes attribute strips: a page can lose tens of thousands of attributes (a policy
 * drops every {@code class}), and a record each, with its path, would make the log larger than the page.
 * A rule's strips whose bytes are cited are written as one record listing each place: line, column,
 * byte range, the attribute's name and how many characters follow the name; the bytes hold the rest.
 */
final class AttributeStrips {
  private AttributeStrips() {}

  /** The strips a log writes grouped, by rule, in the order they were made. */
  static Map<String, List<Change.AttributeStrip>> byRule(List<Change> changes) {
    Map<String, List<Change.AttributeStrip>> byRule = new LinkedHashMap<>();
    for (Change change : changes) {
      if (change instanceof Change.AttributeStrip strip && groups(strip)) {
        byRule.computeIfAbsent(strip.rule(), rule -> new ArrayList<>()).add(strip);
      }
    }
    return byRule;
  }

  /** Whether a strip is written in its rule's group: its bytes are cited, and it starts with its name. */
  static boolean groups(Change.AttributeStrip strip) {
    return strip.removed().bytes() != null && !name(strip).isEmpty();
  }

  /** How many characters of a strip's attribute follow its name. */
  static int rest(Change.AttributeStrip strip) {
    return strip.removed().length() - name(strip).length();
  }

  /**
   * The changes as a log read back holds them: in the order written (a rule's grouped strips where its
   * first one was), each strip of a group by its place, every other removed text shortened where cited.
   */
  static List<Change> asWritten(List<Change> changes) {
    Map<String, List<Change.AttributeStrip>> groups = byRule(changes);
    List<Change> written = new ArrayList<>(changes.size());
    for (Change change : changes) {
      List<Change.AttributeStrip> group = groups.get(change.rule());
      if (group == null || !(change instanceof Change.AttributeStrip strip) || !groups(strip)) {
        written.add(change.citing(change.removed().shortened()));
      } else if (group.get(0) == change) {
        for (Change.AttributeStrip member : group) {
          written.add(read(member.rule(), member.line(), member.column(), member.removed().bytes(), name(member), rest(member)));
        }
      }
    }
    return written;
  }

  /** The attribute's name as written: what its removed text holds before {@code =}. */
  static String name(Change.AttributeStrip strip) {
    String text = strip.removed().text();
    int end = 0;
    while (end < text.length() && text.charAt(end) != '=' && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end);
  }

  /** A strip read back from its group's place: its text is the name, the rest is in the cited bytes. */
  static Change.AttributeStrip read(String rule, int line, int column, ByteRange bytes, String name, int rest) {
    return new Change.AttributeStrip(rule, new Where(line, column), "", new Cited(name, rest, bytes));
  }
}
