package dev.rinse.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text: a byte order mark first, then a charset the file declares (labels
 * mapped as browsers map them), then UTF-8, then a statistical detector (juniversalchardet) for
 * undeclared legacy encodings, and windows-1252 as the last resort. Invalid bytes become
 * U+FFFD and are counted; every guess and replacement is a warning. A legacy label on a file that
 * is valid UTF-8 (with non-ASCII text) loses to UTF-8, with a warning. Stateless and thread-safe.
 */
public final class Decoder {
  private static final int PRESCAN = 1024;
  private static final int DETECT = 1 << 16;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  /** The WHATWG Encoding Standard's mapping of the labels seen in scraped pages. */
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("utf-8", "UTF-8"), Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"),
      Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
      Map.entry("chinese", "GB18030"), Map.entry("gb18030", "GB18030"),
      Map.entry("big5", "Big5-HKSCS"), Map.entry("big5-hkscs", "Big5-HKSCS"),
      Map.entry("shift_jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
      Map.entry("windows-31j", "windows-31j"), Map.entry("euc-jp", "EUC-JP"),
      Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
      Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
      Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
      Map.entry("windows-1252", "windows-1252"), Map.entry("cp1252", "windows-1252"),
      Map.entry("windows-1251", "windows-1251"), Map.entry("koi8-r", "KOI8-R"),
      Map.entry("shift-jis", "windows-31j"), Map.entry("x-euc-tw", "x-EUC-TW"), Map.entry("euc-tw", "x-EUC-TW"),
      Map.entry("hz-gb-2312", "GB18030"), Map.entry("iso-2022-jp", "ISO-2022-JP"), Map.entry("iso-2022-kr", "ISO-2022-KR"),
      Map.entry("windows-1250", "windows-1250"), Map.entry("windows-1253", "windows-1253"),
      Map.entry("windows-1255", "windows-1255"), Map.entry("iso-8859-5", "ISO-8859-5"),
      Map.entry("iso-8859-7", "ISO-8859-7"), Map.entry("iso-8859-8", "ISO-8859-8"), Map.entry("ibm866", "IBM866"),
      Map.entry("x-mac-cyrillic", "x-MacCyrillic"), Map.entry("tis-620", "TIS-620"),
      Map.entry("iso-8859-2", "ISO-8859-2"), Map.entry("iso-8859-15", "ISO-8859-15"),
      // A page that says UTF-16 in a meta tag is not UTF-16 (the tag could not be read otherwise).
      Map.entry("utf-16", "UTF-8"), Map.entry("utf-16le", "UTF-8"), Map.entry("utf-16be", "UTF-8"));

  public Decoded decode(byte[] bytes) {
    Decoded decoded = decodeText(bytes);
    if (decoded.charset().equals(StandardCharsets.UTF_8) && !holdsControlsAsUtf8(bytes)) {
      return decoded; // the common case, told from the bytes faster than from the text
    }
    return withoutControls(decoded);
  }

  /** Bytes that may start what {@link #withoutControls} removes: C0 but for tab, LF, FF and CR; DEL; C2; EF. */
  private static final boolean[] SUSPECT = new boolean[256];

  static {
    for (int b = 0; b < 0x20; b++) {
      SUSPECT[b] = b != '\t' && b != '\n' && b != '\f' && b != '\r';
    }
    SUSPECT[0x7F] = true;
    SUSPECT[0xC2] = true; // C1 controls are C2 80..C2 9F
    SUSPECT[0xEF] = true; // U+FFFE and U+FFFF are EF BF BE and EF BF BF
  }

  /** Whether UTF-8 bytes encode a character {@link #withoutControls} removes: C0, DEL, C1, U+FFFE/F. */
  private static boolean holdsControlsAsUtf8(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (!SUSPECT[b]) {
        continue; // one table look-up per byte: this loop reads every byte of the corpus
      }
      if (b < 0x80
          || b == 0xC2 && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) >= 0x80 && (bytes[i + 1] & 0xFF) <= 0x9F
          || b == 0xEF && i + 2 < bytes.length && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) >= 0xBE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes NUL, the other C0 and C1 control characters but tab, line feed, form feed and carriage
   * return, and the non-characters U+FFFE and U+FFFF: no browser shows them, and they must not reach
   * the output. Counted in a warning.
   */
  private static Decoded withoutControls(Decoded decoded) {
    String text = decoded.text();
    // Read in blocks: bulk copies and a plain array scan, where charAt would check bounds per character.
    char[] block = new char[8192];
    StringBuilder clean = null;
    int removed = 0;
    for (int from = 0; from < text.length(); from += block.length) {
      int length = Math.min(block.length, text.length() - from);
      text.getChars(from, from + length, block, 0);
      int kept = 0; // where the block's current run of kept characters starts
      for (int i = 0; i < length; i++) {
        char c = block[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r')
            || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
          if (clean == null) {
            clean = new StringBuilder(text.length()).append(text, 0, from);
          }
          clean.append(block, kept, i - kept);
          kept = i + 1;
          removed++;
        }
      }
      if (clean != null) {
        clean.append(block, kept, length - kept);
      }
    }
    if (clean == null) {
      return decoded;
    }
    List<String> warnings = new ArrayList<>(decoded.warnings());
    warnings.add(removed + " NUL or other control character(s) removed");
    return new Decoded(clean.toString(), decoded.charset(), warnings, false);
  }

