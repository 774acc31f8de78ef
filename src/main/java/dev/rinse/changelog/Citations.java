package dev.rinse.changelog;

import dev.rinse.article.LineStarts;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the bytes each change removed in the input file, so that a change log can point at them rather
 * than copy them. A change's text is cited only where the input holds exactly that text at the change's
 * line and column (a URL, at its attribute), and only when the decoded text encodes back to the very
 * bytes of the file: an input whose invalid bytes were replaced cannot be cited, and its log keeps every
 * removed text whole. Not thread-safe: one instance belongs to one file.
 */
public final class Citations {
  /** How far past its attribute's name a URL's value is looked for. */
  private static final int URL_REACH = 4096;

  private final String text;
  private final Charset charset;
  /** The bytes before the text's first character: a byte-order mark, or none. */
  private final int lead;
  /** The length of the text encoded whole, which its parts must add up to. */
  private final long encodedLength;
  private int[] lineStarts;

  private Citations(String text, Charset charset, int lead, long encodedLength) {
    this.text = text;
    this.charset = charset;
    this.lead = lead;
    this.encodedLength = encodedLength;
  }

  /**
   * The citations of a file read as {@code bytes} and decoded to {@code text} with {@code charset}; none
   * when the text does not encode back to the bytes after a byte-order mark.
   */
  public static Citations of(String text, Charset charset, byte[] bytes) {
    // a UTF-16 or UTF-32 encoder writes a byte-order mark at each start, so parts would not add up
    String name = charset.name();
    byte[] encoded = name.equals("UTF-16") || name.equals("UTF-32") ? null : encode(text, charset);
    int lead = bytes.length - (encoded == null ? 0 : encoded.length);
    boolean same = encoded != null && lead >= 0 && lead <= 4
        && Arrays.equals(bytes, lead, bytes.length, encoded, 0, encoded.length);
    return new Citations(same ? text : null, charset, lead, same ? encoded.length : 0);
  }

  /**
   * The citations of a file decoded without loss: UTF-8 read strictly encodes back to its bytes, so they
   * need not be compared (a file's worth of encoding); anything else is checked as {@link #of} does.
   */
  public static Citations of(String text, Charset charset, boolean exact, byte[] bytes) {
    if (!exact || !charset.equals(StandardCharsets.UTF_8)) {
      return of(text, charset, bytes);
    }
    boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    int lead = bom ? 3 : 0;
    return new Citations(text, charset, lead, bytes.length - lead);
  }

  /** The citations of a text that is the UTF-8 file it was read from, as in-memory cleaning has it. */
  public static Citations utf8(String text) {
    return new Citations(text, StandardCharsets.UTF_8, 0, -1);
  }

  /**
   * No citations: each change keeps its removed text whole, for a document with no file to point back
   * into (standard input).
   */
  public static Citations none(Charset charset) {
    return new Citations(null, charset, 0, 0);
  }

  /** The charset the input was read with, which the cited bytes decode with. */
  public Charset charset() {
    return charset;
  }

  /** The changes, each citing the bytes of its removed text where the input holds them. */
  public List<Change> cite(List<Change> changes) {
    if (text == null || changes.isEmpty()) {
      return changes;
    }
    List<Change> cited = new ArrayList<>(changes);
    List<int[]> found = new ArrayList<>(); // {change index, first char, end char}
    for (int i = 0; i < changes.size(); i++) {
      int start = locate(changes.get(i));
      if (start >= 0) {
        found.add(new int[] {i, start, start + changes.get(i).removed().text().length()});
      }
    }
    found.sort(Comparator.comparingInt(f -> f[1]));
    ByteCursor cursor = new ByteCursor();
    for (int[] f : found) {
      long start = cursor.bytesTo(f[1]);
      long end = start + cursor.length(f[1], f[2]);
      Change change = changes.get(f[0]);
      cited.set(f[0], change.citing(change.removed().at(new ByteRange(lead + start, lead + end))));
    }
    // A stateful encoding (ISO-2022-JP) writes escapes where a part starts or ends inside a run, so its
    // parts need not add up to the whole: then no offset can be trusted, and nothing is cited.
    if (encodedLength >= 0 && !found.isEmpty() && cursor.bytesTo(text.length()) != encodedLength) {
      return changes;
    }
    return cited;
  }

  /** Where a change's removed text starts in the input, in characters; -1 when it is not there as such. */
  private int locate(Change change) {
    String removed = change.removed().text();
    if (removed.isEmpty() || change.line() < 1 || change.column() < 1) {
      return -1;
    }
    int offset = offset(change.line(), change.column());
    if (offset < 0) {
      return -1;
    }
    if (text.startsWith(removed, offset)) {
      return offset;
    }
    if (change.action() == ChangeKind.STRIP_URL_PARAMS) { // cited at its attribute's name: the value follows
      int tagEnd = text.indexOf('>', offset);
      int limit = Math.min(tagEnd < 0 ? text.length() : tagEnd, offset + URL_REACH);
      int at = text.indexOf(removed, offset);
      return at >= 0 && at + removed.length() <= limit ? at : -1; // within its own tag, not a later one's
    }
    return -1;
  }

  private int offset(int line, int column) {
    if (lineStarts == null) {
      lineStarts = LineStarts.of(text);
    }
    if (line > lineStarts.length) {
      return -1;
    }
    long offset = (long) lineStarts[line - 1] + column - 1;
    return offset <= text.length() ? (int) offset : -1;
  }

  private static byte[] encode(String text, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      ByteBuffer buffer = charset.newEncoder().encode(CharBuffer.wrap(text));
      return Arrays.copyOfRange(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.arrayOffset() + buffer.limit());
    } catch (CharacterCodingException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** Counts encoded bytes forward through the text; asked for offsets in increasing order. */
  private final class ByteCursor {
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.equals(charset) ? null : charset.newEncoder();
    private int chars;
    private long bytes;

    long bytesTo(int offset) {
      bytes += length(chars, offset);
      chars = offset;
      return bytes;
    }

    long length(int from, int to) {
      if (encoder == null) {
        return utf8Length(from, to);
      }
      try {
        encoder.reset();
        return encoder.encode(CharBuffer.wrap(text, from, to)).remaining();
      } catch (CharacterCodingException e) {
        throw new IllegalStateException("text that encoded whole does not encode in part", e);
      }
    }

    private long utf8Length(int from, int to) {
      long length = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          length++;
        } else if (c < 0x800) {
          length += 2;
        } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
          length += 4;
          i++;
        } else {
          length += 3;
        }
      }
      return length;
    }
  }
}
