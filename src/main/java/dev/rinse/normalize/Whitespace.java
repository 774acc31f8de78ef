package dev.rinse.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Normalizes white space that rendering folds anyway, so output is tidy and deterministic without
 * changing the rendered text: a run of white space between tags becomes one line break (or one space
 * when it had none), adjacent runs become one, line endings become LF. Text inside {@code pre}-like elements is left as written,
 * but for its line endings. Stateless.
 */
public final class Whitespace {
  private static final Set<String> PRESERVING = Set.of("pre", "textarea", "listing", "plaintext", "xmp");

  private Whitespace() {}

  public static void normalize(Element root) {
    List<TextNode> texts = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode text) {
            texts.add(text);
          }
        },
        root);
    for (TextNode text : texts) {
      String whole = text.getWholeText();
      String lf = whole.indexOf('\r') < 0 ? whole : whole.replace("\r\n", "\n").replace('\r', '\n');
      if (!preserved(text) && isFoldable(lf) && lf.length() > 1) {
        lf = lf.indexOf('\n') >= 0 ? "\n" : " ";
      }
      if (!lf.equals(whole)) {
        text.text(lf);
      }
    }
    for (TextNode text : texts) {
      mergeIntoFoldablePredecessor(text);
    }
  }

  /** Removing comments leaves runs of white-space text nodes; keep one per run. */
  private static void mergeIntoFoldablePredecessor(TextNode text) {
    if (text.parent() == null || preserved(text) || !isFoldable(text.getWholeText())) {
      return;
    }
    if (text.previousSibling() instanceof TextNode previous && isFoldable(previous.getWholeText())) {
      boolean newline = previous.getWholeText().contains("\n") || text.getWholeText().contains("\n");
      previous.text(newline ? "\n" : " ");
      text.remove();
    }
  }

  /** Only the white space HTML folds: space, tab, line feed, form feed, carriage return. */
  private static boolean isFoldable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean preserved(Node node) {
    for (Node n = node.parent(); n != null; n = n.parent()) {
      if (n instanceof Element element && PRESERVING.contains(element.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** The final text with LF line endings and exactly one trailing line break. */
  public static String endLines(String text) {
    String lf = text.replace("\r\n", "\n").replace('\r', '\n');
    return lf.strip().isEmpty() ? "" : lf.stripTrailing() + "\n";
  }
}
