package vn.hoso.search;

import static vn.hoso.search.PageBridge.ACCESS;
import static vn.hoso.search.PageBridge.BUSINESS;
import static vn.hoso.search.PageBridge.DATE;
import static vn.hoso.search.PageBridge.DOCUMENT;
import static vn.hoso.search.PageBridge.FONDS;
import static vn.hoso.search.PageBridge.HOLDER;
import static vn.hoso.search.PageBridge.KIND;
import static vn.hoso.search.PageBridge.META;
import static vn.hoso.search.PageBridge.META_EXACT;
import static vn.hoso.search.PageBridge.META_PAIRS;
import static vn.hoso.search.PageBridge.ORIGIN;
import static vn.hoso.search.PageBridge.SUBJECT;
import static vn.hoso.search.PageBridge.TEXT;
import static vn.hoso.search.PageBridge.TEXT_EXACT;
import static vn.hoso.search.PageBridge.TEXT_PAIRS;
import static vn.hoso.search.PageBridge.TYPE;
import static vn.hoso.search.PageBridge.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import vn.hoso.records.AccessLevel;
import vn.hoso.records.Document;
import vn.hoso.records.Page;

/**
 * The search itself, on a Hibernate Search session: tolerant text, access filter inside the query,
 * facets, order, pages, a time limit, snippets. Plain class: the EJB wraps it, the tests drive it
 * directly.
 */
public final class PageSearch {

  /** Every query stops after this long and answers with what it found. */
  static final long TIME_LIMIT_MILLIS = 2_000;

  static final int SNIPPET_CHARS = 240;

  /**
   * Matches are counted exactly up to here; a larger result's total and facet counts are estimated
   * from a sample (shown as "about"), so that a word found on half a million pages costs about as
   * much as one found on ten thousand. Counting the facets of every match counted is a large part
   * of a search's cost.
   */
  static final int EXACT_COUNT = 2_000;

  /**
   * How many matches an estimate counts, about: the total within a few percent, a facet value with
   * a tenth of the matches within about 7 %.
   */
  static final int SAMPLE_TARGET = 2_000;

  /**
   * A large result that nothing bounds ({@link MatchBound}) is first counted on 4 of the 256
   * buckets (1/64 of it): about 8,000 matches for 500,000 — then on more buckets if that held too
   * few.
   */
  static final int FIRST_SAMPLE_BUCKETS = 4;

  static final int FACET_VALUES = 30;

  /** Year buckets of the year facet: [from, to) with open ends. */
  static final List<Range<Integer>> YEAR_RANGES =
      List.of(
          Range.canonical(null, 1990),
          Range.canonical(1990, 2000),
          Range.canonical(2000, 2010),
          Range.canonical(2010, 2020),
          Range.canonical(2020, null));

  private static final AggregationKey<Map<String, Long>> BY_HOLDER = AggregationKey.of(HOLDER);
  private static final AggregationKey<Map<String, Long>> BY_ORIGIN = AggregationKey.of(ORIGIN);
  private static final AggregationKey<Map<String, Long>> BY_KIND = AggregationKey.of(KIND);
  private static final AggregationKey<Map<String, Long>> BY_TYPE = AggregationKey.of(TYPE);
  private static final AggregationKey<Map<String, Long>> BY_FONDS = AggregationKey.of(FONDS);
  private static final AggregationKey<Map<Range<Integer>, Long>> BY_YEAR = AggregationKey.of(YEAR);

  static {
    FilterCache.install();
  }

  private final SearchSession session;

  private final int exactCount;
  private final int sampleTarget;

  public PageSearch(SearchSession session) {
    this(session, EXACT_COUNT, SAMPLE_TARGET);
  }

  /** With other limits, for tests that estimate on a small index. */
  PageSearch(SearchSession session, int exactCount, int sampleTarget) {
    this.session = session;
    this.exactCount = exactCount;
    this.sampleTarget = sampleTarget;
  }

