package dev.rinse.corpus;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader (or a run killed half way) sees either the old file or the whole new
 * one: the bytes go to a temporary file beside the target, which is then renamed over it.
 */
public final class AtomicFiles {
  static final String TEMP_PREFIX = ".rinse-";

  private AtomicFiles() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, TEMP_PREFIX, ".tmp");
    try {
      Files.write(temp, bytes);
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
