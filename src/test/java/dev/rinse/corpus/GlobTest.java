package dev.rinse.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobTest {
  private static boolean file(String pattern, String path) {
    return Glob.parse(pattern).matches(path, false);
  }

  private static boolean folder(String pattern, String path) {
    return Glob.parse(pattern).matches(path, true);
  }

  @Test
  void aPatternWithoutSlashMatchesTheNameAtAnyDepth() {
    assertThat(file("*.draft.md", "a.draft.md")).isTrue();
    assertThat(file("*.draft.md", "posts/2024/a.draft.md")).isTrue();
    assertThat(file("*.draft.md", "posts/a.md")).isFalse();
    assertThat(file("notes", "deep/down/notes")).isTrue();
  }

  @Test
  void aPatternWithSlashIsAnchoredToTheFolder() {
    assertThat(file("posts/*.md", "posts/a.md")).isTrue();
    assertThat(file("posts/*.md", "old/posts/a.md")).isFalse();
    assertThat(file("/a.md", "a.md")).isTrue();
    assertThat(file("/a.md", "sub/a.md")).isFalse();
  }

  @Test
  void aStarStaysWithinOneStep() {
    assertThat(file("posts/*", "posts/a.md")).isTrue();
    assertThat(file("posts/*", "posts/2024/a.md")).isFalse();
    assertThat(file("a?c.md", "abc.md")).isTrue();
    assertThat(file("a?c.md", "a/c.md")).isFalse();
  }

  @Test
  void doubleStarsCrossSteps() {
    assertThat(file("posts/**", "posts/a.md")).isTrue();
    assertThat(file("posts/**", "posts/2024/05/a.md")).isTrue();
    assertThat(file("posts/**", "pages/a.md")).isFalse();
    assertThat(file("**/drafts/*.md", "drafts/a.md")).isTrue();
    assertThat(file("**/drafts/*.md", "x/y/drafts/a.md")).isTrue();
    assertThat(file("a/**/b.md", "a/b.md")).isTrue();
    assertThat(file("a/**/b.md", "a/x/y/b.md")).isTrue();
    assertThat(file("a/**/b.md", "c/a/x/b.md")).isFalse();
  }

  @Test
  void aTrailingSlashMatchesFoldersOnly() {
    assertThat(folder("drafts/", "drafts")).isTrue();
    assertThat(folder("drafts/", "posts/drafts")).isTrue();
    assertThat(file("drafts/", "drafts")).isFalse();
  }

  @Test
  void aGlobMatchingAFolderHoldsEverythingInIt() {
    assertThat(Glob.parse("drafts").matchesOrHolds("posts/drafts/a/b.md")).isTrue();
    assertThat(Glob.parse("drafts/").matchesOrHolds("drafts")).isFalse();
    assertThat(Glob.parse("/posts").matchesOrHolds("old/posts/a.md")).isFalse();
  }

  @Test
  void classesAndEscapes() {
    assertThat(file("[ab].md", "a.md")).isTrue();
    assertThat(file("[!ab].md", "a.md")).isFalse();
    assertThat(file("[!ab].md", "c.md")).isTrue();
    assertThat(file("[0-9][[:digit:]].md", "42.md")).isTrue();
    assertThat(file("\\*.md", "*.md")).isTrue();
    assertThat(file("\\*.md", "a.md")).isFalse();
    assertThat(file("[]].md", "].md")).isTrue();
    assertThat(file("日記/*.md", "日記/一.md")).isTrue();
    assertThat(file("a.(x)+.md", "a.(x)+.md")).isTrue();
  }

  @Test
  void unreadablePatternsAreRefusedWithAReason() {
    assertThatThrownBy(() -> Glob.parse("[abc")).isInstanceOf(Glob.Invalid.class).hasMessageContaining("unclosed '['");
    assertThatThrownBy(() -> Glob.parse("a\\")).hasMessageContaining("'\\'");
    assertThatThrownBy(() -> Glob.parse("/")).hasMessageContaining("matches nothing");
    assertThatThrownBy(() -> Glob.parse("[[:nope:]]")).hasMessageContaining("[:nope:]");
    assertThatThrownBy(() -> Glob.parse("[z-a]")).isInstanceOf(Glob.Invalid.class);
  }
}