  public SearchResults search(SearchRequest request, Viewer viewer) {
    QueryText q = QueryText.parse(request.text());
    long started = System.nanoTime();
    SearchScope<Page> scope = session.scope(Page.class);
    SearchPredicate where = predicate(scope.predicate(), q, request, viewer, true);
    // small or large? In an index of fewer pages than are counted exactly, every result is small;
    // so is one whose words are rare enough in the index (MatchBound: most names, numbers and
    // phrases); otherwise a first count on a sample of the matches tells (a sample sized by the
    // bound, 1/64 of the matches when nothing bounds them)
    long bound =
        indexedPages(scope) <= exactCount ? 0 : MatchBound.of(session, scope, q, request.fuzzy());
    // samples are counted on the same matches without the clauses that only rank them
    SearchPredicate matching =
        bound <= exactCount ? null : predicate(scope.predicate(), q, request, viewer, false);
    Counts sample = matching == null ? null : counts(scope, matching, firstSampleBuckets(bound));
    boolean small = sample == null || sample.total() <= exactCount;
    SearchQueryOptionsStep<?, Long, ?, ?, ?> query =
        session.search(scope).select(f -> f.id(Long.class)).where(where);
    // small: one pass finds the page of hits and counts every match exactly; large: the page of
    // hits without counting beyond it (so the best hits are found without scoring all), the counts
    // estimated from the sample
    query =
        small
            ? withFacets(query)
            : query.totalHitCountThreshold((long) request.page() * request.pageSize());
    SearchResult<Long> found =
        query
            .sort(order(scope.sort(), request.order()))
            .truncateAfter(TIME_LIMIT_MILLIS, TimeUnit.MILLISECONDS)
            .fetch((request.page() - 1) * request.pageSize(), request.pageSize());
    Counts counts =
        small ? new Counts(found, PageBridge.BUCKETS) : sampledCounts(scope, matching, sample);
    List<SearchResults.Hit> hits = describe(found.hits(), q.positiveWords(), request.fuzzy());
    SearchRequest.Filters chosen = request.filters();
    List<SearchResults.Facet> facets =
        List.of(
            facet(HOLDER, counts.scaled(counts.result.aggregation(BY_HOLDER)), chosen.holders()),
            facet(ORIGIN, counts.scaled(counts.result.aggregation(BY_ORIGIN)), chosen.origins()),
            facet(KIND, counts.scaled(counts.result.aggregation(BY_KIND)), chosen.kinds()),
            facet(TYPE, counts.scaled(counts.result.aggregation(BY_TYPE)), chosen.types()),
            facet(FONDS, counts.scaled(counts.result.aggregation(BY_FONDS)), chosen.fonds()),
            yearFacet(counts.scaled(counts.result.aggregation(BY_YEAR)), chosen));
    return new SearchResults(
        q,
        counts.total(),
        !counts.exact,
        found.timedOut()
            || counts.result.timedOut()
            || (sample != null && sample.result.timedOut()),
        request.page(),
        request.pageSize(),
        hits,
        facets,
        (System.nanoTime() - started) / 1_000_000);
  }

  /** How long the number of pages in the index is taken as known. */
  static final long INDEX_SIZE_MILLIS = 30_000;

  private record IndexSize(long pages, long at) {}

  /** The number of pages in each index (by the mapping that holds it), counted now and then. */
  private static final Map<Object, IndexSize> INDEX_SIZES =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /**
   * About how many pages the index holds (counted at most every {@value #INDEX_SIZE_MILLIS} ms):
   * when it has grown since, a result may be counted exactly beyond the limit, which costs more but
   * is still right.
   */
  private long indexedPages(SearchScope<Page> scope) {
    Object mapping = session.toEntityManager().getEntityManagerFactory();
    long now = System.currentTimeMillis();
    IndexSize known = INDEX_SIZES.get(mapping);
    if (known == null || now - known.at() > INDEX_SIZE_MILLIS) {
      known =
          new IndexSize(session.search(scope).where(f -> f.matchAll()).fetchTotalHitCount(), now);
      INDEX_SIZES.put(mapping, known);
    }
    return known.pages();
  }

