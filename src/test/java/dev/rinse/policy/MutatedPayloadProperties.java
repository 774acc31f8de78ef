package dev.rinse.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rinse.SharedData;
import dev.rinse.cleaning.Cleaned;
import dev.rinse.cleaning.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutations of XSS payloads (the shared lists when present, else a built-in handful), cleaned as
 * articles under every built-in policy: no active content for either HTML5 parser, and cleaning again
 * changes nothing. Seeded, so
 * a run is repeatable; the number of tries bounds the time.
 */
class MutatedPayloadProperties {
  private static final List<String> BUILT_IN = List.of(
      "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
      "<svg><script>alert(1)</script></svg>", "<iframe src=\"data:text/html,<script>alert(1)</script>\">",
      "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<div style=\"background:url(javascript:alert(1))\">x</div>",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<form><button formaction=javascript:alert(1)>x",
      "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<base href=\"javascript:/\">",
      "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)\">x</a>",
      "<object data=\"javascript:alert(1)\">", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
      "<template><img src=x onerror=alert(1)></template>", "<!--<img src=\"--><img src=x onerror=alert(1)//\">");
  private static final List<String> FRAGMENTS = List.of("<", ">", "\"", "'", "`", "=", "/", "&#", "&#x", ";",
      "javascript:", "java\tscript:", "\u0000", "\n", " ", "-->", "<!--", "<script>", "</script>", "<svg>",
      "<math>", "<style>", "</p>", "<a href=", " onload=", " onerror=alert(1) ", "data:", "vbscript:", "]]>",
      "<![CDATA[", "<template>", "<noscript>", "</title>", "<textarea>", "{{", "}}", "\u2028", "\uFEFF");

  /** A cleaner under each built-in policy. */
  private static final List<Cleaner> CLEANERS =
      dev.rinse.rules.PolicyLoader.BUILT_IN.stream().map(SharedData::cleanerWithPolicy).toList();
  private static final List<String> PAYLOADS = payloads();

  private static List<String> payloads() {
    List<String> all = new ArrayList<>(BUILT_IN);
    for (Path folder : SharedData.optional("xss").stream().toList()) {
      ObjectMapper json = new ObjectMapper();
      for (Path file : SharedData.files(folder, "*.json")) {
        try {
          for (JsonNode payload : json.readTree(file.toFile())) {
            all.add(payload.get("payload").asText());
          }
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    return all;
  }

  @Property(tries = 1500, seed = "20261124")
  void mutatedPayloadsComeOutInert(@ForAll("mutated") String html) throws Exception {
    for (Cleaner cleaner : CLEANERS) {
      for (String name : List.of("m.html", "m.md")) {
        Cleaned cleaned = cleaner.clean(name, html, List.of());
        String output = cleaned.output().orElseThrow();
        String rendered = RenderedOutput.html(name, output);
        assertThat(ActiveContent.find(rendered)).as("input:\n" + html + "\noutput:\n" + output).isEmpty();
        assertThat(ActiveContent.findWithValidatorNu(rendered)).as("input:\n" + html + "\noutput:\n" + output).isEmpty();
        assertThat(cleaner.clean(name, output, List.of()).output()).as("idempotence of\n" + output).contains(output);
      }
    }
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<String> base = Arbitraries.of(PAYLOADS);
    Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
    return Combinators.combine(base, base, fragment, Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 40))
        .as((a, b, piece, at, kind, length) -> mutate(a, b, piece, at, kind, length));
  }

  private static String mutate(String a, String b, String piece, int at, int kind, int length) {
    int i = a.isEmpty() ? 0 : at % (a.length() + 1);
    int end = Math.min(a.length(), i + length);
    return switch (kind) {
      case 0 -> a.substring(0, i) + piece + a.substring(i);                         // insert
      case 1 -> a.substring(0, i) + a.substring(end);                               // delete a stretch
      case 2 -> a.substring(0, i) + b + a.substring(i);                             // splice another payload in
      case 3 -> a.substring(0, i) + a.substring(i, end).toUpperCase() + a.substring(end); // case flip
      case 4 -> a.substring(0, i) + entities(a.substring(i, end)) + a.substring(end);     // encode as entities
      default -> a.substring(0, end) + a.substring(i);                              // duplicate a stretch
    };
  }

  private static String entities(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.append("&#").append(c).append(';'));
    return out.toString();
  }
}
