package vn.hoso.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import vn.hoso.demo.RecordHeaders;
import vn.hoso.shared.TestDatabase;

/**
 * The synthetic archive of {@link SearchBenchmark}: OCR-like pages made from the real resolutions'
 * words (record lines, runs of resolution text, OCR slips), loaded into a database as ingest leaves
 * it, and the same pages in a raw Lucene index with the same analysis (the baseline).
 */
final class SearchBenchmarkData {

  static final int PAGES_PER_DOCUMENT = 4;
  static final int DOCUMENTS_PER_DOSSIER = 10;
  static final String[] HOLDERS = {"27169", "00004", "26737", "00802", "05014"};
  static final String[] KINDS = {
    "civil_status", "land", "construction", "business_registration", "decision", "other"
  };
  static final String[] ACCESS = {"public", "public", "public", "restricted", "confidential"};

  private SearchBenchmarkData() {}

  static List<String> corpusWords() throws IOException {
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

  static void load(String url, int pages, Function<Integer, String> text) throws SQLException {
    try (Connection c = TestDatabase.migrated(url, "sa", "").connect()) {
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

  // ---- raw Lucene, same analysis as the index ----------------------------------------------

  static Analyzer folded() throws IOException {
    return CustomAnalyzer.builder()
        .withTokenizer("standard")
        .addTokenFilter("lowercase")
        .addTokenFilter("asciiFolding")
        .build();
  }

  static void rawIndex(Path dir, int pages, Function<Integer, String> text) throws IOException {
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
}