  /**
   * Facet counts over the first {@code buckets} sample buckets of the matches; with every bucket
   * they are exact.
   */
  private Counts counts(SearchScope<Page> scope, SearchPredicate where, int buckets) {
    SearchResult<Long> result =
        withFacets(
                session
                    .search(scope)
                    .select(f -> f.id(Long.class))
                    .where(
                        f -> {
                          BooleanPredicateClausesStep<?> b = f.bool().must(where);
                          if (buckets < PageBridge.BUCKETS) {
                            b.filter(f.range().field(PageBridge.SAMPLE).between(0, buckets - 1));
                          }
                          return b;
                        }))
            .truncateAfter(TIME_LIMIT_MILLIS, TimeUnit.MILLISECONDS)
            .fetch(0);
    return new Counts(result, buckets);
  }

  /** The query with the six facets counted over its matches. */
  private static SearchQueryOptionsStep<?, Long, ?, ?, ?> withFacets(
      SearchQueryOptionsStep<?, Long, ?, ?, ?> query) {
    return query
        .aggregation(
            BY_HOLDER, f -> f.terms().field(HOLDER, String.class).maxTermCount(FACET_VALUES))
        .aggregation(
            BY_ORIGIN, f -> f.terms().field(ORIGIN, String.class).maxTermCount(FACET_VALUES))
        .aggregation(BY_KIND, f -> f.terms().field(KIND, String.class).maxTermCount(FACET_VALUES))
        .aggregation(BY_TYPE, f -> f.terms().field(TYPE, String.class).maxTermCount(FACET_VALUES))
        .aggregation(BY_FONDS, f -> f.terms().field(FONDS, String.class).maxTermCount(FACET_VALUES))
        .aggregation(BY_YEAR, f -> f.range().field(YEAR, Integer.class).ranges(YEAR_RANGES));
  }

  /**
   * How many buckets the first sample counts: {@value #FIRST_SAMPLE_BUCKETS} when nothing bounds
   * the result; else as many as hold about {@link #sampleTarget} matches if the result is as large
   * as its bound (a single word's often is), so that no second sample is needed.
   */
  int firstSampleBuckets(long bound) {
    if (bound == MatchBound.NONE) {
      return FIRST_SAMPLE_BUCKETS;
    }
    long buckets = (sampleTarget * (long) PageBridge.BUCKETS + bound - 1) / bound;
    return (int) Math.max(2, Math.min(PageBridge.BUCKETS, buckets));
  }

  /**
   * Facet counts and the total of a very large result, estimated from a sample of about {@value
   * #SAMPLE_TARGET} matches: a few buckets first, more when they hold too few matches.
   */
  private Counts sampledCounts(SearchScope<Page> scope, SearchPredicate where, Counts first) {
    Counts counts = first;
    long inSample = counts.result.total().hitCountLowerBound();
    if (inSample < sampleTarget / 4) {
      // fewer matches than a sample needs: more buckets, as many as make the target
      int more =
          (int)
              Math.min(
                  PageBridge.BUCKETS,
                  (long) Math.ceil((double) sampleTarget * first.buckets / Math.max(inSample, 1)));
      counts = counts(scope, where, more);
    }
    return counts;
  }

  /** Facet counts from {@code buckets} of the sample buckets, scaled to the whole. */
  private record Counts(SearchResult<Long> result, int buckets, boolean exact) {
    Counts(SearchResult<Long> result, int buckets) {
      this(result, buckets, buckets >= PageBridge.BUCKETS);
    }

    long total() {
      return scale(result.total().hitCountLowerBound());
    }

    long scale(long count) {
      return exact ? count : Math.round(count * (double) PageBridge.BUCKETS / buckets);
    }

    <K> Map<K, Long> scaled(Map<K, Long> counts) {
      if (exact) {
        return counts;
      }
      Map<K, Long> out = new java.util.LinkedHashMap<>();
      counts.forEach((k, v) -> out.put(k, scale(v)));
      return out;
    }
  }

