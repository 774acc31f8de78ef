package dev.rinse.filterlists;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Takes parameters off a URL's query and fragment as written: the rest of the URL keeps its spelling, its
 * encoding and the order of its parameters. Also the two percent-decodings the ClearURLs add-on uses.
 */
final class UrlParts {
  private UrlParts() {}

  /** A URL with parameters taken off, and their names as written, query first, in URL order. */
  record Removed(String url, List<String> names) {}

  /**
   * Takes off the query parameters whose name, decoded as {@code URLSearchParams} decodes it, {@code
   * queryName} accepts, and the fragment parameters ({@code #a=1&b=2}) whose name as written {@code
   * fragmentName} accepts. Where a part loses a parameter, its empty pieces ({@code &&}) go too, and a part
   * left empty loses its {@code ?} or {@code #}.
   */
  static Optional<Removed> remove(String url, Predicate<String> queryName, Predicate<String> fragmentName) {
    int hash = url.indexOf('#');
    String beforeHash = hash < 0 ? url : url.substring(0, hash);
    int question = beforeHash.indexOf('?');
    List<String> names = new ArrayList<>();
    StringBuilder out = new StringBuilder(url.length());
    if (question < 0) {
      out.append(beforeHash);
    } else {
      out.append(beforeHash, 0, question);
      part('?', beforeHash.substring(question + 1), name -> queryName.test(formDecode(name)), names, out);
    }
    if (hash >= 0) {
      part('#', url.substring(hash + 1), fragmentName, names, out);
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(new Removed(out.toString(), names));
  }

  private static void part(char mark, String part, Predicate<String> remove, List<String> names,
      StringBuilder out) {
    List<String> kept = new ArrayList<>();
    int removedBefore = names.size();
    for (String piece : part.split("&", -1)) {
      int equals = piece.indexOf('=');
      String name = equals < 0 ? piece : piece.substring(0, equals);
      if (!name.isEmpty() && remove.test(name)) {
        names.add(name);
      } else if (!piece.isEmpty()) {
        kept.add(piece);
      }
    }
    if (names.size() == removedBefore) {
      out.append(mark).append(part);
    } else if (!kept.isEmpty()) {
      out.append(mark).append(String.join("&", kept));
    }
  }

  /** A query parameter's name as {@code URLSearchParams} reads it: {@code +} is a space, bad escapes kept. */
  static String formDecode(String name) {
    if (name.indexOf('%') < 0 && name.indexOf('+') < 0) {
      return name;
    }
    return percentDecode(name.replace('+', ' '), false).orElseThrow();
  }

  /**
   * JavaScript's {@code decodeURIComponent}: every {@code %XX} decoded as UTF-8; empty when an escape is
   * malformed or the bytes are not UTF-8, where JavaScript throws {@code URIError}.
   */
  static Optional<String> decodeUriComponent(String text) {
    return text.indexOf('%') < 0 ? Optional.of(text) : percentDecode(text, true);
  }

  private static Optional<String> percentDecode(String text, boolean strict) {
    StringBuilder out = new StringBuilder(text.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
        bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        i += 3;
        continue;
      }
      if (c == '%' && strict) {
        return Optional.empty();
      }
      if (!flush(bytes, strict, out)) {
        return Optional.empty();
      }
      out.append(c);
      i++;
    }
    return flush(bytes, strict, out) ? Optional.of(out.toString()) : Optional.empty();
  }

  private static boolean flush(ByteArrayOutputStream bytes, boolean strict, StringBuilder out) {
    if (bytes.size() == 0) {
      return true;
    }
    var action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
    try {
      out.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(action).onUnmappableCharacter(action)
          .decode(ByteBuffer.wrap(bytes.toByteArray())));
    } catch (CharacterCodingException e) {
      return false;
    }
    bytes.reset();
    return true;
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
