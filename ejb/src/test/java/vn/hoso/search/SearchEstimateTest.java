package vn.hoso.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.search.SearchFixture.doc;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.records.AccessLevel;

/**
 * Very large results are counted on a sample of their matches: the total and facet counts are then
 * estimates, marked so, close to the exact counts, and still only over what the viewer may see.
 * Here the limits are lowered (exact up to 50 pages, samples of about 120) so that 600 pages are
 * "very large".
 */
class SearchEstimateTest {

  static final int EXACT_UP_TO = 50;
  static final int SAMPLE = 120;
  static final Map<String, Integer> PUBLIC_PAGES =
      Map.of("decision", 150, "land", 150, "civil_status", 200, "construction", 100);
  static final int HIDDEN_PAGES = 200;

  @TempDir static Path index;
  static SearchFixture fx;

  @BeforeAll
  static void load() throws Exception {
    fx = new SearchFixture(index);
    for (var e : PUBLIC_PAGES.entrySet()) {
      fx.document(doc(pages(e.getKey(), e.getValue())).kind(e.getKey(), "Văn bản " + e.getKey()));
    }
    // held by another unit and restricted: nobody outside it may learn of these pages
    fx.document(
        doc(pages("hidden", HIDDEN_PAGES))
            .holder("26734", "P26734.01")
            .kind("business_registration", "Giấy chứng nhận")
            .access(AccessLevel.RESTRICTED));
  }

  private static String[] pages(String kind, int n) {
    String[] pages = new String[n];
    for (int i = 0; i < n; i++) {
      pages[i] = "Ủy ban nhân dân phường ghi nhận trang " + (i + 1) + " của hồ sơ " + kind + ".";
    }
    return pages;
  }

  @AfterAll
  static void close() {
    fx.close();
  }

  private static SearchResults estimated(String q, Viewer v) {
    return fx.search(SearchRequest.of(q), v, EXACT_UP_TO, SAMPLE);
  }

  private static Map<String, Long> facet(SearchResults r, String name) {
    return r.facets().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow()
        .buckets()
        .stream()
        .collect(Collectors.toMap(SearchResults.Bucket::value, SearchResults.Bucket::count));
  }

  @Test
  void smallResultsAreCountedExactly() {
    SearchResults r = fx.search("phuong", Viewer.anonymous());
    assertFalse(r.estimated());
    assertEquals(600, r.total());
    assertEquals(
        Map.of("decision", 150L, "land", 150L, "civil_status", 200L, "construction", 100L),
        facet(r, PageBridge.KIND));
  }

  @Test
  void aSmallResultIsCountedExactlyOnEveryPageOfResultsAndItsPagesFollowOneAnother() {
    SearchResults first = fx.search("phuong", Viewer.anonymous());
    SearchResults second = fx.search(SearchRequest.of("phuong").withPage(2), Viewer.anonymous());
    assertFalse(second.estimated());
    assertEquals(first.total(), second.total());
    assertEquals(first.facets(), second.facets());
    assertEquals(20, second.hits().size());
    Set<Long> onFirst =
        first.hits().stream().map(SearchResults.Hit::pageId).collect(Collectors.toSet());
    assertTrue(
        second.hits().stream().noneMatch(h -> onFirst.contains(h.pageId())),
        "the second page of hits goes on from the first");
  }

  @Test
  void aVeryLargeResultIsEstimatedCloseToTheExactCounts() {
    SearchResults r = estimated("phuong", Viewer.anonymous());
    assertTrue(r.estimated(), "more than " + EXACT_UP_TO + " matches: estimated");
    assertTrue(Math.abs(r.total() - 600) <= 600 * 0.35, "total about 600: " + r.total());
    Map<String, Long> kinds = facet(r, PageBridge.KIND);
    for (var e : PUBLIC_PAGES.entrySet()) {
      long got = kinds.getOrDefault(e.getKey(), 0L);
      assertTrue(
          Math.abs(got - e.getValue()) <= e.getValue() * 0.5 + 10,
          e.getKey() + ": about " + e.getValue() + ", estimated " + got);
    }
    long sum = kinds.values().stream().mapToLong(Long::longValue).sum();
    assertTrue(Math.abs(sum - r.total()) <= kinds.size(), "the buckets add up to the total");
    assertEquals(20, r.hits().size(), "the page of hits itself is never sampled");
  }

