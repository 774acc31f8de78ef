package dev.rinse.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader (or a run killed half way) sees either the old file or the whole new
 * one: the bytes go to a temporary file beside the target, which is then renamed over it. A run
 * killed between the two leaves the temporary file, which the next run removes.
 */
public final class AtomicFiles {
  static final String TEMP_PREFIX = ".rinse-";
  static final String TEMP_SUFFIX = ".tmp";
  private static final int SLICE = 1 << 14;

  private AtomicFiles() {}

  /**
   * Deletes the temporary files a killed run left below {@code root}; returns how many. Only names this
   * class makes are touched.
   */
  public static int removeLeftovers(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    int[] removed = {0};
    // The walk's own attributes tell a regular file: a run over an unchanged corpus does little but
    // this walk and the input's, and a second look per file would double its system calls.
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        String name = file.getFileName().toString();
        if (attributes.isRegularFile() && name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX)) {
          Files.deleteIfExists(file);
          removed[0]++;
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return removed[0];
  }

  /**
   * Writes text as UTF-8, encoded a slice at a time: a large text (a report page is twice its file) is
   * never copied whole into bytes.
   */
  public static void write(Path target, CharSequence text) throws IOException {
    write(target, out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      for (int at = 0; at < text.length(); at += SLICE) {
        // a surrogate pair split between slices is joined by the encoder
        writer.append(text, at, Math.min(text.length(), at + SLICE));
      }
      writer.flush();
    });
  }

  /**
   * Writes the bytes a slice at a time: in one call the JDK would copy them through a native buffer of
   * their size, kept for the thread.
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> {
      for (int at = 0; at < bytes.length; at += SLICE) {
        out.write(bytes, at, Math.min(bytes.length - at, SLICE));
      }
    });
  }

  /** What goes into a file, written to a stream; so that a large content need not be held whole. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes a file as {@code content} streams it, under a temporary name first, then renames it. */
  public static void write(Path target, Content content) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, TEMP_PREFIX, TEMP_SUFFIX);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(out);
      }
      if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        // a temporary file is private; the output is an ordinary file like any other
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
