package dev.rinse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class MainTest {
  @Test
  void eachCommandIsListedByTheNameItsAnnotationGives() {
    for (Map.Entry<String, Class<?>> command : Main.COMMANDS.entrySet()) {
      assertThat(command.getValue().getAnnotation(Command.class).name()).isEqualTo(command.getKey());
    }
  }
}
