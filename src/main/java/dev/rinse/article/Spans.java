package dev.rinse.article;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Where a CommonMark node stands in the text it was parsed from. The parser places inline content of a
 * table cell as if each escaped pipe ({@code \|}) were one character; such places are moved back to
 * where they are written. Stateless.
 */
public final class Spans {
  private Spans() {}

  /** A node's spans as {@code [start, end)} offsets of {@code text}, one per line. */
  public static List<int[]> of(Node node, String text) {
    List<int[]> spans = new ArrayList<>();
    TableCell cell = cellOf(node);
    String cellSource = null;
    int cellStart = 0;
    if (cell != null && !cell.getSourceSpans().isEmpty()) {
      SourceSpan span = cell.getSourceSpans().get(0);
      cellStart = span.getInputIndex();
      cellSource = text.substring(cellStart, Math.min(text.length(), cellStart + span.getLength()));
      if (cellSource.indexOf("\\|") < 0) {
        cellSource = null;
      }
    }
    for (SourceSpan span : node.getSourceSpans()) {
      int start = span.getInputIndex();
      int end = start + span.getLength();
      if (cellSource != null) {
        start = cellStart + written(cellSource, start - cellStart);
        end = cellStart + written(cellSource, end - cellStart);
      }
      spans.add(new int[] {start, Math.min(end, text.length())});
    }
    return spans;
  }

  /** The first and last offsets a node covers, {@code [start, end)}; null when it has no place. */
  public static int[] range(Node node, String text) {
    List<int[]> spans = of(node, text);
    return spans.isEmpty() ? null : new int[] {spans.get(0)[0], spans.get(spans.size() - 1)[1]};
  }

  /** The offset in a cell as written for an offset in it with each escaped pipe counted as one character. */
  private static int written(String cell, int unescaped) {
    int at = 0;
    int counted = 0;
    while (counted < unescaped && at < cell.length()) {
      at += cell.startsWith("\\|", at) ? 2 : 1;
      counted++;
    }
    return at;
  }

  private static TableCell cellOf(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof TableCell cell) {
        return cell;
      }
    }
    return null;
  }
}
