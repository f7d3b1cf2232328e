package vn.hoso.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.hoso.search.SearchRequest;
import vn.hoso.search.SearchResults;
import vn.hoso.search.SearchService;
import vn.hoso.web.security.Viewers;

/**
 * Full-text search over the pages a client may see: anonymous clients get public records; staff
 * credentials (HTTP Basic) add their units' holdings. The same access rule as the search page,
 * applied inside the query, so totals and facet counts never count hidden records.
 */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SearchResource {

  @EJB private SearchService search;
  @Inject private Viewers viewers;
  @Context private HttpServletRequest request;

  @GET
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("fuzzy") String fuzzy,
      @QueryParam("holder") List<String> holders,
      @QueryParam("origin") List<String> origins,
      @QueryParam("kind") List<String> kinds,
      @QueryParam("type") List<String> types,
      @QueryParam("fonds") List<String> fonds,
      @QueryParam("yearFrom") String yearFrom,
      @QueryParam("yearTo") String yearTo,
      @QueryParam("order") String order,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    SearchRequest.Order o;
    try {
      o =
          order == null || order.isBlank()
              ? SearchRequest.Order.RELEVANCE
              : SearchRequest.Order.valueOf(order.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return ApiError.response(
          Response.Status.BAD_REQUEST,
          "invalid_parameter",
          "order must be relevance, newest or oldest.",
          "order");
    }
    Integer from = number(yearFrom);
    Integer to = number(yearTo);
    Integer p = number(page);
    Integer s = number(size);
    for (var bad :
        List.of(
            new Object[] {"yearFrom", yearFrom, from},
            new Object[] {"yearTo", yearTo, to},
            new Object[] {"page", page, p},
            new Object[] {"size", size, s})) {
      if (bad[1] != null && !((String) bad[1]).isBlank() && bad[2] == null) {
        return ApiError.response(
            Response.Status.BAD_REQUEST,
            "invalid_parameter",
            bad[0] + " must be a whole number, e.g. " + bad[0] + "=2",
            (String) bad[0]);
      }
    }
    SearchRequest r =
        new SearchRequest(
            q,
            "true".equalsIgnoreCase(fuzzy) || "1".equals(fuzzy),
            new SearchRequest.Filters(
                Set.copyOf(holders),
                Set.copyOf(origins),
                Set.copyOf(kinds),
                Set.copyOf(types),
                Set.copyOf(fonds),
                from,
                to),
            o,
            p == null ? 1 : p,
            s == null ? SearchRequest.DEFAULT_PAGE_SIZE : s);
    SearchResults results = search.search(r, viewers.of(request));
    return Response.ok(Answer.of(results)).build();
  }

  private static Integer number(String s) {
    if (s == null || s.isBlank() || !s.strip().matches("-?[0-9]{1,9}")) {
      return null;
    }
    return Integer.valueOf(s.strip());
  }

  /** The JSON answer: the results plus the parsed query and the number of pages. */
  public record Answer(
      List<String> terms,
      List<List<String>> phrases,
      List<String> excluded,
      List<String> notices,
      long total,
      boolean estimated,
      boolean timedOut,
      int page,
      int pageSize,
      int pageCount,
      List<SearchResults.Hit> hits,
      List<SearchResults.Facet> facets,
      long tookMillis) {

    static Answer of(SearchResults r) {
      List<String> excluded = new java.util.ArrayList<>(r.query().excludedTerms());
      r.query().excludedPhrases().forEach(ph -> excluded.add(String.join(" ", ph)));
      return new Answer(
          r.query().terms(),
          r.query().phrases(),
          excluded,
          r.query().notices(),
          r.total(),
          r.estimated(),
          r.timedOut(),
          r.page(),
          r.pageSize(),
          r.pageCount(),
          r.hits(),
          r.facets(),
          r.tookMillis());
    }
  }
}
