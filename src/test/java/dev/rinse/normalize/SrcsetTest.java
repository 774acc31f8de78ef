package dev.rinse.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SrcsetTest {
  private static String largest(String srcset) {
    return Srcset.parse(srcset).largest().map(Srcset.Candidate::url).orElse(null);
  }

  @Test
  void urlsMayHoldCommasAsImageCdnsWriteThem() {
    Srcset set = Srcset.parse("https://i.example.com/c_fill,w_320/a.jpg 320w, https://i.example.com/c_fill,w_470/a.jpg 470w");
    assertThat(set.candidates()).extracting(Srcset.Candidate::url)
        .containsExactly("https://i.example.com/c_fill,w_320/a.jpg", "https://i.example.com/c_fill,w_470/a.jpg");
    assertThat(set.candidates()).extracting(Srcset.Candidate::width).containsExactly(320, 470);
  }

  @Test
  void commasEndingAUrlSeparateCandidatesWithoutDescriptorsAndCommasInsideOneDoNot() {
    assertThat(Srcset.parse("a.png,, b.png 2x,c.png").candidates()).extracting(Srcset.Candidate::url)
        .containsExactly("a.png", "b.png", "c.png");
    assertThat(Srcset.parse("a.png,b.png 2x").candidates()).extracting(Srcset.Candidate::url)
        .containsExactly("a.png,b.png");
  }

  @Test
  void theLargestIsTheWidestThenTheDensestThenTheFirst() {
    assertThat(largest("s.jpg 320w, l.jpg 1024w, m.jpg 640w")).isEqualTo("l.jpg");
    assertThat(largest("a.jpg, b.jpg 2x, c.jpg 1.5x")).isEqualTo("b.jpg");
    assertThat(largest("a.jpg, b.jpg 0.5x")).isEqualTo("a.jpg"); // no descriptor is 1x
    assertThat(largest("first.jpg, second.jpg")).isEqualTo("first.jpg");
    assertThat(largest("  ,  ")).isNull();
  }

  @Test
  void descriptorsWithParenthesesAndUnknownOnesAreSkipped() {
    assertThat(Srcset.parse("a.jpg 100w 50h, b.jpg (x, y) 2x").candidates()).extracting(Srcset.Candidate::url)
        .containsExactly("a.jpg", "b.jpg");
    assertThat(largest("a.jpg 99999999999w, b.jpg 2w")).isEqualTo("a.jpg");
  }
}
