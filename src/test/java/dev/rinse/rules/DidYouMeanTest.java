package dev.rinse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  private static final List<String> OPTIONS = List.of("--out", "--jobs", "--body", "--rules", "--disable");

  @Test
  void aTypoFindsTheWordMeant() {
    assertThat(DidYouMean.closest("--outt", OPTIONS)).hasValue("--out");
    assertThat(DidYouMean.closest("--jbos", OPTIONS)).as("two letters swapped").hasValue("--jobs");
    assertThat(DidYouMean.closest("--rule", OPTIONS)).hasValue("--rules");
  }

  @Test
  void aWordFarFromEveryCandidateFindsNothing() {
    assertThat(DidYouMean.closest("--bogus", OPTIONS)).isEmpty();
    assertThat(DidYouMean.hint("nothing.like.it", List.of("core.comments"))).isEmpty();
  }

  @Test
  void distanceCountsEditsAndSwaps() {
    assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DidYouMean.distance("ab", "ba")).isEqualTo(1);
    assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
  }
}
