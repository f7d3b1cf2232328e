package vn.hoso.ingest;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.hoso.records.Page;

/**
 * Pages just stored that may be a sheet the portal already holds, digitised again, and the
 * archivist's review queue they go to. Candidates come from two indexes: the perceptual-hash bands
 * (V4), which find every page at most {@link PerceptualHash#NEAR} bits away, and the text bands
 * (V8, {@link TextBands}), which find pages carrying much the same words however far their hashes
 * moved — a slightly rotated rescan. Each index gives at most {@value #MAX_CANDIDATES}; every
 * candidate is then judged by its hash distance and, within {@link PerceptualHash#LOOSE} bits, by
 * its words: only those candidates' texts are read, and each text's words are worked out once per
 * review (a dossier's pages find the same filled copies of the same forms).
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
   * Index entries read at most per text band. A band of a printed form's boilerplate is shared by
   * every filled copy of that form, so its entries grow with the archive; a rescan shares with its
   * original also the bands that hold the record's own words and numbers, which few pages have.
   * Reading a bounded number of each band keeps a lookup's cost from growing with the archive: in
   * 93,000 generated pages of one commune ({@code NearDuplicatesBenchmark}), the original was among
   * the 200 best candidates for 391 of 400 rescans reading at most 1,000 entries a band, for 396
   * reading the bands whole, at about half the cost (a median of 7–8 ms a lookup against 14–15 ms,
   * on H2 and PostgreSQL alike).
   */
  static final int MAX_PER_BAND = 1000;

  /**
   * At most {@value #MAX_PER_BAND} pages of one text band, {@code ?param} the band, and {@code
   * word} (1 for a band of the words, 0 for one of the numbers): a range of the primary key's
   * index, of which the database reads no more than that. Which ones of a larger band does not
   * matter much: only boilerplate bands are that large.
   */
  static String textBandSql(int param, int word) {
    return "select page_id, "
        + word
        + " as w from page_text_band where band_key = ?"
        + param
        + " fetch first "
        + MAX_PER_BAND
        + " rows only";
  }

  /**
   * Ids of the pages sharing one of {@code words} word bands with a page, those sharing the most
   * bands of its words and numbers first: ?1 to ?words the word bands, then {@code numbers} number
   * bands, then the page. A page that shares only numbers is no candidate.
   */
  static String textCandidatesSql(int words, int numbers) {
    StringBuilder sql = new StringBuilder("select page_id from (");
    for (int i = 1; i <= words + numbers; i++) {
      sql.append(i == 1 ? "(" : " union all (")
          .append(textBandSql(i, i <= words ? 1 : 0))
          .append(')');
    }
    return sql.append(") c where page_id <> ?")
        .append(words + numbers + 1)
        .append(" group by page_id having max(w) = 1 order by count(*) desc, page_id")
        .toString();
  }

  /** The earlier page a new page resembles, and their hashes' distance. */
  record Match(long pageId, int distance) {}

  /** Profiles kept for the candidates of later pages of the same review, most recent last. */
  static final int PROFILES_KEPT = 500;

  private final EntityManager em;

  private final Map<Long, PageSimilarity.Profile> profiles =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, PageSimilarity.Profile> eldest) {
          return size() > PROFILES_KEPT;
        }
      };

  NearDuplicates(EntityManager em) {
    this.em = em;
  }

  /**
   * Records the text bands of pages just stored (flushed, so with ids), then puts each page that
   * resembles another in the review queue. Returns how many were queued.
   */
  int review(List<Page> stored) {
    List<TextBands.Keys> keys = new ArrayList<>(stored.size());
    for (Page page : stored) {
      TextBands.Keys k = TextBands.of(page.getTextContent());
      recordTextBands(page.getId(), k.all());
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
  Optional<Match> similarTo(Page page, TextBands.Keys textKeys) {
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
    // only a candidate within LOOSE bits is judged by its words: only its text is read
    candidates.values().removeIf(c -> c[1] == null || distance(hash, c) > PerceptualHash.LOOSE);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, PageSimilarity.Profile> texts = profiles(candidates.keySet());
    PageSimilarity.Profile own = PageSimilarity.Profile.of(page.getTextContent());
    Match best = null;
    boolean bestAgrees = false;
    for (Object[] c : candidates.values()) {
      int distance = distance(hash, c);
      PageSimilarity.Profile theirs = texts.get((Long) c[0]);
      PageSimilarity.Verdict text =
          PageSimilarity.compare(own, theirs != null ? theirs : PageSimilarity.Profile.of(null));
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

  private static int distance(long hash, Object[] candidate) {
    return PerceptualHash.distance(hash, (Long) candidate[1]);
  }

  /** Pages sharing a band of the hash with this one: id, hash and file, earliest first. */
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
   * Pages sharing a band of the words with this one, those sharing the most bands of the words and
   * numbers (the likeliest to be the same record) first, but whose file differs. Filled copies of
   * one printed form share bands of its printed words; a rescan of the same sheet shares those of
   * the record's own words and numbers too, so when a popular form gives more candidates than are
   * judged, the rescan is still among them. Id, hash and file of each.
   */
  List<Object[]> textCandidates(Page page, TextBands.Keys keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    long[] all = keys.all();
    var query = em.createNativeQuery(textCandidatesSql(keys.words().length, keys.numbers().length));
    for (int i = 0; i < all.length; i++) {
      query.setParameter(i + 1, all[i]);
    }
    query.setParameter(all.length + 1, page.getId()).setMaxResults(MAX_CANDIDATES);
    List<Object[]> out = new ArrayList<>();
    for (Object[] row : rows(ids(query.getResultList()))) {
      if (!page.getBlobSha256().equals(row[2])) {
        out.add(row);
      }
    }
    return out;
  }

  /** Id, hash and file of these pages, by id. */
  private List<Object[]> rows(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p.id, p.perceptualHash, p.blobSha256 from Page p"
                + " where p.id in :ids order by p.id",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * The words of these pages, from the profiles already worked out for earlier pages of the same
   * review (pages of one dossier find the same candidates: filled copies of the same forms) or from
   * their text, read now.
   */
  private Map<Long, PageSimilarity.Profile> profiles(Set<Long> ids) {
    Map<Long, PageSimilarity.Profile> out = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : ids) {
      PageSimilarity.Profile known = profiles.get(id);
      if (known != null) {
        out.put(id, known);
      } else {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "select p.id, p.textContent from Page p where p.id in :ids", Object[].class)
              .setParameter("ids", missing)
              .getResultList()) {
        PageSimilarity.Profile profile = PageSimilarity.Profile.of((String) row[1]);
        out.put((Long) row[0], profile);
        profiles.put((Long) row[0], profile);
      }
    }
    return out;
  }

  private static List<Long> ids(List<?> column) {
    List<Long> out = new ArrayList<>(column.size());
    for (Object id : column) {
      out.add(((Number) id).longValue());
    }
    return out;
  }
}
