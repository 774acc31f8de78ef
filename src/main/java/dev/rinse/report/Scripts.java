package dev.rinse.report;

/**
 * The report's only scripts. Each is a constant so that the pages' policy can allow it by its hash
 * ({@link Csp}); what differs from page to page is read from the page's own attributes.
 */
final class Scripts {
  /** Records when the page finished loading, for the browser tests and a look at a slow page. */
  static final String LOAD_TIME = "addEventListener('load', function () {"
      + " document.documentElement.dataset.loadMs = String(Math.round(performance.now())); });";

  /**
   * Fills the page that stands for a file without a page of its own with that file's path, read from
   * the link's {@code ?file=}: the command that makes its page, and links to that page and to its log.
   */
  static final String UNWRITTEN = "var file = new URLSearchParams(location.search).get('file');"
      + " if (file) { var path = file.split('/').map(encodeURIComponent).join('/');"
      + " document.querySelectorAll('.file').forEach(function (e) { e.textContent = file; });"
      + " document.getElementById('page').href = 'files/' + path + '.html';"
      + " document.getElementById('log').href = '../' + path + '.changes.json';"
      + " document.getElementById('named').hidden = false; }";

  /** Filters a file list as the user types. */
  static final String FILTER = "document.getElementById('filter').addEventListener('input', function (e) {"
      + " var q = e.target.value.toLowerCase();"
      + " document.querySelectorAll('#files tr:not(:first-child)').forEach(function (row) {"
      + " row.style.display = row.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none'; }); });";

  private Scripts() {}

  static String tag(String script) {
    return "<script>" + script + "</script>\n";
  }
}
