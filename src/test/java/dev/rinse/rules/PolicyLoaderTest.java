package dev.rinse.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rinse.policy.Policy;
import org.junit.jupiter.api.Test;

class PolicyLoaderTest {
  private final PolicyLoader loader = new PolicyLoader();

  private Policy read(String text) throws RuleFileException {
    return loader.read("mine.yaml", text, "mine.yaml");
  }

  private static String problem(ThrowingRead read) {
    try {
      read.run();
    } catch (RuleFileException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error");
  }

  private interface ThrowingRead {
    void run() throws RuleFileException;
  }

  @Test
  void everyBuiltInPolicyLoadsAndTheyDiffer() throws Exception {
    Policy article = loader.builtIn("article");
    Policy strict = loader.builtIn("strict");
    Policy relaxed = loader.builtIn("relaxed");
    assertThat(article.spec().elements()).contains("img", "table", "figure");
    assertThat(strict.spec().elements()).contains("p", "a", "h2", "ul", "li").doesNotContain("img", "table", "div");
    assertThat(relaxed.spec().elements()).containsAll(article.spec().elements()).contains("source");
    assertThat(relaxed.spec().attributes()).containsEntry("class", java.util.List.of("*")).containsKey("srcset");
    assertThat(java.util.Set.of(article.fingerprint(), strict.fingerprint(), relaxed.fingerprint())).hasSize(3);
  }

  @Test
  void aPolicyExtendsABuiltInOneAddingAndRemoving() throws Exception {
    Policy policy = read("""
        extends: article
        add:
          elements: [video]
          attributes: {class: [code], poster: [video]}
          protocols: [ftp]
          head: {meta-names: [robots]}
        remove:
          elements: [img]
          attributes: {width: [col]}
          protocols: [mailto]
        """);
    assertThat(policy.spec().elements()).contains("video", "table").doesNotContain("img");
    assertThat(policy.spec().attributes().get("class")).containsExactly("code");
    assertThat(policy.spec().attributes().get("width")).containsExactly("img", "colgroup");
    assertThat(policy.spec().protocols()).containsExactly("http", "https", "ftp");
    assertThat(policy.spec().metaNames()).contains("description", "robots");
  }

  @Test
  void whatIsKeptWhenEmptiedIsThePolicysToo() throws Exception {
    assertThat(loader.builtIn("article").spec().keepEmpty()).containsExactlyInAnyOrder("td", "th", "tr", "thead", "tbody", "tfoot");
    assertThat(read("extends: article\nadd:\n  keep-empty: [li]\n").spec().keepEmpty()).contains("li", "td");
    assertThat(read("extends: article\nkeep-empty: []\n").spec().keepEmpty()).isEmpty();
    assertThat(read("elements: [p]\nattributes: {}\nprotocols: [https]\n").spec().keepEmpty())
        .isEqualTo(dev.rinse.policy.PolicySpec.DEFAULT_KEEP_EMPTY);
  }

  @Test
  void aListWrittenOutReplacesTheOneExtended() throws Exception {
    Policy policy = read("extends: article\nprotocols: [https]\n");
    assertThat(policy.spec().protocols()).containsExactly("https");
    assertThat(policy.spec().elements()).isEqualTo(loader.builtIn("article").spec().elements());
  }

  @Test
  void aPolicyWrittenOutReadsBackAsTheSamePolicy() throws Exception {
    for (String name : PolicyLoader.BUILT_IN) {
      Policy policy = loader.builtIn(name);
      Policy again = read(PolicyLoader.written(policy));
      assertThat(again.spec()).as(name).isEqualTo(policy.spec());
      assertThat(again.fingerprint()).as(name).isEqualTo(policy.fingerprint());
    }
  }

  @Test
  void whatNoPolicyMayKeepIsRefusedWhereItIsNamed() {
    assertThat(problem(() -> read("extends: article\nadd:\n  elements: [p, script]\n")))
        .isEqualTo("mine.yaml:3:17: no policy can keep <script>: it runs script or embeds another document");
    assertThat(problem(() -> read("extends: article\nadd:\n  attributes: {onclick: [a]}\n")))
        .startsWith("mine.yaml:3:15: no policy can keep the attribute 'onclick': event handlers run script");
    assertThat(problem(() -> read("extends: article\nadd:\n  attributes: {style: ['*']}\n")))
        .contains("no policy can keep the attribute 'style'");
    assertThat(problem(() -> read("extends: article\nadd:\n  protocols: [javascript]\n")))
        .isEqualTo("mine.yaml:3:15: no policy can keep 'javascript:' URLs: they run script or carry a document of their own");
    assertThat(problem(() -> read("elements: [svg]\nattributes: {}\nprotocols: [https]\n")))
        .startsWith("mine.yaml:1:12: no policy can keep <svg>");
  }

  @Test
  void mistakesAreReportedAtTheirPlace() {
    assertThat(problem(() -> read("extends: article\nelement: [p]\n")))
        .isEqualTo("mine.yaml:2:1: unknown key 'element' in a policy; expected one of add, attributes, elements, "
            + "extends, head, keep-empty, protocols, remove; did you mean 'elements'?");
    assertThat(problem(() -> read("extends: loose\n")))
        .isEqualTo("mine.yaml:1:10: 'extends' names a built-in policy (article, strict, relaxed), not 'loose'");
    assertThat(problem(() -> read("elements: [p]\nprotocols: [https]\n")))
        .startsWith("mine.yaml:1:1: a policy needs 'attributes'");
    assertThat(problem(() -> read("elements: [p]\nattributes: {}\nprotocols: [https]\nadd: {elements: [a]}\n")))
        .isEqualTo("mine.yaml:4:6: 'add' edits the policy named in 'extends', and there is none");
    assertThat(problem(() -> read("extends: article\nremove:\n  elements: [blink]\n")))
        .isEqualTo("mine.yaml:3:14: element is not in the policy, so it cannot be removed");
    assertThat(problem(() -> read("extends: article\nremove:\n  attributes: {title: [p]}\n")))
        .startsWith("mine.yaml:3:24: 'title' is kept on every element ('*'): remove it with ['*']");
    assertThat(problem(() -> read("extends: article\nadd:\n  elements: [Bad_Name]\n")))
        .startsWith("mine.yaml:3:14: 'Bad_Name' is not an element name");
  }

  @Test
  void anUnknownNameIsNeitherAFileNorABuiltInPolicy() {
    assertThat(problem(() -> loader.load("no-such-policy.yaml")))
        .isEqualTo("no-such-policy.yaml:1:1: no such policy file, and not a built-in policy (article, strict, relaxed)");
  }

  @Test
  void aPolicyFileGivenAsARulePackIsNamedForWhatItIs() {
    assertThat(problem(() -> new RuleLoader().pack("rules/policy.yaml", "extends: article\n")))
        .isEqualTo("rules/policy.yaml:1:1: this is a policy file, not a rule pack: give it as the policy for every file, "
            + "or name it in a pack's 'policy:'");
  }
}
