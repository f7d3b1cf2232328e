package vn.hoso.web.search;

import java.util.List;

/**
 * What the search page shows, worked out once per request: every text, count and link of the
 * results, so the page only reads values (no method calls from the page, which the expression
 * language resolves by reflection on every call).
 *
 * @param heading "Tìm thấy 12 trang", "Tìm thấy khoảng 412.000 trang" or "Không tìm thấy trang nào"
 * @param showHelp whether to show what to try when nothing was found
 * @param firstNo the number of the first hit on this page (for the ordered list)
 */
public record SearchPage(
    String heading,
    boolean showHelp,
    boolean estimated,
    boolean timedOut,
    int firstNo,
    List<String> notices,
    List<FacetBox> facets,
    List<HitRow> hits,
    Pager pager) {

  /** A facet: its name and its values as links that choose (or unchoose) them. */
  public record FacetBox(String name, List<FacetLink> links) {}

  /** A facet value: {@code count} already formatted ("1.234", "≈1.234"). */
  public record FacetLink(String href, String label, String count, boolean selected) {}

  /**
   * A page found. {@code snippetHtml} is the snippet with every character escaped and the query's
   * words in {@code <mark>}: written as it is, never built from anything not escaped here.
   */
  public record HitRow(
      String href, String title, String access, String summary, String meta, String snippetHtml) {}

  /**
   * Links to the previous, next and nearby result pages; {@code prev}/{@code next} null at ends.
   */
  public record Pager(String prev, String next, List<PageLink> pages) {
    public boolean isShown() {
      return pages.size() > 1;
    }
  }

  /** A result page's number and link. */
  public record PageLink(int number, String href, boolean current) {}
}
