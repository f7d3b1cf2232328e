package vn.hoso.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.hoso.search.Highlighter;
import vn.hoso.search.SearchRequest;
import vn.hoso.search.SearchResults;
import vn.hoso.search.SearchService;
import vn.hoso.units.UnitDirectory;
import vn.hoso.web.security.Viewers;
import vn.hoso.web.shell.Texts;

/**
 * The search page. Everything is in the URL (GET), so a search can be bookmarked, shared and opened
 * again; facets and pages are plain links.
 */
@Named
@RequestScoped
public class SearchView {

  /** The facet parameters of the page's URL, in the order the page shows them. */
  static final List<String> FACETS = List.of("holder", "origin", "kind", "type", "fonds", "year");

  @EJB private SearchService search;
  @EJB private UnitDirectory units;
  @Inject private Viewers viewers;
  @Inject private Texts texts;
  @Inject private HttpServletRequest request;

  private String q;
  private boolean fuzzy;
  private String order;
  private int page = 1;
  private final Map<String, String> chosen = new LinkedHashMap<>();
  private SearchResults results;
  private final Map<String, String> labels = new java.util.HashMap<>();
  private SearchPage view;

  /** Runs the search the URL describes. */
  public void load() {
    q = request.getParameter("q");
    fuzzy = "true".equals(request.getParameter("fuzzy"));
    order = request.getParameter("order");
    String pg = request.getParameter("pg");
    if (pg != null && pg.matches("[0-9]{1,6}")) {
      page = Math.max(1, Integer.parseInt(pg));
    }
    for (String f : FACETS) {
      String v = request.getParameter(f);
      if (v != null && !v.isBlank() && v.length() <= 200) {
        chosen.put(f, v.strip());
      }
    }
    Integer from = null;
    Integer to = null;
    String year = chosen.get("year");
    if (year != null && year.matches("[0-9]{0,4}-[0-9]{0,4}")) {
      String[] parts = year.split("-", -1);
      from = parts[0].isEmpty() ? null : Integer.valueOf(parts[0]);
      to = parts[1].isEmpty() ? null : Integer.valueOf(parts[1]);
    }
    SearchRequest.Order o = SearchRequest.Order.RELEVANCE;
    if (order != null) {
      try {
        o = SearchRequest.Order.valueOf(order.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        order = null;
      }
    }
    results =
        search.search(
            new SearchRequest(
                q,
                fuzzy,
                new SearchRequest.Filters(
                    set("holder"), set("origin"), set("kind"), set("type"), set("fonds"), from, to),
                o,
                page,
                SearchRequest.DEFAULT_PAGE_SIZE),
            viewers.of(request));
  }

  private Set<String> set(String facet) {
    String v = chosen.get(facet);
    return v == null ? Set.of() : Set.of(v);
  }

  // ---- what the page shows ----------------------------------------------------------------

  private boolean isSearched() {
    return (q != null && !q.isBlank()) || !chosen.isEmpty();
  }

  private String facetName(String facet) {
    return texts.get("search.facet." + facet);
  }

  /** A facet value as people read it (a unit's name, a field's words), once per request. */
  private String label(String facet, String value) {
    return labels.computeIfAbsent(facet + "\u0000" + value, k -> describe(facet, value));
  }

  private String describe(String facet, String value) {
    return switch (facet) {
      case "holder" -> units.newUnit(value).map(v -> v.unit().name()).orElse(value);
      case "origin" -> {
        int colon = value.indexOf(':');
        yield colon < 0
            ? value
            : units.oldUnitLabel(value.substring(0, colon), value.substring(colon + 1));
      }
      case "kind" -> texts.get("kind." + value);
      case "year" -> yearLabel(value);
      default -> value;
    };
  }

  private String yearLabel(String value) {
    String[] parts = value.split("-", -1);
    if (parts.length != 2) {
      return value;
    }
    if (parts[0].isEmpty()) {
      return texts.get("search.year.before", Integer.parseInt(parts[1]) + 1);
    }
    if (parts[1].isEmpty()) {
      return texts.get("search.year.from", parts[0]);
    }
    return parts[0] + "–" + parts[1];
  }

  /** Everything the results part of the page shows, worked out once. */
  public SearchPage getView() {
    if (view == null && results != null) {
      view = page();
    }
    return view;
  }

  private SearchPage page() {
    boolean estimated = results.estimated();
    NumberFormat counts = texts.integerFormat();
    List<SearchPage.FacetBox> boxes = new ArrayList<>();
    for (SearchResults.Facet f : results.facets()) {
      if (f.buckets().isEmpty()) {
        continue;
      }
      List<SearchPage.FacetLink> links = new ArrayList<>(f.buckets().size());
      for (SearchResults.Bucket b : f.buckets()) {
        links.add(
            new SearchPage.FacetLink(
                toggle(f.name(), b.value()),
                label(f.name(), b.value()),
                (estimated ? "≈" : "") + counts.format(b.count()),
                b.selected()));
      }
      boxes.add(new SearchPage.FacetBox(facetName(f.name()), links));
    }
    String no = texts.get("search.no");
    String heldBy = texts.get("search.heldBy");
    String from = texts.get("search.from");
    List<SearchPage.HitRow> hits = new ArrayList<>(results.hits().size());
    for (SearchResults.Hit hit : results.hits()) {
      String title =
          hit.number() == null || hit.number().isEmpty()
              ? hit.typeName()
              : hit.typeName() + " " + no + " " + hit.number();
      String meta =
          texts.date(hit.date())
              + " · "
              + heldBy
              + " "
              + label("holder", hit.holder())
              + " · "
              + from
              + " "
              + label("origin", hit.origin())
              + " · "
              + texts.get("search.pageOf", hit.pageNo(), hit.documentPages());
      hits.add(
          new SearchPage.HitRow(
              hitLink(hit),
              title,
              texts.get("access." + hit.access()),
              hit.summary(),
              meta,
              snippetHtml(hit.snippet())));
    }
    long total = results.total();
    String heading =
        total == 0
            ? texts.get("search.none")
            : texts.get(estimated ? "search.countAbout" : "search.count", total);
    List<SearchPage.PageLink> pages = new ArrayList<>();
    for (int n : pageNumbers()) {
      pages.add(new SearchPage.PageLink(n, pageLink(n), n == page));
    }
    SearchPage.Pager pager =
        new SearchPage.Pager(
            page > 1 ? pageLink(page - 1) : null,
            page < results.pageCount() ? pageLink(page + 1) : null,
            pages);
    return new SearchPage(
        heading,
        total == 0 && isSearched(),
        estimated,
        results.timedOut(),
        (page - 1) * SearchRequest.DEFAULT_PAGE_SIZE + 1,
        results.query().notices(),
        boxes,
        hits,
        pager);
  }

  /** The snippet as HTML: every character escaped, the query's words marked. */
  static String snippetHtml(List<Highlighter.Segment> snippet) {
    StringBuilder html = new StringBuilder();
    for (Highlighter.Segment s : snippet) {
      if (s.hit()) {
        html.append("<mark>");
      }
      escape(s.text(), html);
      if (s.hit()) {
        html.append("</mark>");
      }
    }
    return html.toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  // ---- links ----------------------------------------------------------------------------------

  /** This search with the facet value chosen, or unchosen if it was. */
  private String toggle(String facet, String value) {
    Map<String, String> next = new LinkedHashMap<>(chosen);
    if (value.equals(next.get(facet))) {
      next.remove(facet);
    } else {
      next.put(facet, value);
    }
    return link(q, fuzzy, order, next, 1);
  }

  private String pageLink(int p) {
    return link(q, fuzzy, order, chosen, p);
  }

  private String hitLink(SearchResults.Hit hit) {
    StringBuilder s =
        new StringBuilder(request.getContextPath())
            .append("/record.xhtml?page=")
            .append(hit.pageId());
    if (q != null && !q.isBlank()) {
      s.append("&q=").append(enc(q));
    }
    if (fuzzy) {
      s.append("&fuzzy=true");
    }
    return s.toString();
  }

  private List<Integer> pageNumbers() {
    int last = results.pageCount();
    List<Integer> pages = new ArrayList<>();
    for (int p = Math.max(1, page - 3); p <= Math.min(last, page + 3); p++) {
      pages.add(p);
    }
    return pages;
  }

  private String link(String text, boolean fz, String o, Map<String, String> facets, int p) {
    StringBuilder s = new StringBuilder(request.getContextPath()).append("/search.xhtml");
    List<String> params = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      params.add("q=" + enc(text));
    }
    if (fz) {
      params.add("fuzzy=true");
    }
    if (o != null && !o.isBlank() && !o.equalsIgnoreCase("relevance")) {
      params.add("order=" + enc(o.toLowerCase(Locale.ROOT)));
    }
    facets.forEach((k, v) -> params.add(k + "=" + enc(v)));
    if (p > 1) {
      params.add("pg=" + p);
    }
    if (!params.isEmpty()) {
      s.append('?').append(String.join("&", params));
    }
    return s.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ---- what was asked -------------------------------------------------------------------------

  public String getQ() {
    return q;
  }

  public boolean isFuzzy() {
    return fuzzy;
  }

  public String getOrder() {
    return order == null ? "relevance" : order.toLowerCase(Locale.ROOT);
  }

  public Map<String, String> getChosen() {
    return chosen;
  }
}
