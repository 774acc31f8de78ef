package dev.rinse.normalize;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The elements {@link EmptyLeftovers} keeps when a removal leaves them empty; a policy's
 * {@code keep-empty} list is read into one. They still count as empty, so they go with a container
 * that a removal left empty as a whole. Immutable.
 *
 * @param elements element names, lower case
 */
public record KeepEmpty(Set<String> elements) {
  /**
   * Table rows, cells and row groups: removing one would shift the columns or rows after it (spans
   * included); a table left with nothing in any cell goes whole. List items, paragraphs and the rest go.
   */
  public static final KeepEmpty DEFAULT = new KeepEmpty(Set.of("td", "th", "tr", "thead", "tbody", "tfoot"));

  public KeepEmpty {
    Objects.requireNonNull(elements, "elements");
    for (String name : elements) {
      if (name == null || name.isBlank() || !name.equals(name.strip().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("keep-empty takes lower-case element names, not '" + name + "'");
      }
    }
    elements = Set.copyOf(elements);
  }

  public boolean keeps(String elementName) {
    return elements.contains(elementName);
  }
}