  private Decoded decodeText(byte[] bytes) {
    List<String> warnings = new ArrayList<>();
    Charset bomCharset = bomCharset(bytes);
    if (bomCharset != null) {
      int bomLength = bomLength(bomCharset);
      return decode(bytes, bomLength, bomCharset, warnings);
    }
    String declared = declaredLabel(bytes);
    String utf8 = strictUtf8(bytes);
    if (declared != null) {
      String name = LABELS.get(declared.toLowerCase(Locale.ROOT));
      boolean known = name != null && Charset.isSupported(name);
      if (known && name.equals("UTF-8") && utf8 != null) {
        return new Decoded(utf8, StandardCharsets.UTF_8, warnings, true);
      }
      if (known && (name.equals("UTF-8") || utf8 == null || isAscii(bytes))) {
        return decode(bytes, 0, Charset.forName(name), warnings);
      }
      // Valid UTF-8 with non-ASCII text is practically never a legacy encoding: the label is stale,
      // as in pages re-saved as UTF-8 without updating their meta tag.
      warnings.add(known
          ? "declares charset '" + declared + "' but is valid UTF-8; read as UTF-8"
          : "declared charset '" + declared + "' is not known; read as UTF-8");
    }
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, warnings, true);
    }
    Charset detected = detect(bytes);
    if (detected != null) {
      warnings.add("not valid UTF-8 and no charset declared; detected " + detected.name());
      return decode(bytes, 0, detected, warnings);
    }
    warnings.add("not valid UTF-8, no charset declared, none detected; read as windows-1252");
    return decode(bytes, 0, Charset.forName("windows-1252"), warnings);
  }

  private static Decoded decode(byte[] bytes, int offset, Charset charset, List<String> warnings) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
    int replaced = 0;
    while (true) {
      CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
      if (result.isError()) {
        in.position(in.position() + result.length());
        out.put('\uFFFD');
        replaced++;
      } else if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      } else {
        throw new IllegalStateException("decoder overflow"); // capacity covers maxCharsPerByte
      }
    }
    if (replaced > 0) {
      warnings.add(replaced + " invalid byte sequence(s) for " + charset.name() + " replaced by U+FFFD");
    }
    out.flip();
    return new Decoded(out.toString(), charset, warnings, replaced == 0);
  }

  /**
   * Why the bytes are not text, or null when they are: a file whose start is more than a tenth
   * control bytes (outside UTF-16) is binary, whatever its name says.
   */
  public static String notText(byte[] bytes) {
    if (bomCharset(bytes) != null) {
      return null;
    }
    int sample = Math.min(bytes.length, 8192);
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x09 || (b > 0x0D && b < 0x20)) {
        controls++;
      }
    }
    return controls * 10 > sample
        ? String.format(Locale.ROOT, "not text: %d%% of the first %d bytes are control bytes", controls * 100 / sample, sample)
        : null;
  }

  /** The legacy encoding a statistical detector finds, mapped as browsers map its label; or null. */
  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, DETECT));
    detector.dataEnd();
    String label = detector.getDetectedCharset();
    if (label == null) {
      return null;
    }
    String name = LABELS.getOrDefault(label.toLowerCase(Locale.ROOT), label);
    return Charset.isSupported(name) && !name.startsWith("UTF") ? Charset.forName(name) : null;
  }

  private static Charset bomCharset(byte[] bytes) {
    try (BOMInputStream in = BOMInputStream.builder()
        .setInputStream(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, 4)))
        .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
        .get()) {
      ByteOrderMark bom = in.getBOM();
      return bom == null ? null : Charset.forName(bom.getCharsetName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int bomLength(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static String declaredLabel(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? meta.group(1) : null;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** The text when the bytes are valid UTF-8, else null. */
  private static String strictUtf8(byte[] bytes) {
    String lenient = new String(bytes, StandardCharsets.UTF_8); // the JDK's fast path
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient; // nothing was replaced, so every byte was valid
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }
}
