package dev.rinse.cleaning;

import dev.rinse.changelog.Citations;
import dev.rinse.changelog.FileLog;
import dev.rinse.corpus.Decoded;
import dev.rinse.corpus.Decoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Cleans one document given as bytes: refuses what is not text, decodes it, cleans it within its time and
 * hashes what was read and written. What a corpus run does for each file, and what {@code rinse clean -}
 * does for standard input. Immutable and thread-safe.
 */
public final class DocumentCleaner {
  private final Decoder decoder = new Decoder();
  private final FileTimeout timeout;

  public DocumentCleaner(FileTimeout timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * A document's bytes, handed over once: the cleaner lets go of them as soon as they are decoded, since a
   * large file's bytes need not stay in memory while its DOM is built.
   */
  public static final class Input {
    private byte[] bytes;
    private final String sourceHost;

    public Input(byte[] bytes) {
      this(bytes, null);
    }

    /** A document known to come from {@code sourceHost} (a crawl's record says so), whatever it says itself. */
    public Input(byte[] bytes, String sourceHost) {
      this.bytes = Objects.requireNonNull(bytes, "bytes");
      this.sourceHost = sourceHost;
    }

    private byte[] take() {
      byte[] taken = bytes;
      bytes = null;
      return taken;
    }
  }

  /**
   * What cleaning one document gave.
   *
   * @param log the change log as written, with the input's origin and hashes
   * @param source the decoded input text; null when the bytes were not text
   * @param output the cleaned text; null when the document failed
   * @param outputBytes the cleaned text in UTF-8; null when the document failed
   * @param packs the packs that applied; null when the document failed before its rules ran
   */
  public record Result(FileLog log, String source, String output, byte[] outputBytes, List<String> packs) {
    /** A document that failed before it was cleaned. */
    public static Result failed(String name, String origin, String error) {
      return new Result(FileLog.failed(name, List.of(), error).withOrigin(origin, null), null, null, null, null);
    }
  }

  /** How a document refused for its size is said to have failed. */
  public static final String TOO_LARGE = "too large:";

  /** A document over the size limit, refused before it is read. */
  public static Result tooLarge(String name, String origin, long size, long limit) {
    return Result.failed(name, origin, String.format(java.util.Locale.ROOT,
        TOO_LARGE + " %,d bytes, over the limit of %,d; not read", size, limit));
  }

  /**
   * Cleans a document.
   *
   * @param name its path relative to its input folder, which tells its kind and the packs in scope
   * @param origin where it was read from, as its log records it
   * @param cite whether changes point at their bytes in the input (a file to read back) or keep their text whole
   */
  public Result clean(Cleaner cleaner, String name, String origin, Input input, boolean cite) {
    String sourceHost = input.sourceHost;
    byte[] bytes = input.take();
    String notText = Decoder.notText(bytes);
    if (notText != null) {
      return Result.failed(name, origin, notText);
    }
    String inputHash = FileLog.Hashes.sha256(bytes);
    Decoded decoded = decoder.decode(bytes);
    Citations citations = cite ? Citations.of(decoded.text(), decoded.charset(), decoded.exact(), bytes)
        : Citations.none(decoded.charset());
    bytes = null; // a large file's bytes need not stay while its DOM is built
    Cleaned cleaned;
    try {
      cleaned = timeout.run(() -> cleaner.clean(name, decoded.text(), decoded.warnings(), citations, sourceHost));
    } catch (FileTimeout.Exceeded e) {
      return Result.failed(name, origin, e.getMessage());
    }
    String output = cleaned.output().orElse(null);
    byte[] outputBytes = output == null ? null : output.getBytes(StandardCharsets.UTF_8);
    FileLog.Hashes hashes = new FileLog.Hashes(inputHash, outputBytes == null ? null : FileLog.Hashes.sha256(outputBytes));
    // everything after this sees the log as written, so that what is reported now is what the logs say later
    return new Result(cleaned.log().withOrigin(origin, hashes).asWritten(), decoded.text(), output, outputBytes,
        cleaned.packs());
  }
}
