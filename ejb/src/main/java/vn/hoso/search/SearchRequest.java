package vn.hoso.search;

import java.util.Set;

/**
 * A search as the user asked it: the text typed, "tìm gần đúng" (fuzzy), facet filters, the order
 * and the page (from 1).
 */
public record SearchRequest(
    String text, boolean fuzzy, Filters filters, Order order, int page, int pageSize) {

  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 50;

  /** Deep pages are not offered: refine the search instead. */
  public static final int MAX_PAGE = 50;

  /** Result order. */
  public enum Order {
    RELEVANCE,
    NEWEST,
    OLDEST
  }

  /** Facet filters; an empty set filters nothing. Years are inclusive. */
  public record Filters(
      Set<String> holders,
      Set<String> origins,
      Set<String> kinds,
      Set<String> types,
      Set<String> fonds,
      Integer yearFrom,
      Integer yearTo) {

    public Filters {
      holders = holders == null ? Set.of() : Set.copyOf(holders);
      origins = origins == null ? Set.of() : Set.copyOf(origins);
      kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
      types = types == null ? Set.of() : Set.copyOf(types);
      fonds = fonds == null ? Set.of() : Set.copyOf(fonds);
    }

    public static Filters none() {
      return new Filters(null, null, null, null, null, null, null);
    }
  }

  public SearchRequest {
    filters = filters == null ? Filters.none() : filters;
    order = order == null ? Order.RELEVANCE : order;
    page = Math.max(1, Math.min(page, MAX_PAGE));
    pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
  }

  public static SearchRequest of(String text) {
    return new SearchRequest(text, false, Filters.none(), Order.RELEVANCE, 1, DEFAULT_PAGE_SIZE);
  }

  public SearchRequest withFuzzy(boolean on) {
    return new SearchRequest(text, on, filters, order, page, pageSize);
  }

  public SearchRequest withFilters(Filters f) {
    return new SearchRequest(text, fuzzy, f, order, page, pageSize);
  }

  public SearchRequest withOrder(Order o) {
    return new SearchRequest(text, fuzzy, filters, o, page, pageSize);
  }

  public SearchRequest withPage(int p) {
    return new SearchRequest(text, fuzzy, filters, order, p, pageSize);
  }
}
