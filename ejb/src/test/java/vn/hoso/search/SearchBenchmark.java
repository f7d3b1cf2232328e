package vn.hoso.search;

import static vn.hoso.search.SearchBenchmarkData.HOLDERS;
import static vn.hoso.search.SearchBenchmarkData.corpusWords;
import static vn.hoso.search.SearchBenchmarkData.folded;
import static vn.hoso.search.SearchBenchmarkData.load;
import static vn.hoso.search.SearchBenchmarkData.pageText;
import static vn.hoso.search.SearchBenchmarkData.rawIndex;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.mapper.orm.Search;
import vn.hoso.records.Page;

/**
 * Search at scale: N synthetic OCR-like pages (default 1,000,000) made from the real resolutions'
 * text, in the same run (a) raw Lucene with the same analysis and plain positional phrases, the
 * baseline, and (b) hoso's search ({@link PageSearch}: access filter, facets, snippets). Prints
 * indexing pages/s, index sizes, p50/p99 per query class, mixed throughput with 2 threads, and the
 * ratios. The pages and both indexes' data come from {@link SearchBenchmarkData}. Run with {@code
 * ./hoso bench-search [pages]}.
 */
public final class SearchBenchmark {

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    // -Dhoso.bench.dir=DIR keeps the database and both indexes there and reuses them on the next
    // run with the same page count: the queries can then be measured again without the ~20 minutes
    // of loading and indexing 1,000,000 pages
    String keep = System.getProperty("hoso.bench.dir");
    Path work = keep != null ? Path.of(keep) : Files.createTempDirectory("hoso-search-bench");
    Path built = work.resolve("built-" + pages);
    boolean reuse = Files.exists(built);
    List<String> words = corpusWords();
    System.out.printf(
        "%,d pages from %,d words of real resolutions; work dir %s%n", pages, words.size(), work);
    Random random = new Random(42);
    Function<Integer, String> text = i -> pageText(words, new Random(i * 7919L + 1));

    // ---- database, as ingest leaves it --------------------------------------------------------
    String url = "jdbc:h2:file:" + work.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
    if (!reuse && keep != null) {
      // what an unfinished earlier run left (only what this benchmark writes there)
      Files.createDirectories(work);
      for (String mine : List.of("db.mv.db", "db.trace.db", "raw", "hs")) {
        if (Files.exists(work.resolve(mine))) {
          delete(work.resolve(mine));
        }
      }
    }
    long t0 = System.nanoTime();
    if (!reuse) {
      load(url, pages, text);
      System.out.printf("database loaded in %.1f s%n", secs(t0));
    }

    // ---- (a) raw Lucene, same analysis ---------------------------------------------------------
    Path rawDir = work.resolve("raw");
    t0 = System.nanoTime();
    if (!reuse) {
      rawIndex(rawDir, pages, text);
    }
    double rawSecs = secs(t0);
    // ---- (b) hoso: Hibernate Search mass indexing from the database ---------------------------
    Map<String, Object> props =
        new HashMap<>(SearchSettings.properties(work.resolve("hs").toString()));
    props.put("jakarta.persistence.jdbc.url", url);
    props.put("jakarta.persistence.jdbc.user", "sa");
    props.put("jakarta.persistence.jdbc.password", "");
    props.put(
        "hibernate.search.schema_management.strategy",
        reuse
            ? "create-or-validate"
            : keep != null ? "drop-and-create" : "drop-and-create-and-drop");
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("hoso-search-test", props);
    t0 = System.nanoTime();
    if (!reuse) {
      Search.mapping(emf)
          .scope(Page.class)
          .massIndexer()
          .threadsToLoadObjects(2)
          .batchSizeToLoadObjects(500)
          .mergeSegmentsOnFinish(true)
          .startAndWait();
    }
    double hsSecs = secs(t0);
    if (reuse) {
      System.out.printf("reusing the database and indexes of %s (no indexing figures)%n", work);
    } else if (keep != null) {
      Files.createFile(built);
    }

    if (!reuse) {
      System.out.println();
      System.out.printf("%-44s %12s %12s%n", "indexing", "pages/s", "index size");
      System.out.printf(
          "%-44s %,12.0f %12s%n", "raw Lucene, same analysis", pages / rawSecs, size(rawDir));
      System.out.printf(
          "%-44s %,12.0f %12s%n",
          "hoso (Hibernate Search, from the database)", pages / hsSecs, size(work.resolve("hs")));
      System.out.printf("ratio hoso / raw: %.2f (target >= 0.7)%n", rawSecs / hsSecs);
      System.out.printf(
          "segments: raw %d, hoso %d%n", segments(rawDir), segments(work.resolve("hs")));
    }

