package dev.rinse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rinse.article.Article;
import dev.rinse.article.ArticleParser;
import org.junit.jupiter.api.Test;

class ScopeTest {
  private final RuleLoader loader = new RuleLoader();

  private Scope scope(String conditions) throws Exception {
    return loader.pack("p.yaml", "pack: p\nwhy: w\nscope:\n" + conditions
        + "rules:\n  - id: p.x\n    why: w\n    select: p\n    action: remove\n").scope();
  }

  private static Article article(String name, String text) throws Exception {
    return new ArticleParser().parse(name, text);
  }

  private static boolean covers(Scope scope, Article article) {
    return scope.covers(article, SourceHost.of(article));
  }

  @Test
  void aHostConditionHoldsForTheHostAndItsSubdomains() throws Exception {
    Scope sina = scope("  - host: sina.com.cn\n");
    assertThat(covers(sina, article("a.md", "---\nlink: https://finance.sina.com.cn/x.shtml\n---\n<p>x</p>"))).isTrue();
    assertThat(covers(sina, article("a.html",
        "<!DOCTYPE html><head><link rel=canonical href='https://sina.com.cn/a'></head><p>x"))).isTrue();
    assertThat(covers(sina, article("a.md", "---\nlink: https://notsina.com.cn/x\n---\n<p>x</p>"))).isFalse();
    assertThat(covers(sina, article("a.html", "<p>x</p>"))).isFalse();
  }

  @Test
  void frontMatterValuesMatchWholeAndAnyListItemCounts() throws Exception {
    Scope finance = scope("  - front-matter: { categories: '新浪财经.*', author: 'A' }\n");
    assertThat(covers(finance, article("a.md", "---\nauthor: A\ncategories:\n - 金融\n - 新浪财经－国內\n---\n"))).isTrue();
    assertThat(covers(finance, article("a.md", "---\nauthor: AB\ncategories: [新浪财经]\n---\n"))).isFalse();
    assertThat(covers(finance, article("a.html", "<p>x</p>"))).isFalse();
  }

  @Test
  void aPathGlobMatchesTheRelativePathAndAnyConditionIsEnough() throws Exception {
    Scope news = scope("  - path: 'news/**'\n  - host: example.com\n");
    assertThat(covers(news, article("news/2021/a.html", "<p>x</p>"))).isTrue();
    assertThat(covers(news, article("blog/a.html", "<p>x</p>"))).isFalse();
    assertThat(covers(Scope.EVERYWHERE, article("blog/a.html", "<p>x</p>"))).isTrue();
  }
}
