package dev.rinse.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a whole file a slice at a time. {@link java.nio.file.Files#readAllBytes} reads it in one call,
 * for which the JDK copies through a native buffer of the file's size and keeps that buffer for the
 * thread: a 31 MB input held 31 MB of memory outside the heap per job for the rest of the run.
 */
public final class FileBytes {
  private static final int SLICE = 1 << 20;

  private FileBytes() {}

  public static byte[] read(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size > Integer.MAX_VALUE - 8) {
        throw new IOException("too large to read: " + size + " bytes");
      }
      byte[] bytes = new byte[(int) size];
      int at = 0;
      while (at < bytes.length) {
        int read = channel.read(ByteBuffer.wrap(bytes, at, Math.min(SLICE, bytes.length - at)));
        if (read < 0) {
          break; // the file shrank while it was read: what is there
        }
        at += read;
      }
      return at == bytes.length ? bytes : Arrays.copyOf(bytes, at);
    }
  }
}
