package dev.rinse.cleaning;

import dev.rinse.changelog.Citations;
import dev.rinse.changelog.Failure;
import dev.rinse.changelog.FileLog;
import dev.rinse.corpus.Decoded;
import dev.rinse.corpus.Decoder;
import dev.rinse.corpus.FileBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Cleans one document given as bytes, the one place a document's bytes are handled: refuses one over the size
 * limit before reading it, reads it, refuses what is not text, decodes it, cleans it within its time and
 * hashes what was read and written. What a corpus run does for each file, what {@code rinse clean -} does for
 * standard input, and what a Spark job does for each record. Immutable and thread-safe.
 */
public final class DocumentCleaner {
  /** Files above this size are refused before they are read, unless told otherwise. */
  public static final long DEFAULT_MAX_SIZE = 32L << 20;

  private final Decoder decoder = new Decoder();
  private final FileTimeout timeout;
  private final long maxSize;

  /** @param maxSize documents larger than this many bytes fail without being read */
  public DocumentCleaner(FileTimeout timeout, long maxSize) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (maxSize < 1) {
      throw new IllegalArgumentException("the largest document size must be at least 1 byte, got " + maxSize);
    }
    this.maxSize = maxSize;
  }

  public long maxSize() {
    return maxSize;
  }

  /** A document's bytes, read once, and only if its size, known before, is within the limit. */
  public interface Source {
    /** The size in bytes; -1 when not known before the bytes are read (a stream's). */
    long size() throws IOException;

    byte[] read() throws IOException;

    /** Bytes at hand. */
    static Source of(byte[] bytes) {
      Objects.requireNonNull(bytes, "bytes");
      return of(bytes.length, () -> bytes);
    }

    /** A file, read a slice at a time when it is cleaned. */
    static Source of(Path file) {
      return new Source() {
        @Override
        public long size() throws IOException {
          return Files.size(file);
        }

        @Override
        public byte[] read() throws IOException {
          return FileBytes.read(file);
        }
      };
    }

    /** Bytes of a known size, read by {@code reader}. */
    static Source of(long size, Reader reader) {
      return new Source() {
        @Override
        public long size() {
          return size;
        }

        @Override
        public byte[] read() throws IOException {
          return reader.read();
        }
      };
    }
  }

  /** Reads a document's bytes. */
  @FunctionalInterface
  public interface Reader {
    byte[] read() throws IOException;
  }

  /**
   * A document: its name, where it was read from, and its bytes.
   *
   * @param name its path relative to its input folder, which tells its kind and the packs in scope
   * @param origin where it was read from, as its log records it
   * @param sourceHost the host it came from when known otherwise (a crawl's record says so); null to take the
   *     document's own word
   */
  public record Document(String name, String origin, Source source, String sourceHost) {
    public Document {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(source, "source");
    }

    /** A file, named {@code name} in its corpus. */
    public static Document ofFile(String name, Path file) {
      return new Document(name, file.toString(), Source.of(file), null);
    }
  }

  /** How a document's log gives what each change removed. */
  public enum Removals {
    /** Its bytes in the input, with the text cut as a run's log writes it: the input is there to read back. */
    CITED,
    /** Its bytes in the input, and the text whole: a look at one file. */
    CITED_WHOLE,
    /** The text whole, citing no bytes: there is no input to read back (standard input, a text). */
    WHOLE
  }

  /**
   * What cleaning one document gave.
   *
   * @param log the change log as written, with the input's origin and hashes
   * @param source the decoded input text; null when the bytes were not read or not text
   * @param output the cleaned text; null when the document failed
   * @param outputBytes the cleaned text in UTF-8; null when the document failed
   * @param packs the packs that applied; null when the document failed before its rules ran
   */
  public record Result(FileLog log, String source, String output, byte[] outputBytes, List<String> packs) {
    /** A document that failed before it was cleaned. */
    public static Result failed(String name, String origin, Failure failure, String error) {
      return new Result(FileLog.failed(name, List.of(), failure, error).withOrigin(origin, null), null, null, null, null);
    }
  }

  /**
   * Cleans a document.
   *
   * @param removals how the log gives what each change removed
   */
  public Result clean(Cleaner cleaner, Document document, Removals removals) {
    String name = document.name();
    String origin = document.origin();
    byte[] bytes;
    try {
      long size = document.source().size();
      if (size > maxSize) {
        return tooLarge(name, origin, size);
      }
      bytes = document.source().read();
    } catch (IOException e) {
      return Result.failed(name, origin, Failure.UNREADABLE, "cannot read: " + describe(e));
    } catch (OutOfMemoryError e) {
      return Result.failed(name, origin, Failure.OUT_OF_MEMORY, "cannot read: out of memory");
    }
    if (bytes.length > maxSize) {
      return tooLarge(name, origin, -1); // a stream, or a file that grew since its size was read
    }
    try {
      return clean(cleaner, document, bytes, removals);
    } catch (OutOfMemoryError e) {
      return Result.failed(name, origin, Failure.OUT_OF_MEMORY, "cannot clean: out of memory");
    } catch (RuntimeException | StackOverflowError e) {
      return Result.failed(name, origin, Failure.INTERNAL, "cannot clean: " + e);
    }
  }

  /** Cleans a document's bytes as read; the cleaner itself catches what its stages throw. */
  private Result clean(Cleaner cleaner, Document document, byte[] bytes, Removals removals) {
    String name = document.name();
    String origin = document.origin();
    String notText = Decoder.notText(bytes);
    if (notText != null) {
      return Result.failed(name, origin, Failure.NOT_TEXT, notText);
    }
    String inputHash = FileLog.Hashes.sha256(bytes);
    Decoded decoded = decoder.decode(bytes);
    Citations citations = removals != Removals.WHOLE ? Citations.of(decoded.text(), decoded.charset(), decoded.exact(), bytes)
        : Citations.none(decoded.charset());
    bytes = null; // a large file's bytes need not stay while its DOM is built
    Cleaned cleaned;
    try {
      cleaned = timeout.run(() -> cleaner.clean(name, decoded.text(), decoded.warnings(), citations,
          document.sourceHost()));
    } catch (FileTimeout.Exceeded e) {
      return Result.failed(name, origin, Failure.TIMED_OUT, e.getMessage());
    }
    String output = cleaned.output().orElse(null);
    byte[] outputBytes = output == null ? null : output.getBytes(StandardCharsets.UTF_8);
    FileLog.Hashes hashes = new FileLog.Hashes(inputHash, outputBytes == null ? null : FileLog.Hashes.sha256(outputBytes));
    FileLog log = cleaned.log().withOrigin(origin, hashes);
    // a run reports the log as written, so that what is reported now is what the logs say later
    return new Result(removals == Removals.CITED_WHOLE ? log : log.asWritten(), decoded.text(), output, outputBytes,
        cleaned.packs());
  }

  /** A document over the size limit, refused before it is read; {@code size} -1 when not known. */
  private Result tooLarge(String name, String origin, long size) {
    String message = size < 0 ? String.format(Locale.ROOT, "too large: over the limit of %,d bytes", maxSize)
        : String.format(Locale.ROOT, "too large: %,d bytes, over the limit of %,d; not read", size, maxSize);
    return Result.failed(name, origin, Failure.TOO_LARGE, message);
  }

  /** An I/O failure in a few words: its kind and message. */
  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? kind : kind + " " + e.getMessage();
  }
}
