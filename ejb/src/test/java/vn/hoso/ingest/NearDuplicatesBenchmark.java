package vn.hoso.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.hoso.demo.HandoverPackageGenerator;
import vn.hoso.demo.HandoverPackageGenerator.PageTruth;

/**
 * The text-band lookup in a large archive: the keys of many generated pages of one commune (the
 * worst case: a few printed forms filled thousands of times) in a {@code page_text_band} table on
 * H2, and on the PostgreSQL that {@code HOSO_TEST_PG_URL} names if any; then, for pages read again
 * (OCR confusions on 3 % of the letters, 2 % of the letters and 1 % of the digits replaced),
 * whether the original is among the candidates judged, and what a lookup costs — by the word bands
 * alone, read whole, and by the portal's query. Not a test: run it by hand on a quiet machine,
 *
 * <pre>
 * mvn -q -o -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=vn.hoso.ingest.NearDuplicatesBenchmark -Dexec.args="30000 400"
 * </pre>
 *
 * (dossiers, rescans; 30,000 dossiers make about 93,000 pages).
 */
public final class NearDuplicatesBenchmark {

  private NearDuplicatesBenchmark() {}

  public static void main(String[] args) throws SQLException {
    int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    int rescans = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    long started = System.nanoTime();
    List<PageTruth> pages =
        new HandoverPackageGenerator(1)
            .texts(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(5)
                    .withDossiers(dossiers)
                    .withDocuments(1, 3)
                    .withPages(1, 2)
                    .withOrigin("commune:27169")
                    .withReceivingUnit("27169"));
    List<TextBands.Keys> keys = new ArrayList<>();
    for (PageTruth t : pages) {
      keys.add(TextBands.of(t.text()));
    }
    Random r = new Random(9);
    List<Integer> originals = new ArrayList<>();
    List<TextBands.Keys> again = new ArrayList<>();
    while (originals.size() < rescans) {
      int i = r.nextInt(pages.size());
      String text =
          replace(
              replace(HandoverPackageGenerator.withOcrNoise(pages.get(i).text(), 0.03, r), 0.02, r),
              0.01,
              r);
      TextBands.Keys k = TextBands.of(text);
      if (!keys.get(i).isEmpty() && !k.isEmpty()) {
        originals.add(i);
        again.add(k);
      }
    }
    System.out.printf(
        "%d pages of %d dossiers signed in %d ms%n",
        pages.size(), dossiers, (System.nanoTime() - started) / 1_000_000);
    run("H2", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "sa", "", keys, originals, again);
    String pg = System.getenv("HOSO_TEST_PG_URL");
    if (pg != null && !pg.isBlank()) {
      run(
          "PostgreSQL",
          pg,
          System.getenv().getOrDefault("HOSO_TEST_PG_USER", "postgres"),
          System.getenv().getOrDefault("HOSO_TEST_PG_PASSWORD", ""),
          keys,
          originals,
          again);
    }
  }

  /** A share of the letters (or, for a share under 0.015, the digits) replaced at random. */
  private static String replace(String text, double share, Random r) {
    boolean digits = share < 0.015;
    StringBuilder s = new StringBuilder(text);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((digits ? Character.isDigit(c) : Character.isLetter(c)) && r.nextDouble() < share) {
        s.setCharAt(i, digits ? (char) ('0' + r.nextInt(10)) : (char) ('a' + r.nextInt(26)));
      }
    }
    return s.toString();
  }

  private static void run(
      String name,
      String url,
      String user,
      String password,
      List<TextBands.Keys> keys,
      List<Integer> originals,
      List<TextBands.Keys> again)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      try (Statement s = c.createStatement()) {
        s.execute("drop table if exists page_text_band");
        // as V8, without the reference to page
        s.execute(
            "create table page_text_band (band_key bigint not null, page_id bigint not null,"
                + " constraint pk_page_text_band primary key (band_key, page_id))");
      }
      c.setAutoCommit(false);
      long rows = 0;
      try (PreparedStatement ps = c.prepareStatement("insert into page_text_band values (?, ?)")) {
        for (int i = 0; i < keys.size(); i++) {
          for (long k : keys.get(i).all()) {
            ps.setLong(1, k);
            ps.setLong(2, i);
            ps.addBatch();
            rows++;
          }
          if (i % 1000 == 999) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      if (name.equals("PostgreSQL")) {
        try (Statement s = c.createStatement()) {
          s.execute("analyze page_text_band");
        }
        c.commit();
      }
      System.out.printf("%s: %d pages, %d band rows%n", name, keys.size(), rows);
      for (int variant = 0; variant < 3; variant++) {
        // twice: the first round warms up
        for (int round = 0; round < 2; round++) {
          List<Long> nanos = new ArrayList<>();
          int found = 0;
          for (int n = 0; n < originals.size(); n++) {
            TextBands.Keys k = again.get(n);
            long[] params = variant == 0 ? k.words() : k.all();
            String sql =
                switch (variant) {
                  case 0 ->
                      "select page_id from page_text_band where band_key in ("
                          + "?,".repeat(params.length - 1)
                          + "?) and page_id <> ? group by page_id order by count(*) desc, page_id";
                  case 1 ->
                      "select page_id from (select page_id, case when band_key in ("
                          + "?,".repeat(k.words().length - 1)
                          + "?) then 1 else 0 end w from page_text_band where band_key in ("
                          + "?,".repeat(params.length - 1)
                          + "?)) c where page_id <> ? group by page_id having max(w) = 1"
                          + " order by count(*) desc, page_id";
                  default -> NearDuplicates.textCandidatesSql(k.words().length, k.numbers().length);
                };
            if (variant == 1) {
              long[] both = new long[k.words().length + params.length];
              System.arraycopy(k.words(), 0, both, 0, k.words().length);
              System.arraycopy(params, 0, both, k.words().length, params.length);
              params = both;
            }
            long t0 = System.nanoTime();
            try (PreparedStatement ps =
                c.prepareStatement(
                    sql.replaceAll("\\?\\d+", "?")
                        + " fetch first "
                        + NearDuplicates.MAX_CANDIDATES
                        + " rows only")) {
              for (int j = 0; j < params.length; j++) {
                ps.setLong(j + 1, params[j]);
              }
              ps.setLong(params.length + 1, -1);
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  if (rs.getLong(1) == originals.get(n)) {
                    found++;
                  }
                }
              }
            }
            nanos.add(System.nanoTime() - t0);
          }
          Collections.sort(nanos);
          if (round == 1) {
            System.out.printf(
                "  %s: original among the %d candidates for %d of %d rescans; lookup median %.1f"
                    + " ms, 95th percentile %.1f ms%n",
                switch (variant) {
                  case 0 -> "words alone, bands read whole";
                  case 1 -> "words and numbers, bands read whole";
                  default -> "words and numbers, bands read in part (the portal's query)";
                },
                NearDuplicates.MAX_CANDIDATES,
                found,
                originals.size(),
                nanos.get(nanos.size() / 2) / 1e6,
                nanos.get(nanos.size() * 95 / 100) / 1e6);
          }
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("drop table page_text_band");
      }
      c.commit();
    }
  }
}
