package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/rinse} reached through a symbolic link, as from a folder on PATH, finds the jar beside itself. */
class LauncherTest {
  @Test
  void theLauncherReachedThroughALinkLooksForTheJarWhereItReallyIs(@TempDir Path temp) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path link = Files.createSymbolicLink(Files.createDirectories(temp.resolve("on-path")).resolve("rinse"),
        root.resolve("bin/rinse"));
    ProcessBuilder builder = new ProcessBuilder(link.toString(), "--version").redirectErrorStream(true)
        .directory(temp.toFile());
    builder.environment().remove("RINSE_JAR");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    // Before 'mvn package' there is no jar: the launcher then names the path it looked in.
    Path jar = root.resolve("target/rinse.jar");
    if (Files.exists(jar)) {
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).startsWith("rinse ");
    } else {
      assertThat(process.exitValue()).isEqualTo(2);
      assertThat(output).contains(jar + " not found");
    }
  }
}
