package vn.hoso.ingest;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import vn.hoso.records.Page;

/**
 * Pages just stored that may be a sheet the portal already holds, digitised again, and the
 * archivist's review queue they go to. Candidates come from two indexes: the perceptual-hash bands
 * (V4), which find every page at most {@link PerceptualHash#NEAR} bits away, and the text bands
 * (V8, {@link TextBands}), which find pages carrying much the same words however far their hashes
 * moved — a slightly rotated rescan. Each index gives at most {@value #MAX_CANDIDATES}; every
 * candidate is then judged by its hash distance and its words, as before.
 */
final class NearDuplicates {

  /** Most candidates taken from each index for one page. */
  static final int MAX_CANDIDATES = 200;

  /**
   * Ids of the pages sharing a whole 16-bit band of the hash with a page (every page at most 3 bits
   * away does, by pigeonhole), earliest first: ?1–?4 the bands, ?5 the page, ?6 its file. One index
   * lookup per band; the same four conditions joined by OR would make H2 read the whole table.
   */
  static final String HASH_CANDIDATES =
      "select id from page where phash_b0 = ?1 and id <> ?5 and blob_sha256 <> ?6"
          + " union select id from page where phash_b1 = ?2 and id <> ?5 and blob_sha256 <> ?6"
          + " union select id from page where phash_b2 = ?3 and id <> ?5 and blob_sha256 <> ?6"
          + " union select id from page where phash_b3 = ?4 and id <> ?5 and blob_sha256 <> ?6"
          + " order by id";

  /**
   * Ids of the pages sharing one of {@code keys} text bands with a page, those sharing the most
   * first: ?1 to ?keys the bands, the next parameter the page. A range of the primary key's index
   * per band.
   */
  static String textCandidatesSql(int keys) {
    StringBuilder sql = new StringBuilder("select page_id from page_text_band where band_key in (");
    for (int i = 1; i <= keys; i++) {
      sql.append(i == 1 ? "?" : ", ?").append(i);
    }
    return sql.append(") and page_id <> ?")
        .append(keys + 1)
        .append(" group by page_id order by count(*) desc, page_id")
        .toString();
  }

  /** The earlier page a new page resembles, and their hashes' distance. */
  record Match(long pageId, int distance) {}

  private final EntityManager em;

  NearDuplicates(EntityManager em) {
    this.em = em;
  }

