package dev.rinse.policy;

import java.util.List;
import java.util.Map;

/**
 * The allow-list the final policy stage enforces, as read from a policy file: everything not
 * named here is dropped (and reported). Immutable.
 *
 * @param elements body elements kept
 * @param attributes attribute name to the elements it is kept on; {@code "*"} means on every element
 * @param protocols URL schemes kept in URL attributes; relative URLs are always kept
 * @param metaNames {@code <meta name>} values kept in a page's head
 * @param metaProperties {@code <meta property>} values kept in a page's head
 * @param linkRels {@code <link rel>} values kept in a page's head
 * @param keepEmpty elements kept when a rule's removal leaves them empty (see {@code normalize.empty})
 */
public record PolicySpec(List<String> elements, Map<String, List<String>> attributes,
    List<String> protocols, List<String> metaNames, List<String> metaProperties, List<String> linkRels,
    List<String> keepEmpty) {
  /** What a policy keeps when emptied unless it says otherwise: table cells, rows and row groups. */
  public static final List<String> DEFAULT_KEEP_EMPTY =
      dev.rinse.normalize.KeepEmpty.DEFAULT.elements().stream().sorted().toList();

  public PolicySpec {
    keepEmpty = List.copyOf(keepEmpty);
    elements = List.copyOf(elements);
    attributes = Map.copyOf(attributes);
    protocols = List.copyOf(protocols);
    metaNames = List.copyOf(metaNames);
    metaProperties = List.copyOf(metaProperties);
    linkRels = List.copyOf(linkRels);
  }
}
