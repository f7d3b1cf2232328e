package vn.hoso.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
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
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.flywaydb.core.Flyway;
import org.hibernate.search.mapper.orm.Search;
import vn.hoso.demo.RecordHeaders;
import vn.hoso.records.Page;

/**
 * Search at scale: N synthetic OCR-like pages (default 1,000,000) made from the real resolutions'
 * text, in the same run (a) raw Lucene with the same analysis and plain positional phrases, the
 * baseline, and (b) hoso's search ({@link PageSearch}: access filter, facets, snippets). Prints
 * indexing pages/s, index sizes, p50/p99 per query class, mixed throughput with 2 threads, and the
 * ratios. Run with {@code ./hoso bench-search [pages]}.
 */
public final class SearchBenchmark {

  private static final int PAGES_PER_DOCUMENT = 4;
  private static final int DOCUMENTS_PER_DOSSIER = 10;
  private static final String[] HOLDERS = {"27169", "00004", "26737", "00802", "05014"};
  private static final String[] KINDS = {
    "civil_status", "land", "construction", "business_registration", "decision", "other"
  };
  private static final String[] ACCESS = {
    "public", "public", "public", "restricted", "confidential"
  };

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    Path work = Files.createTempDirectory("hoso-search-bench");
    List<String> words = corpusWords();
    System.out.printf(
        "%,d pages from %,d words of real resolutions; work dir %s%n", pages, words.size(), work);
    Random random = new Random(42);
    Function<Integer, String> text = i -> pageText(words, new Random(i * 7919L + 1));

    // ---- database, as ingest leaves it --------------------------------------------------------
    String url = "jdbc:h2:file:" + work.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
    long t0 = System.nanoTime();
    load(url, pages, text);
    System.out.printf("database loaded in %.1f s%n", secs(t0));

    // ---- (a) raw Lucene, same analysis ---------------------------------------------------------
    Path rawDir = work.resolve("raw");
    t0 = System.nanoTime();
    rawIndex(rawDir, pages, text);
    double rawSecs = secs(t0);
    // ---- (b) hoso: Hibernate Search mass indexing from the database ---------------------------
    Map<String, Object> props =
        new HashMap<>(SearchSettings.properties(work.resolve("hs").toString()));
    props.put("jakarta.persistence.jdbc.url", url);
    props.put("jakarta.persistence.jdbc.user", "sa");
    props.put("jakarta.persistence.jdbc.password", "");
    props.put("hibernate.search.schema_management.strategy", "drop-and-create-and-drop");
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("hoso-search-test", props);
    t0 = System.nanoTime();
    Search.mapping(emf)
        .scope(Page.class)
        .massIndexer()
        .threadsToLoadObjects(2)
        .batchSizeToLoadObjects(500)
        .mergeSegmentsOnFinish(true)
        .startAndWait();
    double hsSecs = secs(t0);

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