  /**
   * The hits' descriptions and snippets, read in one query of the columns shown (no entities:
   * nothing here is changed, and hydrating three entities per hit cost more than the query), in the
   * order found.
   */
  private List<SearchResults.Hit> describe(List<Long> ids, List<String> words, boolean fuzzy) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, SearchResults.Hit> byId = new java.util.HashMap<>();
    // one parameter per id, as many as a whole page of hits (the unused ones repeat the first id):
    // the query's text is then one of a few, and Hibernate keeps its translation to SQL, which it
    // does not for a list parameter (a fifth of this method's time went into translating it anew)
    int slots =
        ids.size() <= SearchRequest.DEFAULT_PAGE_SIZE
            ? SearchRequest.DEFAULT_PAGE_SIZE
            : ids.size();
    var query = session.toEntityManager().createQuery(describeJpql(slots), Object[].class);
    for (int i = 0; i < slots; i++) {
      query.setParameter(i + 1, ids.get(i < ids.size() ? i : 0));
    }
    query.getResultList().forEach(row -> byId.put((Long) row[0], hit(row, words, fuzzy)));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /** The columns a hit shows, of the pages with ids ?1 to ?{@code slots}. */
  static String describeJpql(int slots) {
    StringBuilder in = new StringBuilder();
    for (int i = 1; i <= slots; i++) {
      in.append(i == 1 ? "?" : ", ?").append(i);
    }
    return "select p.id, p.pageNo, p.textContent, d.id, d.pageCount, d.code, d.typeName,"
        + " d.summary, d.kind, d.number, d.notation, d.issuedDate, d.access,"
        + " s.startDate, s.receivingCode, s.originLevel, s.originCode, s.code"
        + " from Page p join p.document d join d.dossier s where p.id in ("
        + in
        + ")";
  }

  /**
   * The pages of one document that match the query and that the viewer may see, in page order — to
   * step from hit to hit on the scan.
   */
  public List<Integer> hitPagesOfDocument(
      long documentId, String text, boolean fuzzy, Viewer viewer) {
    QueryText q = QueryText.parse(text);
    SearchRequest r = SearchRequest.of(text).withFuzzy(fuzzy);
    return session
        .search(Page.class)
        .where(
            f -> {
              BooleanPredicateClausesStep<?> b = f.bool();
              b.must(predicate(f, q, r, viewer, false));
              b.filter(f.match().field(DOCUMENT).matching(documentId));
              return b;
            })
        .truncateAfter(TIME_LIMIT_MILLIS, TimeUnit.MILLISECONDS)
        .fetchHits(1000)
        .stream()
        .map(Page::getPageNo)
        .sorted()
        .toList();
  }