  /**
   * Records the text bands of pages just stored (flushed, so with ids), then puts each page that
   * resembles another in the review queue. Returns how many were queued.
   */
  int review(List<Page> stored) {
    List<long[]> keys = new ArrayList<>(stored.size());
    for (Page page : stored) {
      long[] k = TextBands.of(page.getTextContent());
      recordTextBands(page.getId(), k);
      keys.add(k);
    }
    List<long[]> reviews = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      Page page = stored.get(i);
      similarTo(page, keys.get(i))
          .ifPresent(m -> reviews.add(new long[] {page.getId(), m.pageId(), m.distance()}));
    }
    for (long[] r : reviews) {
      em.createNativeQuery(
              "insert into page_review (page_id, similar_to_id, distance, state)"
                  + " values (?1, ?2, ?3, 'OPEN')")
          .setParameter(1, r[0])
          .setParameter(2, r[1])
          .setParameter(3, (int) r[2])
          .executeUpdate();
    }
    return reviews.size();
  }

  /** One statement per page: its keys as rows of page_text_band. */
  void recordTextBands(long pageId, long[] keys) {
    if (keys.length == 0) {
      return;
    }
    StringBuilder sql = new StringBuilder("insert into page_text_band (band_key, page_id) values ");
    for (int i = 0; i < keys.length; i++) {
      sql.append(i == 0 ? "" : ", ").append("(?").append(2 * i + 1).append(", ?");
      sql.append(2 * i + 2).append(')');
    }
    var insert = em.createNativeQuery(sql.toString());
    for (int i = 0; i < keys.length; i++) {
      insert.setParameter(2 * i + 1, keys[i]).setParameter(2 * i + 2, pageId);
    }
    insert.executeUpdate();
  }

  /**
   * An earlier page, of this package or another, whose file differs but which is possibly the same
   * sheet digitised twice: its perceptual hash at most {@link PerceptualHash#NEAR} bits away unless
   * the two texts are clearly different records (filled copies of one form), or up to {@link
   * PerceptualHash#LOOSE} bits when the texts agree (a slightly rotated rescan). Identical files
   * are reported as duplicates instead. Of several, one whose text agrees comes first, then the
   * nearest hash, then the earliest stored: with the text bands, a rescan's own original is found
   * beside filled copies of its form, which only look near.
   */
  Optional<Match> similarTo(Page page, long[] textKeys) {
    Long hash = page.getPerceptualHash();
    if (hash == null) {
      return Optional.empty();
    }
    TreeMap<Long, Object[]> candidates = new TreeMap<>();
    for (Object[] c : hashCandidates(page)) {
      candidates.put((Long) c[0], c);
    }
    for (Object[] c : textCandidates(page, textKeys)) {
      candidates.putIfAbsent((Long) c[0], c);
    }
    Match best = null;
    boolean bestAgrees = false;
    for (Object[] c : candidates.values()) {
      if (c[1] == null) {
        continue;
      }
      int distance = PerceptualHash.distance(hash, (Long) c[1]);
      if (distance > PerceptualHash.LOOSE) {
        continue;
      }
      PageSimilarity.Verdict text = PageSimilarity.compare(page.getTextContent(), (String) c[2]);
      if (!PageSimilarity.likelySameSheet(
          distance, PerceptualHash.NEAR, PerceptualHash.LOOSE, text)) {
        continue;
      }
      boolean agrees = text == PageSimilarity.Verdict.SAME;
      // candidates come in id order: a later one wins only by agreeing text or a nearer hash
      if (best == null
          || (agrees && !bestAgrees)
          || (agrees == bestAgrees && distance < best.distance())) {
        best = new Match((Long) c[0], distance);
        bestAgrees = agrees;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Pages sharing a band of the hash with this one: id, hash and text, earliest first. */
  List<Object[]> hashCandidates(Page page) {
    long h = page.getPerceptualHash();
    var query = em.createNativeQuery(HASH_CANDIDATES);
    for (int band = 0; band < 4; band++) {
      query.setParameter(band + 1, (int) ((h >>> (16 * band)) & 0xFFFF));
    }
    query
        .setParameter(5, page.getId())
        .setParameter(6, page.getBlobSha256())
        .setMaxResults(MAX_CANDIDATES);
    return rows(ids(query.getResultList()));
  }

  /**
   * Pages sharing a text band with this one, those sharing the most bands (the likeliest to carry
   * the same words) first, but whose file differs: id, hash and text. Filled copies of one printed
   * form share some bands, a rescan of the same sheet most of them, so when a popular form gives
   * more candidates than are judged, the rescan is still among them.
   */
  List<Object[]> textCandidates(Page page, long[] keys) {
    if (keys.length == 0) {
      return List.of();
    }
    var query = em.createNativeQuery(textCandidatesSql(keys.length));
    for (int i = 0; i < keys.length; i++) {
      query.setParameter(i + 1, keys[i]);
    }
    query.setParameter(keys.length + 1, page.getId()).setMaxResults(MAX_CANDIDATES);
    List<Object[]> out = new ArrayList<>();
    for (Object[] row : rows(ids(query.getResultList()))) {
      if (!page.getBlobSha256().equals(row[3])) {
        out.add(row);
      }
    }
    return out;
  }

  /** Id, hash, text and file of these pages, by id. */
  private List<Object[]> rows(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p.id, p.perceptualHash, p.textContent, p.blobSha256 from Page p"
                + " where p.id in :ids order by p.id",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList();
  }

  private static List<Long> ids(List<?> column) {
    List<Long> out = new ArrayList<>(column.size());
    for (Object id : column) {
      out.add(((Number) id).longValue());
    }
    return out;
  }
}