  @Test
  void estimatesCountOnlyWhatTheViewerMaySee() {
    SearchResults anonymous = estimated("phuong", Viewer.anonymous());
    assertEquals(Set.of("27169"), facet(anonymous, PageBridge.HOLDER).keySet());
    assertFalse(facet(anonymous, PageBridge.KIND).containsKey("business_registration"));
    SearchResults hidden = estimated("hidden", Viewer.anonymous());
    assertEquals(0, hidden.total(), "nothing, not even an estimate, of another unit's pages");
    SearchResults staff = estimated("phuong", Viewer.staff(Set.of("26734")));
    assertTrue(staff.estimated());
    long own = facet(staff, PageBridge.HOLDER).getOrDefault("26734", 0L);
    assertTrue(Math.abs(own - HIDDEN_PAGES) <= HIDDEN_PAGES * 0.5, "own unit's pages: " + own);
    assertTrue(Math.abs(staff.total() - 800) <= 800 * 0.35, "public and own: " + staff.total());
  }

  @Test
  void theEstimateIsTheSameOnEveryPageOfResults() {
    SearchResults first = estimated("phuong", Viewer.anonymous());
    SearchResults third =
        fx.search(SearchRequest.of("phuong").withPage(3), Viewer.anonymous(), EXACT_UP_TO, SAMPLE);
    assertEquals(first.total(), third.total());
    assertEquals(first.facets(), third.facets());
  }

  private static long bound(String q, boolean fuzzy) {
    return fx.inTransaction(
        em -> {
          var session = org.hibernate.search.mapper.orm.Search.session(em);
          return MatchBound.of(
              session, session.scope(vn.hoso.records.Page.class), QueryText.parse(q), fuzzy);
        });
  }

  @Test
  void termStatisticsBoundAResultFromAboveAndNeverBelowIt() {
    Viewer everything = Viewer.staff(Set.of(Viewer.ALL_UNITS));
    for (String q :
        new String[] {
          "phuong",
          "hidden",
          "\"trang 7\"",
          "trang 7",
          "\"trang 12 của\"",
          "phường decision",
          "\"hồ sơ land\"",
          "ghi nhận",
          "Ủy"
        }) {
      long all = fx.search(SearchRequest.of(q), everything, 10_000, SAMPLE).total();
      long bound = bound(q, false);
      assertTrue(bound >= all, q + ": bound " + bound + " below the " + all + " matches");
      assertTrue(bound < MatchBound.NONE, q + ": a word or phrase bounds the result");
    }
    assertEquals(800, bound("phuong", false), "every page holds it once, no description does");
    assertEquals(5, bound("\"trang 7\"", false), "the pair 'trang 7', on page 7 of five documents");
    assertEquals(MatchBound.NONE, bound("phuong", true), "a fuzzy word may match other terms");
    assertEquals(MatchBound.NONE, bound("-phuong", false), "nothing required, nothing bounded");
    assertEquals(0, bound("xyzzy", false));
  }

  @Test
  void aResultBoundedWithinTheExactCountIsCountedExactlyAndStillOnlyWhatTheViewerMaySee() {
    // five pages hold "trang 7"; one of them is the restricted document's, hidden from anonymous
    SearchResults r = estimated("\"trang 7\"", Viewer.anonymous());
    assertFalse(r.estimated());
    assertEquals(4, r.total());
    assertFalse(facet(r, PageBridge.KIND).containsKey("business_registration"));
    SearchResults own = estimated("\"trang 7\"", Viewer.staff(Set.of("26734")));
    assertEquals(5, own.total());
    assertEquals(1L, facet(own, PageBridge.KIND).get("business_registration"));
  }
}
