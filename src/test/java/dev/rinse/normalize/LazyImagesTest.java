package dev.rinse.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.SharedData;
import dev.rinse.article.Article;
import dev.rinse.article.ArticleParser;
import dev.rinse.changelog.Change;
import dev.rinse.changelog.ChangeKind;
import dev.rinse.changelog.ChangeRecorder;
import dev.rinse.corpus.Decoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LazyImagesTest {
  /** Attribute names that may hold an image's URL, whatever loader wrote them. */
  private static final Pattern URL_NAMES = Pattern.compile(".*(src|original|url|lazy|echo|source).*");

  private static Article normalized(String html, ChangeRecorder recorder) {
    Article article = new ArticleParser().parse("a.html", html);
    new LazyImages().normalize(article, recorder);
    return article;
  }

  @Test
  void aVideoSourceGetsItsSrcAndARealSrcIsLeftAlone() {
    ChangeRecorder recorder = new ChangeRecorder();
    Article article = normalized("<video><source data-src=\"/clips/a.mp4\" type=\"video/mp4\"></video>"
        + "<img src=\"https://a.example/real.jpg\" data-src=\"https://a.example/other.jpg\">", recorder);
    assertThat(article.document().selectFirst("source").attr("src")).isEqualTo("/clips/a.mp4");
    assertThat(article.document().selectFirst("img").attr("src")).isEqualTo("https://a.example/real.jpg");
    assertThat(recorder.changes()).singleElement().satisfies(change -> {
      assertThat(change.action()).isEqualTo(ChangeKind.REWRITE_ATTRIBUTE);
      assertThat(change.removed().text()).isEqualTo("data-src=\"/clips/a.mp4\"");
      assertThat(change.after()).isEqualTo("src=\"/clips/a.mp4\"");
      assertThat(change.column()).isEqualTo(16);
    });
  }

  @Test
  void anImageWithoutASrcGetsTheLargestUsableCandidateOfItsSrcset() {
    Article article = normalized("<img srcset=\"/a.png 1x, javascript:alert(1) 3x, /b.png 2x\">", new ChangeRecorder());
    assertThat(article.document().selectFirst("img").attr("src")).isEqualTo("/b.png");
  }

  @Test
  void aMovedAttributeKeepsItsPlaceSoThatALaterDropCitesItsBytes() {
    Article article = normalized("<p><img data-srcset=\"a.jpg 1x, b.jpg 2x\"></p>", new ChangeRecorder());
    Element image = article.document().selectFirst("img");
    assertThat(image.attr("src")).isEqualTo("b.jpg");
    assertThat(article.source(image, image.attribute("srcset"))).isEqualTo("data-srcset=\"a.jpg 1x, b.jpg 2x\"");
    assertThat(article.where(image, "srcset").column()).isEqualTo(9);
  }

  /**
   * The Readability pages as read: every image that holds a usable URL anywhere (in src or in an
   * attribute a loader may have used) has it in src once normalized.
   */
  @Test
  void everyImageOfTheCorpusWithAUsableUrlGetsASrc() throws Exception {
    Path folder = SharedData.folder("corpus/readability");
    Decoder decoder = new Decoder();
    int moved = 0;
    for (Path page : SharedData.files(folder, "source.html")) {
      Article article = new ArticleParser().parse("source.html", decoder.decode(Files.readAllBytes(page)).text());
      List<Element> withUrls = new ArrayList<>();
      for (Element image : article.document().body().select("img")) {
        if (holdsAUsableUrl(image)) {
          withUrls.add(image);
        }
      }
      ChangeRecorder recorder = new ChangeRecorder();
      new LazyImages().normalize(article, recorder);
      for (Element image : withUrls) {
        assertThat(LazySources.wantsSrc(image.hasAttr("src") ? image.attr("src") : null))
            .as(page + ": " + image.outerHtml()).isFalse();
      }
      moved += (int) recorder.changes().stream().map(Change::action).filter(ChangeKind.REWRITE_ATTRIBUTE::equals).count();
    }
    assertThat(moved).as("sources moved").isGreaterThan(250);
  }

  private static boolean holdsAUsableUrl(Element image) {
    for (Attribute attribute : image.attributes()) {
      if (!URL_NAMES.matcher(attribute.getKey()).matches()) {
        continue;
      }
      for (Srcset.Candidate candidate : Srcset.parse(attribute.getValue()).candidates()) {
        if (LazySources.usable(candidate.url()) && !LazySources.isPlaceholder(candidate.url())) {
          return true;
        }
      }
    }
    return false;
  }
}