  /** Whether the viewer may see this page (the same rule as in every search). */
  public boolean visible(long pageId, Viewer viewer) {
    return session
            .search(Page.class)
            .where(
                f -> {
                  BooleanPredicateClausesStep<?> b = f.bool();
                  b.must(f.id().matching(pageId));
                  b.filter(access(f, viewer));
                  return b;
                })
            .fetchTotalHitCount()
        > 0;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * What the query finds and the viewer may see. {@code ranked}: with the clauses that only order
   * the hits (diacritics that match exactly, words typed together found together); without them, it
   * matches the same pages and costs less to count.
   */
  static SearchPredicate predicate(
      SearchPredicateFactory f, QueryText q, SearchRequest request, Viewer viewer, boolean ranked) {
    BooleanPredicateClausesStep<?> b = f.bool();
    b.filter(access(f, viewer));
    filters(f, b, request.filters());
    if (q.typedNothingSearchable()) {
      b.mustNot(f.matchAll());
    } else if (q.isEmpty()) {
      b.must(f.matchAll());
    } else {
      for (String term : q.terms()) {
        b.must(term(f, term, request.fuzzy(), ranked));
      }
      for (List<String> phrase : q.phrases()) {
        b.must(phrase(f, String.join(" ", phrase), ranked));
      }
      // words typed next to each other rank first where they stand next to each other
      if (ranked && q.terms().size() > 1) {
        b.should(
            f.phrase()
                .fields(TEXT_PAIRS, META_PAIRS)
                .matching(String.join(" ", q.terms()))
                .boost(3f));
      }
    }
    for (String term : q.excludedTerms()) {
      b.mustNot(f.match().fields(TEXT, META).matching(term));
    }
    for (List<String> phrase : q.excludedPhrases()) {
      b.mustNot(phrase(f, String.join(" ", phrase), false));
    }
    return b.toPredicate();
  }

  /**
   * A word: found folded (with typos when fuzzy), ranked higher where its diacritics match. The
   * exact form is found only where the folded one is, so unranked the folded clause alone matches
   * the same pages.
   */
  private static SearchPredicate term(
      SearchPredicateFactory f, String word, boolean fuzzy, boolean ranked) {
    BooleanPredicateClausesStep<?> b = f.bool();
    var folded = f.match().fields(TEXT, META).matching(word);
    b.should(fuzzy && fuzzyApplies(word) ? folded.fuzzy(1, 1) : folded);
    // typed with diacritics: where they match exactly ranks first; typed without, there is nothing
    // to tell apart, and the second clause would only cost time
    if (ranked && hasDiacritics(word)) {
      b.should(f.match().fields(TEXT_EXACT, META_EXACT).matching(word).boost(2f));
    }
    return b.toPredicate();
  }

  /** Whether the text was typed with diacritics (or đ): its folded form differs. */
  private static boolean hasDiacritics(String typed) {
    return !Highlighter.fold(typed).equals(typed.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether "tìm gần đúng" tolerates a typo in this word: not in words of 1 to 3 letters. */
  static boolean fuzzyApplies(String word) {
    return word.length() >= 4;
  }

  /** A phrase as a phrase of syllable pairs (a one-word phrase matches the word itself). */
  private static SearchPredicate phrase(SearchPredicateFactory f, String phrase, boolean ranked) {
    BooleanPredicateClausesStep<?> b = f.bool();
    b.must(f.phrase().fields(TEXT_PAIRS, META_PAIRS).matching(phrase));
    // typed without diacritics, the phrase prefers no form (as a word, see term): a clause for its
    // exact form would only rank pages whose scan lost their diacritics above those that kept them
    if (!ranked || !hasDiacritics(phrase)) {
      return b.toPredicate();
    }
    // diacritics that match rank higher, word by word: a positional phrase on single syllables is
    // exactly the slow query the pairs avoid
    b.should(f.match().fields(TEXT_EXACT, META_EXACT).matching(phrase).boost(2f));
    return b.toPredicate();
  }

  /** What the viewer may see, as a filter clause of the query itself. */
  static SearchPredicate access(SearchPredicateFactory f, Viewer viewer) {
    BooleanPredicateClausesStep<?> b = f.bool();
    b.should(f.match().field(ACCESS).matching(AccessLevel.PUBLIC.code()));
    switch (viewer.role()) {
      case RESIDENT -> {
        if (viewer.verifiedPersonalId() != null) {
          BooleanPredicateClausesStep<?> own = f.bool();
          own.must(f.match().field(SUBJECT).matching(viewer.verifiedPersonalId()));
          own.must(f.match().field(ACCESS).matching(AccessLevel.RESTRICTED.code()));
          b.should(own);
        }
      }
      case BUSINESS -> {
        if (viewer.businessCode() != null) {
          BooleanPredicateClausesStep<?> own = f.bool();
          own.must(f.match().field(BUSINESS).matching(viewer.businessCode()));
          own.mustNot(f.match().field(ACCESS).matching(AccessLevel.CONFIDENTIAL.code()));
          b.should(own);
        }
      }
      case STAFF -> {
        if (viewer.units().contains(Viewer.ALL_UNITS)) {
          b.should(f.matchAll());
        } else if (!viewer.units().isEmpty()) {
          b.should(f.terms().field(HOLDER).matchingAny(viewer.units()));
        }
      }
      case ANONYMOUS -> {
        // public only
      }
    }
    return b.toPredicate();
  }

  private static void filters(
      SearchPredicateFactory f, BooleanPredicateClausesStep<?> b, SearchRequest.Filters filters) {
    anyOf(f, b, HOLDER, filters.holders());
    anyOf(f, b, ORIGIN, filters.origins());
    anyOf(f, b, KIND, filters.kinds());
    anyOf(f, b, TYPE, filters.types());
    anyOf(f, b, FONDS, filters.fonds());
    if (filters.yearFrom() != null || filters.yearTo() != null) {
      b.filter(f.range().field(YEAR).within(Range.between(filters.yearFrom(), filters.yearTo())));
    }
  }

  private static void anyOf(
      SearchPredicateFactory f,
      BooleanPredicateClausesStep<?> b,
      String field,
      Set<String> values) {
    if (!values.isEmpty()) {
      b.filter(f.terms().field(field).matchingAny(values));
    }
  }

  private static SearchSort order(SearchSortFactory f, SearchRequest.Order order) {
    return switch (order) {
      case RELEVANCE -> f.score().toSort();
      case NEWEST -> f.field(DATE).desc().missing().last().then().score().toSort();
      case OLDEST -> f.field(DATE).asc().missing().last().then().score().toSort();
    };
  }

  private static SearchResults.Hit hit(Object[] row, List<String> words, boolean fuzzy) {
    String text = (String) row[2];
    String summary = (String) row[7];
    if (text == null || text.isBlank()) {
      text = summary == null ? "" : summary;
    }
    LocalDate issued = (LocalDate) row[11];
    return new SearchResults.Hit(
        (Long) row[0],
        (Integer) row[1],
        (Long) row[3],
        (Integer) row[4],
        (String) row[5],
        (String) row[6],
        summary,
        (String) row[8],
        Document.numberAndNotation((String) row[9], (String) row[10]),
        issued != null ? issued : (LocalDate) row[13],
        (String) row[14],
        PageBridge.Units.originKey((String) row[15], (String) row[16]),
        (String) row[17],
        AccessLevel.ofCode((String) row[12]).code(),
        Highlighter.snippet(text, words, fuzzy, SNIPPET_CHARS));
  }

  private static SearchResults.Facet facet(
      String name, Map<String, Long> counts, Set<String> chosen) {
    List<SearchResults.Bucket> buckets = new ArrayList<>();
    counts.forEach(
        (value, count) ->
            buckets.add(new SearchResults.Bucket(value, count, chosen.contains(value))));
    // a chosen value stays visible even when it counts nothing any more
    for (String value : chosen) {
      if (!counts.containsKey(value)) {
        buckets.add(new SearchResults.Bucket(value, 0, true));
      }
    }
    buckets.sort(Comparator.comparingLong(SearchResults.Bucket::count).reversed());
    return new SearchResults.Facet(name, List.copyOf(buckets));
  }

  private static SearchResults.Facet yearFacet(
      Map<Range<Integer>, Long> counts, SearchRequest.Filters chosen) {
    List<SearchResults.Bucket> buckets = new ArrayList<>();
    for (Range<Integer> r : YEAR_RANGES) {
      Integer from = r.lowerBoundValue().orElse(null);
      Integer to = r.upperBoundValue().map(v -> v - 1).orElse(null);
      String label = (from == null ? "" : from) + "-" + (to == null ? "" : to);
      long count = counts.getOrDefault(r, 0L);
      boolean selected =
          java.util.Objects.equals(from, chosen.yearFrom())
              && java.util.Objects.equals(to, chosen.yearTo());
      if (count > 0 || selected) {
        buckets.add(new SearchResults.Bucket(label, count, selected));
      }
    }
    return new SearchResults.Facet(YEAR, List.copyOf(buckets));
  }
}
