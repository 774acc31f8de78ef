package dev.rinse.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class FileTimeoutTest {
  @Test
  void readsDurationsAndWritesThemBackAsGiven() {
    assertThat(FileTimeout.parse("60s").limit()).isEqualTo(Duration.ofSeconds(60));
    assertThat(FileTimeout.parse("2m").limit()).isEqualTo(Duration.ofMinutes(2));
    assertThat(FileTimeout.parse("500ms").limit()).isEqualTo(Duration.ofMillis(500));
    assertThat(FileTimeout.parse("90")).hasToString("90s");
    assertThat(FileTimeout.parse("0")).isEqualTo(FileTimeout.NONE).hasToString("0");
    assertThat(FileTimeout.parse("120s")).hasToString("2m");
    assertThat(FileTimeout.parse("60m")).hasToString("60m");
    assertThat(FileTimeout.parse("2h")).hasToString("2h");
    assertThat(FileTimeout.DEFAULT).hasToString("60s");
    assertThatThrownBy(() -> FileTimeout.parse("5x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'5x' is not a duration such as 60s, 2m or 500ms (0 for none)");
    assertThatThrownBy(() -> FileTimeout.parse("-1s")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givesBackTheWorksResultOrItsFailure() {
    String thread = Thread.currentThread().getName();
    assertThat(FileTimeout.NONE.run(() -> Thread.currentThread().getName())).isEqualTo(thread);
    assertThat(FileTimeout.DEFAULT.run(() -> Thread.currentThread().getName())).isEqualTo("rinse-file");
    assertThatThrownBy(() -> FileTimeout.DEFAULT.run(() -> {
      throw new IllegalStateException("broken");
    })).isInstanceOf(IllegalStateException.class).hasMessage("broken");
    assertThatThrownBy(() -> FileTimeout.DEFAULT.run(() -> {
      throw new StackOverflowError();
    })).isInstanceOf(StackOverflowError.class);
  }

  @Test
  void workOverTheLimitIsGivenUpOn() {
    assertThatThrownBy(() -> new FileTimeout(Duration.ofMillis(1)).run(() -> {
      try {
        new CountDownLatch(1).await(); // for ever, unless interrupted
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "never";
    })).isInstanceOf(FileTimeout.Exceeded.class)
        .hasMessage("cleaning took longer than 1ms; the file is left out, its output not written"); // no CLI option named
  }
}
