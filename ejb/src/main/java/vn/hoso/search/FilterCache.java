package vn.hoso.search;

import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;

/**
 * Keeps the matches of the filters every search repeats — who may see a page (access level, holding
 * unit, a resident's own ID), the facet choices, the sample buckets — as one bit per page in
 * memory, per index segment, so that a search checks a bit instead of reading the filter's list of
 * pages again.
 *
 * <p>Why: a search's words find, say, 46,000 of 1,000,000 pages; the anonymous reader's filter
 * "public" holds 600,000. Lucene steps through the word's pages and, for each, moves along the
 * filter's list to that page, unpacking nearly every block of it — per search, the largest part of
 * counting a result (a flight recording of {@code ./hoso bench-search} at 1,000,000 pages). Lucene
 * has a cache of filters, but its default policy never keeps a single-term filter ("already plenty
 * fast") and skips caching whenever the words are much rarer than the filter — exactly this case.
 *
 * <p>The policy here keeps every filter made only of the keyword fields above, and nothing with a
 * full-text field (each search's words differ, and would only push the filters out). Segments of
 * fewer than {@value #MIN_SEGMENT_DOCS} pages are not kept (reading them is cheap). At most {@value
 * #MAX_FILTERS} filters and {@value #MAX_MEGABYTES} MB, least recently used dropped first: a filter
 * over 1,000,000 pages takes 125 KB. An entry belongs to one immutable segment, so it can never be
 * stale; merged-away segments' entries are dropped with them.
 *
 * <p>Lucene reads its cache and policy from static defaults of {@link IndexSearcher}, which
 * Hibernate Search's searchers take when they are created: {@link #install()} sets them, once per
 * JVM (the server's Lucene module serves hoso alone), and {@link #uninstall()} takes them away when
 * the portal is undeployed ({@link SearchCaches}).
 */
final class FilterCache {

  static final int MIN_SEGMENT_DOCS = 10_000;
  static final int MAX_FILTERS = 1_000;
  static final int MAX_MEGABYTES = 64;

  /** The keyword fields that filters are made of. */
  static final Set<String> FILTER_FIELDS =
      Set.of(
          PageBridge.ACCESS,
          PageBridge.HOLDER,
          PageBridge.ORIGIN,
          PageBridge.KIND,
          PageBridge.TYPE,
          PageBridge.FONDS,
          PageBridge.YEAR,
          PageBridge.SUBJECT,
          PageBridge.BUSINESS,
          PageBridge.SAMPLE);

  private static volatile boolean installed;

  private FilterCache() {}

  /** Sets Lucene's default filter cache and policy to these; later calls do nothing. */
  static void install() {
    if (installed) {
      return;
    }
    synchronized (FilterCache.class) {
      if (!installed) {
        IndexSearcher.setDefaultQueryCache(
            new LRUQueryCache(
                MAX_FILTERS,
                MAX_MEGABYTES * 1024L * 1024L,
                FilterCache::worthKeeping,
                // keep a filter even when the words are far rarer than it: it is used again
                Float.POSITIVE_INFINITY));
        IndexSearcher.setDefaultQueryCachingPolicy(new Policy());
        installed = true;
      }
    }
  }

  /**
   * No filter cache at all, and Lucene's own policy back, until {@link #install()} again: when the
   * portal is undeployed ({@link SearchCaches}; neither default then refers to a class of the
   * undeployed portal), and for a test to compare results.
   */
  static synchronized void uninstall() {
    IndexSearcher.setDefaultQueryCache(null);
    IndexSearcher.setDefaultQueryCachingPolicy(new UsageTrackingQueryCachingPolicy());
    installed = false;
  }

  private static boolean worthKeeping(LeafReaderContext segment) {
    return segment.reader().maxDoc() >= MIN_SEGMENT_DOCS;
  }

  /** Whether the query reads keyword filter fields only (and at least one). */
  static boolean onlyFilterFields(Query query) {
    boolean[] any = {false};
    boolean[] other = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            if (FILTER_FIELDS.contains(field)) {
              any[0] = true;
            } else {
              other[0] = true;
            }
            return false;
          }

          @Override
          public void visitLeaf(Query leaf) {
            // a leaf without a field (all pages, no page): nothing worth keeping in it
            other[0] = true;
          }
        });
    return any[0] && !other[0];
  }

  /** Keeps filters of keyword fields only. */
  static final class Policy implements QueryCachingPolicy {
    @Override
    public void onUse(Query query) {
      // kept on first use: the set of such filters is small and each is used again
    }

    @Override
    public boolean shouldCache(Query query) {
      return onlyFilterFields(query);
    }
  }
}
