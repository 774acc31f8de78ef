package dev.rinse.report;

/**
 * The report's only scripts. Each is a constant so that the pages' policy can allow it by its hash
 * ({@link Csp}); what differs from page to page is read from the page's own attributes.
 */
final class Scripts {
  /** Records when the page finished loading, for the browser tests and a look at a slow page. */
  static final String LOAD_TIME = "addEventListener('load', function () {"
      + " document.documentElement.dataset.loadMs = String(Math.round(performance.now())); });";

  /** A click on a marked removal opens its rule's page; the rules folder is {@code #before}'s {@code data-rules}. */
  static final String MARK_LINKS = "var before = document.getElementById('before');"
      + " before.addEventListener('click', function (e) {"
      + " var mark = e.target.closest('mark[data-rule]');"
      + " if (mark) { location.href = before.dataset.rules + encodeURIComponent(mark.dataset.rule) + '.html'; } });";

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
