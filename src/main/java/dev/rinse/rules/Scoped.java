package dev.rinse.rules;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** The elements a matcher with an optional {@code select} limit works on. */
final class Scoped {
  private Scoped() {}

  static Elements elements(Optional<Matcher.Css> within, Document document) {
    return within.map(css -> css.in(document)).orElseGet(document::getAllElements);
  }

  /** The roots whose text a text matcher reads: the selected elements, or the body. */
  static Elements textRoots(Optional<Matcher.Css> within, Document document) {
    return within.map(css -> css.in(document.body())).orElseGet(() -> new Elements(document.body()));
  }

  static boolean attached(Element element) {
    return element.ownerDocument() != null;
  }
}
