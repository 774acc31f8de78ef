package dev.rinse.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleLoaderTest {
  private final RuleLoader loader = new RuleLoader();

  private static String pack(String rule) {
    return "pack: mine\nwhy: tests\nrules:\n" + rule;
  }

  @Test
  void readsARuleWithItsMatcherActionAndOrigin() throws Exception {
    Pack pack = loader.pack("mine.yaml", pack("""
          - id: mine.links
            why: tracking parameters
            url-param: 'ref|src'
            select: 'a[href]'
            action: strip-url-params
        """));
    Rule rule = pack.rules().get(0);
    assertThat(rule.id().value()).isEqualTo("mine.links");
    assertThat(rule.matcher()).isInstanceOf(Matcher.UrlParams.class);
    assertThat(((Matcher.UrlParams) rule.matcher()).within()).isPresent();
    assertThat(rule.action()).isInstanceOf(StripUrlParams.class);
    assertThat(rule.origin()).isEqualTo("mine.yaml:4:5");
    assertThat(pack.scope()).isEqualTo(Scope.EVERYWHERE);
  }

  @Test
  void reportsEachProblemAtItsLineAndColumn() {
    assertProblem(pack("  - id: mine.x\n    why: y\n    select: p\n    action: explode\n"),
        "mine.yaml:7:13: unknown action 'explode'");
    assertProblem(pack("  - id: mine.x\n    why: y\n    comment: '(unclosed'\n    action: remove\n"),
        "mine.yaml:6:14: invalid pattern '(unclosed'");
    assertProblem(pack("  - id: mine.x\n    why: y\n    text: '(a)\\1'\n    action: flag\n    reason: r\n"),
        "mine.yaml:6:11: invalid pattern '(a)\\1'");
    assertProblem(pack("  - id: mine.x\n    why: y\n    attribute: 'data-(?!keep)'\n    action: strip-attribute\n"),
        "mine.yaml:6:16: invalid pattern 'data-(?!keep)'");
    assertProblem(pack("  - id: mine.x\n    why: y\n    attribute: style\n    action: unwrap\n"),
        "mine.yaml:7:13: action 'unwrap' cannot act on 'attribute' matches");
    assertProblem(pack("  - id: mine.x\n    why: y\n    select: p\n    action: remove\n    colour: red\n"),
        "mine.yaml:8:5: unknown key 'colour' in a rule");
    assertProblem(pack("  - id: mine.x\n    select: p\n    action: remove\n"), "mine.yaml:4:5: rule mine.x needs 'why'");
    assertProblem(pack("  - id: Mine\n    why: y\n    select: p\n    action: remove\n"), "mine.yaml:4:9: rule id 'Mine'");
    assertProblem(pack("  - id: mine.x\n    why: y\n    action: remove\n"), "mine.yaml:4:5: rule mine.x needs a matcher");
    assertProblem(pack("  - id: mine.x\n    why: y\n    select: p\n    text: a\n    action: flag\n    reason: r\n"
        ).replace("select: p\n    text: a", "comment: a\n    text: a"), "mine.yaml:7:11: rule mine.x has more than one matcher");
    assertProblem("pack: mine\nwhy: [unclosed\n", "mine.yaml:3:1:");
  }

  @Test
  void readsExpectLossAsTrueOrFalseAndFalseWhenAbsent() throws Exception {
    Pack pack = loader.pack("mine.yaml", pack("""
          - id: mine.related
            why: related posts
            select: div.related
            action: remove
            expect-loss: true
          - id: mine.share
            why: share bar
            select: div.share
            action: remove
            expect-loss: false
          - id: mine.promo
            why: promo box
            select: div.promo
            action: remove
        """));
    assertThat(pack.rules()).extracting(Rule::expectLoss).containsExactly(true, false, false);
  }

  @Test
  void expectLossMustBeABoolean() {
    String rule = "  - id: mine.x\n    why: y\n    select: p\n    action: remove\n    expect-loss: ";
    assertProblem(pack(rule + "yes\n"), "mine.yaml:8:18: 'expect-loss' must be true or false, got 'yes'");
    assertProblem(pack(rule + "'true'\n"), "mine.yaml:8:18: 'expect-loss' must be true or false, got 'true'");
    assertProblem(pack(rule + "1\n"), "mine.yaml:8:18: 'expect-loss' must be true or false, got '1'");
    assertProblem(pack(rule + "[true]\n"), "mine.yaml:8:18: 'expect-loss' must be a single value");
  }

  @Test
  void aRuleIdIsUniqueInARun() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("rules");
    java.nio.file.Files.writeString(dir.resolve("x.yaml"),
        pack("  - id: core.comments\n    why: again\n    select: p\n    action: remove\n"));
    assertThatThrownBy(() -> Profile.builtIn().withPacks(java.util.List.of(dir)))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("x.yaml:4:5: rule id 'core.comments' is also used at rules/core/comments.yaml");
  }

  @Test
  void theBuiltInProfileLoadsSitePacksFirst() throws Exception {
    Profile profile = Profile.builtIn();
    assertThat(profile.rules().packs().get(0).name()).isEqualTo("sina");
    assertThat(profile.policy().spec().protocols()).containsExactly("http", "https", "mailto");
    assertThat(profile.policy().spec().attributes().get("referrerpolicy")).containsExactly("img");
  }

  private void assertProblem(String yaml, String message) {
    assertThatThrownBy(() -> loader.pack("mine.yaml", yaml))
        .isInstanceOf(RuleFileException.class)
        .hasMessageStartingWith(message);
  }
}