    // ---- queries ---------------------------------------------------------------------------
    Map<String, List<String>> classes = queryClasses(text, pages, random, queries);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(rawDir))) {
      // the baseline keeps Lucene's own filter cache and policy: it is created before hoso's
      // first search installs its own (FilterCache)
      IndexSearcher raw = new IndexSearcher(reader);
      Analyzer folded = folded();
      Viewer staff = Viewer.staff(Set.of(HOLDERS[0], HOLDERS[1]));
      // mixed throughput, 2 threads, every class interleaved; measured first, in rounds (see
      // MIXED_ROUNDS), so that it also warms both sides for the classes' latencies
      List<String[]> mixed = new ArrayList<>();
      classes.forEach((k, v) -> v.forEach(q -> mixed.add(new String[] {k, q})));
      java.util.Collections.shuffle(mixed, random);
      java.util.function.Consumer<String[]> rawRun =
          q -> {
            try {
              raw.search(rawQuery(folded, q[1], q[0].startsWith("filtered")), 20);
            } catch (IOException ex) {
              throw new IllegalStateException(ex);
            }
          };
      java.util.function.Consumer<String[]> hsRun =
          q -> hoso(emf, q[1], q[0].startsWith("filtered"), staff);
      System.out.println();
      double rawQps = 0;
      double hsQps = 0;
      for (int round = 1; round <= MIXED_ROUNDS; round++) {
        long jit0 = jitMillis();
        rawQps = throughput(mixed, rawRun);
        long jit1 = jitMillis();
        hsQps = throughput(mixed, hsRun);
        long jit2 = jitMillis();
        System.out.printf(
            "mixed, 2 threads, round %d: raw %,.0f queries/s (JIT %.1f s), hoso %,.0f queries/s"
                + " (JIT %.1f s), hoso / raw %.2f%n",
            round, rawQps, (jit1 - jit0) / 1e3, hsQps, (jit2 - jit1) / 1e3, hsQps / rawQps);
        if (jit2 - jit0 < QUIET_JIT_MILLIS) {
          break;
        }
      }
      System.out.println();
      System.out.printf(
          "%-28s %10s %10s %10s %10s %8s%n",
          "query class", "raw p50", "raw p99", "hoso p50", "hoso p99", "hits");
      for (var e : classes.entrySet()) {
        String name = e.getKey();
        boolean filtered = name.startsWith("filtered");
        List<String> qs = e.getValue();
        long[] rawTimes = new long[qs.size()];
        long[] hsTimes = new long[qs.size()];
        AtomicLong hits = new AtomicLong();
        // warm-up both sides on the first tenth
        for (int i = 0; i < qs.size() / 10; i++) {
          raw.search(rawQuery(folded, qs.get(i), filtered), 20);
          hoso(emf, qs.get(i), filtered, staff);
        }
        for (int i = 0; i < qs.size(); i++) {
          long s = System.nanoTime();
          raw.search(rawQuery(folded, qs.get(i), filtered), 20);
          rawTimes[i] = System.nanoTime() - s;
          s = System.nanoTime();
          hits.addAndGet(hoso(emf, qs.get(i), filtered, staff));
          hsTimes[i] = System.nanoTime() - s;
        }
        System.out.printf(
            "%-28s %8.1fms %8.1fms %8.1fms %8.1fms %8d%n",
            name,
            pct(rawTimes, 50),
            pct(rawTimes, 99),
            pct(hsTimes, 50),
            pct(hsTimes, 99),
            hits.get() / qs.size());
      }
      System.out.printf(
          "mixed, 2 threads: raw %,.0f queries/s, hoso %,.0f queries/s (target >= 1,000)%n",
          rawQps, hsQps);
    }
    emf.close();
    if (keep == null) {
      delete(work);
    }
  }

  // ---- raw Lucene ------------------------------------------------------------------------------

  private static Query rawQuery(Analyzer folded, String q, boolean filtered) {
    List<String> tokens = MatchBound.tokens(folded, "text", q.replace("\"", ""));
    boolean phrase = q.startsWith("\"");
    Query main;
    if (phrase) {
      main = new PhraseQuery("text", tokens.toArray(new String[0]));
    } else {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String t : tokens) {
        b.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.MUST);
      }
      main = b.build();
    }
    if (!filtered) {
      return main;
    }
    return new BooleanQuery.Builder()
        .add(main, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term("holder", HOLDERS[0])), BooleanClause.Occur.FILTER)
        .build();
  }

  // ---- hoso ------------------------------------------------------------------------------------

  private static long hoso(EntityManagerFactory emf, String q, boolean filtered, Viewer staff) {
    EntityManager em = emf.createEntityManager();
    try {
      SearchRequest r = SearchRequest.of(q);
      if (filtered) {
        r =
            r.withFilters(
                new SearchRequest.Filters(Set.of(HOLDERS[0]), null, null, null, null, null, null));
      }
      return new PageSearch(Search.session(em))
          .search(r, filtered ? staff : Viewer.anonymous())
          .total();
    } finally {
      em.close();
    }
  }

  // ---- queries and figures ---------------------------------------------------------------------

  /**
   * What people type, drawn from random pages (so a word is as likely as the pages it is on): a
   * word, two words of one page, two or three consecutive words (half of the three-word phrases are
   * the page's person's name), and two words with a unit filter as staff. People look for names,
   * places, numbers and terms, not for "của" or "ngày": words among the 150 most frequent syllables
   * of the pages are not drawn alone, and have their own class, "very common word", so that their
   * cost is seen. Every other query of a class is typed without diacritics.
   */
  private static Map<String, List<String>> queryClasses(
      Function<Integer, String> text, int pages, Random r, int n) {
    Map<String, Integer> frequency = new HashMap<>();
    for (int i = 0; i < 2000; i++) {
      for (String w : tokens(text.apply(1 + r.nextInt(pages)))) {
        frequency.merge(Highlighter.fold(w), 1, Integer::sum);
      }
    }
    List<String> common =
        frequency.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(150)
            .map(Map.Entry::getKey)
            .toList();
    Set<String> stop = Set.copyOf(common);
    Map<String, List<String>> c = new java.util.LinkedHashMap<>();
    List<String> term = new ArrayList<>();
    List<String> and = new ArrayList<>();
    List<String> phrase2 = new ArrayList<>();
    List<String> phrase3 = new ArrayList<>();
    List<String> filtered = new ArrayList<>();
    List<String> frequent = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String page = text.apply(1 + r.nextInt(pages));
      List<String> w = tokens(page);
      List<Integer> rare = new ArrayList<>();
      for (int k = 0; k < w.size(); k++) {
        if (!stop.contains(Highlighter.fold(w.get(k))) && w.get(k).length() > 1) {
          rare.add(k);
        }
      }
      int at = rare.get(r.nextInt(rare.size()));
      term.add(w.get(at));
      and.add(w.get(at) + " " + w.get(rare.get(r.nextInt(rare.size()))));
      int p = Math.min(at, w.size() - 3);
      phrase2.add("\"" + w.get(p) + " " + w.get(p + 1) + "\"");
      if (i % 2 == 0) {
        phrase3.add("\"" + w.get(p) + " " + w.get(p + 1) + " " + w.get(p + 2) + "\"");
      } else {
        java.util.regex.Matcher name =
            java.util.regex.Pattern.compile("Họ và tên: (\\S+ \\S+ \\S+)").matcher(page);
        phrase3.add(
            name.find()
                ? "\"" + name.group(1) + "\""
                : "\"" + String.join(" ", w.subList(p, p + 3)) + "\"");
      }
      filtered.add(w.get(at) + " " + w.get(rare.get(r.nextInt(rare.size()))));
      frequent.add(common.get(r.nextInt(common.size())));
    }
    // half of them typed without diacritics, as on a phone
    for (List<String> l : List.of(term, and, phrase2, phrase3, filtered)) {
      for (int i = 1; i < l.size(); i += 2) {
        l.set(i, Highlighter.fold(l.get(i)));
      }
    }
    c.put("term", term);
    c.put("two-term AND", and);
    c.put("2-syllable phrase", phrase2);
    c.put("3-syllable phrase", phrase3);
    c.put("filtered + faceted", filtered);
    c.put("very common word", frequent);
    return c;
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The mixed throughput is measured in rounds, raw then hoso, until the JIT compilers spent less
   * than {@code QUIET_JIT_MILLIS} in a round (both sides together), at most {@code MIXED_ROUNDS}
   * rounds; the last round is the figure. The first rounds also warm both sides; hoso's code
   * (Hibernate Search, Hibernate ORM, H2) is far larger than raw Lucene's and compiles for longer.
   */
  private static final int MIXED_ROUNDS = 6;

  private static final long QUIET_JIT_MILLIS = 1_500;

  /** Time the JIT compilers have spent compiling so far (approximate, summed over threads). */
  private static long jitMillis() {
    return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  private static double throughput(
      List<String[]> queries, java.util.function.Consumer<String[]> run)
      throws InterruptedException {
    AtomicLong next = new AtomicLong();
    long deadline = System.nanoTime() + 15_000_000_000L;
    long t0 = System.nanoTime();
    Thread[] threads = new Thread[2];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                while (System.nanoTime() < deadline) {
                  run.accept(queries.get((int) (next.getAndIncrement() % queries.size())));
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return next.get() / secs(t0);
  }

  private static double pct(long[] nanos, int p) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)] / 1e6;
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long segments(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".si")).count();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      long bytes =
          s.filter(Files::isRegularFile)
              .mapToLong(
                  p -> {
                    try {
                      return Files.size(p);
                    } catch (IOException e) {
                      return 0;
                    }
                  })
              .sum();
      return String.format("%,d MB", bytes / (1024 * 1024));
    }
  }
}
