package vn.hoso.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.search.SearchBenchmarkData.HOLDERS;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.records.Page;

/**
 * The filter cache keeps only filters of keyword fields, and a search answers exactly the same with
 * it as without any cache: on an index of 12,000 synthetic pages in one segment (segments below
 * {@value FilterCache#MIN_SEGMENT_DOCS} pages are never cached), for anonymous readers and staff of
 * one unit and of all, with facet choices and exclusions, small and sampled results alike.
 */
class FilterCacheTest {

  static final int PAGES = 12_000;

  @TempDir static Path dir;
  static EntityManagerFactory emf;

  @BeforeAll
  static void load() throws Exception {
    List<String> words = SearchBenchmarkData.corpusWords();
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
    SearchBenchmarkData.load(
        url, PAGES, i -> SearchBenchmarkData.pageText(words, new Random(i * 7919L + 1)));
    Map<String, Object> props =
        new HashMap<>(SearchSettings.properties(dir.resolve("index").toString()));
    props.put("jakarta.persistence.jdbc.url", url);
    props.put("jakarta.persistence.jdbc.user", "sa");
    props.put("jakarta.persistence.jdbc.password", "");
    props.put("hibernate.search.schema_management.strategy", "drop-and-create-and-drop");
    emf = Persistence.createEntityManagerFactory("hoso-search-test", props);
    Search.mapping(emf).scope(Page.class).massIndexer().mergeSegmentsOnFinish(true).startAndWait();
  }

  @AfterAll
  static void close() {
    FilterCache.install();
    if (emf != null) {
      emf.close();
    }
  }

  @Test
  void onlyFiltersOfKeywordFieldsAreKept() {
    TermQuery publicPages = new TermQuery(new Term(PageBridge.ACCESS, "public"));
    BooleanQuery residentsOwn =
        new BooleanQuery.Builder()
            .add(publicPages, Occur.SHOULD)
            .add(
                new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(PageBridge.SUBJECT, "001085012345")), Occur.MUST)
                    .add(new TermQuery(new Term(PageBridge.ACCESS, "restricted")), Occur.MUST)
                    .build(),
                Occur.SHOULD)
            .build();
    assertTrue(FilterCache.onlyFilterFields(publicPages));
    assertTrue(FilterCache.onlyFilterFields(residentsOwn));
    assertTrue(FilterCache.onlyFilterFields(IntPoint.newRangeQuery(PageBridge.SAMPLE, 0, 3)));
    TermQuery word = new TermQuery(new Term(PageBridge.TEXT, "duc"));
    assertFalse(FilterCache.onlyFilterFields(word), "a search's words are not kept");
    assertFalse(FilterCache.onlyFilterFields(new PhraseQuery(PageBridge.TEXT_PAIRS, "nguyen van")));
    assertFalse(
        FilterCache.onlyFilterFields(
            new BooleanQuery.Builder()
                .add(word, Occur.MUST)
                .add(publicPages, Occur.FILTER)
                .build()),
        "nor a filter together with words");
    assertFalse(FilterCache.onlyFilterFields(new MatchAllDocsQuery()), "nor all pages");
  }

  @Test
  void searchesAnswerTheSameWithTheCacheAsWithoutAny() {
    List<SearchRequest> requests = new ArrayList<>();
    for (String q :
        new String[] {
          "của", "nhân dân", "\"ủy ban\"", "quyết định -đất", "xyzzy", "", "thuong tru"
        }) {
      requests.add(SearchRequest.of(q));
      requests.add(
          SearchRequest.of(q)
              .withFilters(
                  new SearchRequest.Filters(
                      Set.of(HOLDERS[0]),
                      null,
                      Set.of("land", "decision"),
                      null,
                      null,
                      null,
                      null)));
    }
    List<Viewer> viewers =
        List.of(
            Viewer.anonymous(),
            Viewer.staff(Set.of(HOLDERS[0])),
            Viewer.staff(Set.of(HOLDERS[1], HOLDERS[2])),
            Viewer.staff(Set.of(Viewer.ALL_UNITS)));

    FilterCache.uninstall();
    // as after an undeploy: nothing of the portal's is left in Lucene's defaults
    assertNull(IndexSearcher.getDefaultQueryCache());
    assertFalse(IndexSearcher.getDefaultQueryCachingPolicy() instanceof FilterCache.Policy);
    List<SearchResults> without = run(requests, viewers);
    FilterCache.install();
    LRUQueryCache cache = (LRUQueryCache) IndexSearcher.getDefaultQueryCache();
    List<SearchResults> with = run(requests, viewers);
    assertTrue(cache.getCacheCount() > 0, "filters were kept");
    assertTrue(cache.getHitCount() > 0, "and used again");
    for (int i = 0; i < without.size(); i++) {
      SearchResults a = without.get(i);
      SearchResults b = with.get(i);
      String what = "search " + i + " (" + a.query() + ")";
      assertEquals(a.total(), b.total(), what);
      assertEquals(a.estimated(), b.estimated(), what);
      assertEquals(a.facets(), b.facets(), what);
      assertEquals(
          a.hits().stream().map(SearchResults.Hit::pageId).toList(),
          b.hits().stream().map(SearchResults.Hit::pageId).toList(),
          what);
    }
    assertTrue(
        without.stream().anyMatch(SearchResults::estimated),
        "some results are large enough to be counted on a sample");
    assertTrue(without.stream().anyMatch(r -> r.total() > 0 && !r.estimated()));
  }

  private static List<SearchResults> run(List<SearchRequest> requests, List<Viewer> viewers) {
    List<SearchResults> out = new ArrayList<>();
    // twice: the second time, the filters kept the first time are read from the cache
    for (int round = 0; round < 2; round++) {
      for (SearchRequest r : requests) {
        for (Viewer v : viewers) {
          EntityManager em = emf.createEntityManager();
          try {
            SearchResults res = new PageSearch(Search.session(em), 200, 400).search(r, v);
            if (round == 1) {
              out.add(res);
            }
          } finally {
            em.close();
          }
        }
      }
    }
    return out;
  }
}
