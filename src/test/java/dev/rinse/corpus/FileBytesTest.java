package dev.rinse.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {
  @TempDir
  Path temp;

  @Test
  void aFileOfSeveralSlicesIsReadWhole() throws Exception {
    byte[] bytes = new byte[(3 << 20) + 17];
    new Random(3).nextBytes(bytes);
    Path file = Files.write(temp.resolve("big.bin"), bytes);

    assertThat(FileBytes.read(file)).isEqualTo(bytes);
  }

  @Test
  void anEmptyFileIsNoBytes() throws Exception {
    assertThat(FileBytes.read(Files.createFile(temp.resolve("empty")))).isEmpty();
  }

  @Test
  void bytesWrittenInSlicesAreTheFile() throws Exception {
    byte[] bytes = new byte[(1 << 20) + 5];
    new Random(5).nextBytes(bytes);
    Path file = temp.resolve("out.bin");

    AtomicFiles.write(file, bytes);

    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }
}
