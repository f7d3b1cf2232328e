package vn.hoso.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of results, with facet counts over everything the viewer may see that matched. When
 * {@code estimated}, the total and the facet counts are estimates from a sample of the matches
 * (very large results), shown as "about".
 */
public record SearchResults(
    QueryText query,
    long total,
    boolean estimated,
    boolean timedOut,
    int page,
    int pageSize,
    List<Hit> hits,
    List<Facet> facets,
    long tookMillis) {

  public int pageCount() {
    long pages = (total + pageSize - 1) / pageSize;
    return (int) Math.min(pages, SearchRequest.MAX_PAGE);
  }

  /** A page found, with its document's description and a snippet of its text. */
  public record Hit(
      long pageId,
      int pageNo,
      long documentId,
      int documentPages,
      String documentCode,
      String typeName,
      String summary,
      String kind,
      String number,
      LocalDate date,
      String holder,
      String origin,
      String dossierCode,
      String access,
      List<Highlighter.Segment> snippet) {}

  /** A facet: its field name and its values with counts, most frequent first. */
  public record Facet(String name, List<Bucket> buckets) {}

  /** A facet value; {@code selected} when it is one of the active filters. */
  public record Bucket(String value, long count, boolean selected) {}
}
