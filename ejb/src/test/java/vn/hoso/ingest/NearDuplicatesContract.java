package vn.hoso.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator;
import vn.hoso.demo.HandoverPackageGenerator.PageTruth;
import vn.hoso.records.Page;
import vn.hoso.shared.TestDatabase;

/**
 * The near-duplicate search on a real database (H2, and PostgreSQL in CI; the application's own
 * migrations), driven as the ingest's writer drives it: a sheet scanned again with a slight
 * rotation, whose perceptual hash moved past every hash band, is found through its words and put in
 * the review queue; the candidate lookups read indexes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NearDuplicatesContract {

  @TempDir static Path dir;

  TestDatabase db;
  EntityManagerFactory emf;
  long handoverId;
  HandoverPackageGenerator.Result generated;

  /** A new empty database with the migrations applied. */
  abstract TestDatabase newDatabase() throws SQLException;

  /** The database's plan for a query whose parameters are given these values. */
  abstract String plan(Connection c, String sql, Object... values) throws SQLException;

  /** Whether a plan reads the named index. */
  abstract boolean reads(String plan, String index);

  /** Whether a plan reads a whole table. */
  abstract boolean scansATable(String plan);

  @BeforeAll
  void setUp() throws IOException, SQLException {
    db = newDatabase();
    emf = db.jpa("hoso-search-test", Map.of("hibernate.search.enabled", "false"));
    handoverId = TestRecords.handover(db);
    generated = PageSimilarityTest.generate(dir);
  }

  @AfterAll
  void tearDown() {
    if (emf != null) {
      emf.close();
    }
  }

  @Test
  void aRescanWhoseHashMovedPastTheBandsIsFoundByItsWordsAndQueued() throws IOException {
    List<PageTruth> truth = generated.truth();
    // a page and a small rotation that move the hash past NEAR and off all four bands
    PageTruth sheet = null;
    long original = 0;
    long rescan = 0;
    double angle = 0;
    search:
    for (double degrees : new double[] {0.8, 1.0, 0.6, 1.2}) {
      for (PageTruth t : truth) {
        BufferedImage page = ImageIO.read(generated.bag().resolve(t.file()).toFile());
        long a = PerceptualHash.of(page);
        long b = PerceptualHash.of(PageSimilarityTest.rotated(page, degrees));
        if (PerceptualHash.distance(a, b) > PerceptualHash.NEAR && sharedHashBands(a, b) == 0) {
          sheet = t;
          original = a;
          rescan = b;
          angle = degrees;
          break search;
        }
      }
    }
    assertNotNull(sheet, "no rotated page left every hash band");
    int distance = PerceptualHash.distance(original, rescan);
    System.out.printf(
        "%s rotated %.1f°: hash %d bits away, %d of 4 bands shared%n",
        sheet.file(), angle, distance, sharedHashBands(original, rescan));
    assertTrue(distance <= PerceptualHash.LOOSE, distance + " bits");
    assertEquals(0, sharedHashBands(original, rescan));

    // the first delivery: every page, the sheet among them
    List<TestRecords.Scan> first = new ArrayList<>();
    for (PageTruth t : truth) {
      long h =
          t == sheet
              ? original
              : PerceptualHash.of(ImageIO.read(generated.bag().resolve(t.file()).toFile()));
      first.add(new TestRecords.Scan(t.file(), h, t.text()));
    }
    List<Long> firstIds = store("HS-1", first);
    long originalId = firstIds.get(truth.indexOf(sheet));
    int reviewsBefore = openReviews();

    // the second: the sheet again, rotated, its text read with a few letters wrong
    String reread = PageSimilarityTest.noisy(sheet.text(), 0.02, 99);
    long rescanId;
    int queued;
    List<Long> byHash;
    List<Long> byText;
    NearDuplicates.Match hashOnly;
    NearDuplicates.Match match;
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      Page page =
          storeDossier(em, "HS-2", List.of(new TestRecords.Scan("rescan", rescan, reread))).get(0);
      rescanId = page.getId();
      NearDuplicates near = new NearDuplicates(em);
      queued = near.review(List.of(page));
      TextBands.Keys keys = TextBands.of(reread);
      byHash = ids(near.hashCandidates(page));
      byText = ids(near.textCandidates(page, keys));
      hashOnly = near.similarTo(page, TextBands.Keys.NONE).orElse(null);
      match = near.similarTo(page, keys).orElse(null);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
    System.out.println(
        "candidates by hash bands: " + byHash.size() + ", by text bands: " + byText.size());
    assertFalse(byHash.contains(originalId), "the hash bands alone find the original");
    assertTrue(byText.contains(originalId), "the text bands miss the original");
    assertTrue(
        hashOnly == null || hashOnly.pageId() != originalId,
        "without text keys the original is found: " + hashOnly);
    assertNotNull(match, "not judged the same sheet");
    assertEquals(originalId, match.pageId());
    assertEquals(distance, match.distance());
    assertEquals(1, queued);
    assertEquals(reviewsBefore + 1, openReviews());
    List<Object[]> row =
        query(
            em2 ->
                em2.createNativeQuery(
                        "select similar_to_id, distance, state from page_review where page_id = ?1",
                        Object[].class)
                    .setParameter(1, rescanId)
                    .getResultList());
    assertEquals(1, row.size());
    assertEquals(originalId, ((Number) row.get(0)[0]).longValue());
    assertEquals(distance, ((Number) row.get(0)[1]).intValue());
    assertEquals("OPEN", row.get(0)[2]);
  }

  @Test
  void aPageWithTooLittleTextGetsNoTextBands() {
    List<Long> ids =
        store("HS-BLANK", List.of(new TestRecords.Scan("blank", 0L, "Trang trắng. Hết.")));
    Number rows =
        query(
            em ->
                (Number)
                    em.createNativeQuery("select count(*) from page_text_band where page_id = ?1")
                        .setParameter(1, ids.get(0))
                        .getSingleResult());
    assertEquals(0, rows.intValue());
  }

  @Test
  void theCandidateLookupsReadAnIndex() throws SQLException {
    try (Connection c = db.connect()) {
      Object[] keys = new Object[25];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = 1000L + i;
      }
      String oneBand = plan(c, NearDuplicates.textBandSql(1, 1), 1000L);
      System.out.println(oneBand);
      assertTrue(reads(oneBand, "page_text_band"), oneBand);
      String text = plan(c, NearDuplicates.textCandidatesSql(16, 8), keys);
      assertFalse(scansATable(text), text);
      String hash = plan(c, NearDuplicates.HASH_CANDIDATES, 1, 2, 3, 4, 5L, "f00d");
      System.out.println(hash);
      for (int band = 0; band < 4; band++) {
        assertTrue(reads(hash, "ix_page_phash_b" + band), hash);
      }
    }
  }

  /** A query with its parameters ?1, ?2… replaced by these values, as SQL literals. */
  static String withValues(String sql, Object... values) {
    return java.util.regex.Pattern.compile("\\?(\\d+)")
        .matcher(sql)
        .replaceAll(
            m -> {
              Object v = values[Integer.parseInt(m.group(1)) - 1];
              return v instanceof String str ? "'" + str + "'" : String.valueOf(v);
            });
  }

  static int sharedHashBands(long a, long b) {
    int shared = 0;
    for (int band = 0; band < 4; band++) {
      if (((a >>> (16 * band)) & 0xFFFF) == ((b >>> (16 * band)) & 0xFFFF)) {
        shared++;
      }
    }
    return shared;
  }

  private List<Long> ids(List<Object[]> rows) {
    return rows.stream().map(r -> (Long) r[0]).toList();
  }

  private int openReviews() {
    return query(
        em ->
            ((Number)
                    em.createNativeQuery("select count(*) from page_review where state = 'OPEN'")
                        .getSingleResult())
                .intValue());
  }

  private <T> T query(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      return work.apply(em);
    } finally {
      em.close();
    }
  }

  /** Stores one dossier of these pages and reviews them, as the writer does; returns their ids. */
  private List<Long> store(String code, List<TestRecords.Scan> scans) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      List<Page> pages = storeDossier(em, code, scans);
      new NearDuplicates(em).review(pages);
      em.getTransaction().commit();
      return pages.stream().map(Page::getId).toList();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private List<Page> storeDossier(EntityManager em, String code, List<TestRecords.Scan> scans) {
    return TestRecords.storeDossier(em, handoverId, code, scans);
  }
}
