// Loads the site in this folder and prints each post's source path, rendered content and what a theme
// prints unescaped of it (title, excerpt, description, summary) as JSON.
// Hexo renders every post (front matter, Nunjucks, Markdown) while it loads; a template error fails it.
const Hexo = require('hexo');
(async () => {
  const hexo = new Hexo(process.cwd(), { silent: true });
  await hexo.init();
  await hexo.load();
  const theme = post => [post.title, post.excerpt, post.description, post.summary].map(v => (v == null ? '' : String(v))).join('|');
  const posts = hexo.locals.get('posts').toArray().map(post => ({ source: post.source, content: post.content, theme: theme(post) }));
  process.stdout.write(JSON.stringify(posts));
  await hexo.exit();
})().catch(error => {
  process.stderr.write('hexo failed: ' + (error && error.message) + '\n');
  process.exit(3);
});