    // ---- queries ---------------------------------------------------------------------------
    Map<String, List<String>> classes = queryClasses(text, pages, random, queries);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(rawDir))) {
      IndexSearcher raw = new IndexSearcher(reader);
      Analyzer folded = folded();
      System.out.println();
      System.out.printf(
          "%-28s %10s %10s %10s %10s %8s%n",
          "query class", "raw p50", "raw p99", "hoso p50", "hoso p99", "hits");
      Viewer staff = Viewer.staff(Set.of(HOLDERS[0], HOLDERS[1]));
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
      // mixed throughput, 2 threads, every class interleaved
      List<String[]> mixed = new ArrayList<>();
      classes.forEach((k, v) -> v.forEach(q -> mixed.add(new String[] {k, q})));
      java.util.Collections.shuffle(mixed, random);
      double rawQps =
          throughput(
              mixed,
              q -> {
                try {
                  raw.search(rawQuery(folded, q[1], q[0].startsWith("filtered")), 20);
                } catch (IOException ex) {
                  throw new IllegalStateException(ex);
                }
              });
      double hsQps = throughput(mixed, q -> hoso(emf, q[1], q[0].startsWith("filtered"), staff));
      System.out.println();
      System.out.printf(
          "mixed, 2 threads: raw %,.0f queries/s, hoso %,.0f queries/s (target >= 1,000)%n",
          rawQps, hsQps);
    }
    emf.close();
    delete(work);
  }

  // ---- data ------------------------------------------------------------------------------------

  private static List<String> corpusWords() throws IOException {
    // the resolutions the project ships for its demo pages (from ../shared/data/corpus)
    Path corpus = Path.of("ejb", "src", "main", "resources", "demo", "corpus");
    if (!Files.isDirectory(corpus)) {
      corpus = Path.of("src", "main", "resources", "demo", "corpus");
    }
    List<String> words = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String s = Normalizer.normalize(Files.readString(p), Normalizer.Form.NFC);
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
          if (!w.isEmpty() && w.length() < 20) {
            words.add(w);
          }
        }
      }
    }
    return words;
  }

  private static final RecordHeaders HEADERS = new RecordHeaders();

  /**
   * About 300 words, as an OCR'd record page reads: the record's own lines (issuing commune,
   * number, date, a person's name, birth date, personal ID and residence — the long tail of an
   * archive's vocabulary) and four runs of real resolution text, with OCR slips in about one word
   * in seventy (a diacritic lost or a letter misread).
   */
  static String pageText(List<String> words, Random r) {
    StringBuilder s = new StringBuilder(2600);
    s.append(HEADERS.next(r));
    for (int run = 0; run < 4; run++) {
      int start = r.nextInt(words.size() - 60);
      for (int i = start; i < start + 60; i++) {
        String w = words.get(i);
        s.append(r.nextInt(70) == 0 ? ocrSlip(w, r) : w).append(i % 14 == 13 ? '\n' : ' ');
      }
    }
    return s.toString();
  }

  private static final String[][] MISREADS = {
    {"rn", "m"}, {"l", "1"}, {"o", "0"}, {"c", "e"}, {"h", "b"}, {"u", "n"}, {"i", "l"}, {"t", "f"}
  };

  /** One OCR slip: a tone or vowel mark lost, or a letter read as its look-alike. */
  static String ocrSlip(String w, Random r) {
    String d = Normalizer.normalize(w, Normalizer.Form.NFD);
    if (r.nextBoolean() && d.length() > w.length()) {
      int marks = 0;
      for (char c : d.toCharArray()) {
        marks += Character.getType(c) == Character.NON_SPACING_MARK ? 1 : 0;
      }
      int drop = r.nextInt(marks);
      StringBuilder out = new StringBuilder();
      for (char c : d.toCharArray()) {
        if (Character.getType(c) == Character.NON_SPACING_MARK && drop-- == 0) {
          continue;
        }
        out.append(c);
      }
      return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
    String[] m = MISREADS[r.nextInt(MISREADS.length)];
    int at = w.indexOf(m[0]);
    return at < 0 ? w : w.substring(0, at) + m[1] + w.substring(at + m[0].length());
  }

  private static void load(String url, int pages, Function<Integer, String> text)
      throws SQLException {
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.executeUpdate(
            "insert into handover (id, state, received_by, received_at)"
                + " values (1, 'COMPLETED', 'bench', current_timestamp)");
        st.executeUpdate(
            "insert into blob (sha256, byte_size, media_type, created_at) values ('"
                + "0".repeat(64)
                + "', 1, 'image/png', current_timestamp)");
        for (int h = 0; h < HOLDERS.length; h++) {
          st.executeUpdate(
              "insert into fonds (id, code, name, origin_level, origin_code, receiving_code, closed)"
                  + " values ("
                  + (h + 1)
                  + ", 'P"
                  + HOLDERS[h]
                  + "', 'Phông "
                  + HOLDERS[h]
                  + "', 'commune', '"
                  + HOLDERS[h]
                  + "', '"
                  + HOLDERS[h]
                  + "', true)");
        }
      }
      int documents = (pages + PAGES_PER_DOCUMENT - 1) / PAGES_PER_DOCUMENT;
      int dossiers = (documents + DOCUMENTS_PER_DOSSIER - 1) / DOCUMENTS_PER_DOSSIER;
      try (PreparedStatement ds =
              c.prepareStatement(
                  "insert into dossier (id, fonds_id, handover_id, code, title, retention, access_level,"
                      + " language, start_date, end_date, document_count, page_count,"
                      + " origin_level, origin_code, receiving_code)"
                      + " values (?, ?, 1, ?, ?, 'vĩnh viễn', 'public', 'vi', ?, ?, ?, ?,"
                      + " 'commune', ?, ?)");
          PreparedStatement doc =
              c.prepareStatement(
                  "insert into document (id, dossier_id, code, ordinal, kind, type_name, doc_number,"
                      + " issued_date, issuing_organ, summary, page_count, access_level, autograph)"
                      + " values (?, ?, ?, 1, ?, ?, ?, ?, 'UBND', ?, ?, ?, false)");
          PreparedStatement pg =
              c.prepareStatement(
                  "insert into page (id, document_id, page_no, blob_sha256, media_type,"
                      + " text_source, text_content, low_confidence, duplicate_file)"
                      + " values (?, ?, ?, ?, 'image/png', 'OCR', ?, false, false)")) {
        Random r = new Random(7);
        for (int d = 1; d <= dossiers; d++) {
          int h = d % HOLDERS.length;
          java.sql.Date date =
              java.sql.Date.valueOf(java.time.LocalDate.of(1980 + d % 45, 1 + d % 12, 1 + d % 28));
          ds.setLong(1, d);
          ds.setLong(2, h + 1);
          ds.setString(3, "HS-" + d);
          ds.setString(4, "Hồ sơ số " + d);
          ds.setDate(5, date);
          ds.setDate(6, date);
          ds.setInt(7, DOCUMENTS_PER_DOSSIER);
          ds.setInt(8, DOCUMENTS_PER_DOSSIER * PAGES_PER_DOCUMENT);
          ds.setString(9, HOLDERS[h]);
          ds.setString(10, HOLDERS[h]);
          ds.addBatch();
        }
        ds.executeBatch();
        for (int d = 1; d <= documents; d++) {
          int dossier = (d - 1) / DOCUMENTS_PER_DOSSIER + 1;
          doc.setLong(1, d);
          doc.setLong(2, dossier);
          doc.setString(3, "VB-" + d);
          doc.setString(4, KINDS[d % KINDS.length]);
          doc.setString(5, "Quyết định");
          doc.setString(6, Integer.toString(d));
          doc.setDate(
              7,
              java.sql.Date.valueOf(
                  java.time.LocalDate.of(1980 + dossier % 45, 1 + dossier % 12, 1 + dossier % 28)));
          doc.setString(8, "Văn bản số " + d);
          doc.setInt(9, PAGES_PER_DOCUMENT);
          doc.setString(10, ACCESS[r.nextInt(ACCESS.length)]);
          doc.addBatch();
          if (d % 5000 == 0) {
            doc.executeBatch();
          }
        }
        doc.executeBatch();
        for (int p = 1; p <= pages; p++) {
          pg.setLong(1, p);
          pg.setLong(2, (p - 1) / PAGES_PER_DOCUMENT + 1);
          pg.setInt(3, (p - 1) % PAGES_PER_DOCUMENT + 1);
          pg.setString(4, "0".repeat(64));
          pg.setString(5, text.apply(p));
          pg.addBatch();
          if (p % 2000 == 0) {
            pg.executeBatch();
            c.commit();
          }
        }
        pg.executeBatch();
      }
      c.commit();
      try (Statement st = c.createStatement()) {
        for (String t : List.of("dossier", "document", "page")) {
          st.execute("alter table " + t + " alter column id restart with 100000000");
        }
      }
      c.commit();
    }
  }

  // ---- raw Lucene ------------------------------------------------------------------------------

  private static Analyzer folded() throws IOException {
    return CustomAnalyzer.builder()
        .withTokenizer("standard")
        .addTokenFilter("lowercase")
        .addTokenFilter("asciiFolding")
        .build();
  }

  private static void rawIndex(Path dir, int pages, Function<Integer, String> text)
      throws IOException {
    Analyzer folded = folded();
    Analyzer exact =
        CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase").build();
    Analyzer pairs =
        CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("lowercase")
            .addTokenFilter("asciiFolding")
            .addTokenFilter(
                "shingle",
                "minShingleSize",
                "2",
                "maxShingleSize",
                "2",
                "outputUnigrams",
                "false",
                "outputUnigramsIfNoShingles",
                "true")
            .build();
    Analyzer perField =
        new PerFieldAnalyzerWrapper(folded, Map.of("text_exact", exact, "text_pairs", pairs));
    try (IndexWriter w =
        new IndexWriter(
            FSDirectory.open(dir), new IndexWriterConfig(perField).setRAMBufferSizeMB(256))) {
      for (int p = 1; p <= pages; p++) {
        String t = text.apply(p);
        Document d = new Document();
        d.add(new StringField("id", Integer.toString(p), Field.Store.YES));
        d.add(new TextField("text", t, Field.Store.NO));
        d.add(new TextField("text_exact", t, Field.Store.NO));
        d.add(new TextField("text_pairs", t, Field.Store.NO));
        int dossier = ((p - 1) / PAGES_PER_DOCUMENT) / DOCUMENTS_PER_DOSSIER + 1;
        String holder = HOLDERS[dossier % HOLDERS.length];
        d.add(new StringField("holder", holder, Field.Store.NO));
        d.add(new SortedSetDocValuesField("holder", new BytesRef(holder)));
        w.addDocument(d);
      }
    }
  }

  private static Query rawQuery(Analyzer folded, String q, boolean filtered) throws IOException {
    List<String> tokens = new ArrayList<>();
    boolean phrase = q.startsWith("\"");
    try (var ts = folded.tokenStream("text", q.replace("\"", ""))) {
      var term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(term.toString());
      }
      ts.end();
    }
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
