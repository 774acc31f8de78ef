package dev.rinse.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkupBufferTest {
  @Test
  void holdsWhatAStringBuilderHoldsAcrossBlockEdges() {
    Random random = new Random(7);
    MarkupBuffer buffer = new MarkupBuffer();
    StringBuilder expected = new StringBuilder();
    while (expected.length() < 100_000) {
      String piece = piece(random);
      switch (random.nextInt(3)) {
        case 0 -> {
          buffer.append(piece);
          expected.append(piece);
        }
        case 1 -> { // not a String: copied a character at a time
          int start = piece.isEmpty() ? 0 : random.nextInt(piece.length());
          buffer.append(new StringBuilder(piece), start, piece.length());
          expected.append(piece, start, piece.length());
        }
        default -> {
          char c = piece.isEmpty() ? 'x' : piece.charAt(0);
          buffer.append(c);
          expected.append(c);
        }
      }
    }

    assertThat(buffer.length()).isEqualTo(expected.length());
    assertThat(buffer.toString()).isEqualTo(expected.toString());
    for (int i = 0; i < expected.length(); i += 997) {
      assertThat(buffer.charAt(i)).isEqualTo(expected.charAt(i));
    }
    assertThat(buffer.subSequence(8190, 8200).toString()).isEqualTo(expected.substring(8190, 8200));
  }

  @Test
  void anEmptyBufferIsEmptyAndReadsNothingBeyondItsEnd() {
    MarkupBuffer buffer = new MarkupBuffer();
    assertThat(buffer.toString()).isEmpty();
    buffer.append("ab");
    assertThatThrownBy(() -> buffer.charAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** Markup of any length up to three blocks, Latin-1 or not. */
  private static String piece(Random random) {
    int length = random.nextInt(10) == 0 ? random.nextInt(3 * 8192) : random.nextInt(40);
    StringBuilder piece = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      piece.append(random.nextInt(5) == 0 ? (char) ('一' + random.nextInt(500)) : (char) ('a' + random.nextInt(26)));
    }
    return piece.toString();
  }
}
