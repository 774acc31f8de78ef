package dev.rinse.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Elements;

/** The elements a matcher with an optional {@code select} limit works on. */
final class Scoped {
  private Scoped() {}

  /** The roots whose text a text matcher reads: the selected elements, or the body. */
  static Elements textRoots(Optional<Matcher.Css> within, Document document) {
    return within.map(css -> css.in(document.body())).orElseGet(() -> new Elements(document.body()));
  }

  /** The nodes of one kind under {@code root}, in document order, collected before any is changed. */
  static <T extends Node> List<T> collect(Element root, Class<T> kind) {
    List<T> found = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (kind.isInstance(node)) {
            found.add(kind.cast(node));
          }
        },
        root);
    return found;
  }
}
