package dev.rinse.normalize;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Folds white space between tags as the sanitized events go to the renderer, so the output is tidy and
 * the same on every run without changing the rendered text: each run of white space that stands
 * alone between tags becomes one line break (or one space when it had none), even when the tags that
 * separated the runs were dropped. Text inside {@code pre}-like elements keeps its spaces. Line
 * endings become LF everywhere. Not thread-safe: one instance per document.
 */
public final class WhitespaceFolding implements HtmlStreamEventReceiver {
  private static final Set<String> PRESERVING = Set.of("pre", "textarea", "listing", "plaintext", "xmp");

  private final HtmlStreamEventReceiver next;
  private int preserving;
  private boolean pending;
  private boolean pendingNewline;

  public WhitespaceFolding(HtmlStreamEventReceiver next) {
    this.next = next;
  }

  @Override
  public void openDocument() {
    next.openDocument();
  }

  @Override
  public void closeDocument() {
    flush();
    next.closeDocument();
  }

  @Override
  public void openTag(String elementName, List<String> attrs) {
    flush();
    if (PRESERVING.contains(elementName)) {
      preserving++;
    }
    next.openTag(elementName, attrs);
  }

  @Override
  public void closeTag(String elementName) {
    flush();
    if (PRESERVING.contains(elementName) && preserving > 0) {
      preserving--;
    }
    next.closeTag(elementName);
  }

  @Override
  public void text(String text) {
    String lf = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    if (preserving == 0 && isFoldable(lf)) {
      pending = true;
      pendingNewline |= lf.indexOf('\n') >= 0;
      return;
    }
    flush();
    next.text(lf);
  }

  private void flush() {
    if (pending) {
      next.text(pendingNewline ? "\n" : " ");
      pending = false;
      pendingNewline = false;
    }
  }

  /** Only the white space HTML folds: space, tab, line feed, form feed, carriage return. */
  static boolean isFoldable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
