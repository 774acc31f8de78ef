package dev.rinse.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionTest {
  @TempDir
  Path in;

  private void write(String relative, String text) throws IOException {
    Path file = in.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private void files(String... relatives) throws IOException {
    for (String relative : relatives) {
      write(relative, "x");
    }
  }

  private CorpusWalker.Listing walk(Selection selection) {
    return new CorpusWalker().walk(List.of(in), null, selection);
  }

  private List<String> cleaned(Selection selection) {
    return walk(selection).toClean().stream().map(InputFile::relative).toList();
  }

  private List<String> cleaned(String ignoreFile) throws IOException {
    write(".rinseignore", ignoreFile);
    return cleaned(new Selection(List.of(), List.of()));
  }

  @Test
  void excludesWithoutSlashMatchNamesAtAnyDepth() throws IOException {
    files("a.md", "a.draft.md", "posts/b.draft.md", "posts/b.md");

    CorpusWalker.Listing listing = walk(new Selection(List.of(), List.of("*.draft.md")));

    assertThat(listing.toClean()).extracting(InputFile::relative).containsExactly("a.md", "posts/b.md");
    assertThat(listing.leftOut()).containsExactly("a.draft.md", "posts/b.draft.md");
  }

  @Test
  void includesWithSlashAreAnchoredAndOnlyWhatTheyMatchIsRead() throws IOException {
    files("posts/a.md", "posts/2024/b.md", "pages/c.html", "old/posts/d.md", "posts/e.png");

    CorpusWalker.Listing listing = walk(new Selection(List.of("posts/**"), List.of()));

    assertThat(listing.toClean()).extracting(InputFile::relative).containsExactly("posts/2024/b.md", "posts/a.md");
    assertThat(listing.skipped()).extracting(InputFile::relative).containsExactly("posts/e.png");
    assertThat(listing.leftOut()).containsExactly("old/posts/d.md", "pages/c.html");
  }

  @Test
  void excludesWinOverIncludes() throws IOException {
    files("posts/a.md", "posts/a.draft.md", "b.md");

    assertThat(cleaned(new Selection(List.of("posts/**"), List.of("*.draft.md")))).containsExactly("posts/a.md");
  }

  @Test
  void anIncludedFolderHoldsItsFiles() throws IOException {
    files("posts/2024/a.md", "pages/b.md");

    assertThat(cleaned(new Selection(List.of("posts"), List.of()))).containsExactly("posts/2024/a.md");
  }

  @Test
  void anExcludedFolderIsNotWalkedAndCountsOnce() throws IOException {
    files("a.md", "drafts/b.md", "drafts/deep/c.md");

    CorpusWalker.Listing listing = walk(new Selection(List.of(), List.of("drafts/")));

    assertThat(listing.toClean()).extracting(InputFile::relative).containsExactly("a.md");
    assertThat(listing.leftOut()).containsExactly("drafts/");
  }

  @Test
  void aFileGivenDirectlyIsReadWhateverTheSelection() throws IOException {
    files("a.draft.md");

    List<String> cleaned = new CorpusWalker().walk(List.of(in.resolve("a.draft.md")), null,
        new Selection(List.of("nothing/**"), List.of("*.draft.md"))).toClean().stream().map(InputFile::relative).toList();

    assertThat(cleaned).containsExactly("a.draft.md");
  }

  @Test
  void anInvalidGlobIsNamed() {
    assertThatThrownBy(() -> new Selection(List.of("posts/[x"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("invalid glob 'posts/[x': has an unclosed '['");
    assertThatThrownBy(() -> new Selection(List.of(), List.of("!a.md"))).hasMessageContaining("'!a.md'");
  }

  @Test
  void ignoreFilesTakeCommentsBlankLinesAndAnchoredPatterns() throws IOException {
    files("a.md", "b.md", "sub/a.md", "#c.md");

    assertThat(cleaned("# a comment\n\n/a.md\n\\#c.md\n")).containsExactly("b.md", "sub/a.md");
  }

  @Test
  void negationReincludesWhatAnEarlierLineLeftOut() throws IOException {
    files("drafts/a.md", "drafts/keep.md", "b.md");

    assertThat(cleaned("drafts/*\n!drafts/keep.md\n")).containsExactly("b.md", "drafts/keep.md");
  }

  @Test
  void aFolderLeftOutCannotHaveAFileReincludedAsInGit() throws IOException {
    files("drafts/a.md", "drafts/keep.md", "b.md");

    assertThat(cleaned("drafts/\n!drafts/keep.md\n")).containsExactly("b.md");
  }

  @Test
  void aTrailingSlashLeavesOutFoldersOnly() throws IOException {
    files("build/a.md", "docs/build", "docs/c.md");
    write("docs/build", "a file named build");

    CorpusWalker.Listing listing = walk(selectionAfter("build/\n"));

    assertThat(listing.toClean()).extracting(InputFile::relative).containsExactly("docs/c.md");
    assertThat(listing.skipped()).extracting(InputFile::relative).containsExactly("docs/build");
    assertThat(listing.leftOut()).containsExactly("build/");
  }

  @Test
  void doubleStarsInIgnoreFiles() throws IOException {
    files("a/x/tmp/b.md", "tmp/c.md", "a/d.md", "logs/2024/e.md", "logs/f.md");

    assertThat(cleaned("**/tmp/\nlogs/**/*.md\n!logs/f.md\n")).containsExactly("a/d.md", "logs/f.md");
  }

  @Test
  void aNestedIgnoreFileAppliesToItsOwnFolderAndWinsOverItsParents() throws IOException {
    files("a.draft.md", "posts/a.draft.md", "posts/keep.draft.md", "posts/b.md", "pages/b.md", "pages/old/c.md");
    write("posts/.rinseignore", "!keep.draft.md\n/b.md\n");
    write("pages/.rinseignore", "old\n");

    List<String> cleaned = cleaned("*.draft.md\n");

    assertThat(cleaned).containsExactly("pages/b.md", "posts/keep.draft.md");
  }

  @Test
  void unreadableLinesAreWarningsNamingFileAndLineAndTheRestApplies() throws IOException {
    files("a.md", "b.md", "c.md");
    write(".rinseignore", "a.md\n[oops\n!\nc.md\n");

    CorpusWalker.Listing listing = walk(new Selection(List.of(), List.of()));

    assertThat(listing.toClean()).extracting(InputFile::relative).containsExactly("b.md");
    assertThat(listing.problems()).extracting(CorpusWalker.IgnoreProblem::line).containsExactly(2, 3);
    assertThat(listing.problems().get(0).file()).isEqualTo(in.resolve(".rinseignore"));
    assertThat(listing.problems().get(0).message()).contains("'[oops'", "unclosed '['");
  }

  @Test
  void ignoreFilesAreReadOnlyWhenAskedAndAreNotThemselvesListed() throws IOException {
    files("a.md", "b.md");
    write(".rinseignore", "a.md\n");

    assertThat(cleaned(new Selection(List.of(), List.of(), false))).containsExactly("a.md", "b.md");
    CorpusWalker.Listing listing = walk(new Selection(List.of(), List.of()));
    assertThat(listing.toClean()).extracting(InputFile::relative).containsExactly("b.md");
    assertThat(listing.skipped()).isEmpty();
    assertThat(listing.leftOut()).containsExactly("a.md");
  }

  private Selection selectionAfter(String ignoreFile) throws IOException {
    write(".rinseignore", ignoreFile);
    return new Selection(List.of(), List.of());
  }
}
