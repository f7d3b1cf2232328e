package vn.hoso.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.search.mapper.orm.Search;
import vn.hoso.records.AccessLevel;
import vn.hoso.records.Document;
import vn.hoso.records.Dossier;
import vn.hoso.records.Fonds;
import vn.hoso.records.Page;
import vn.hoso.shared.TestDatabase;

/**
 * Hibernate ORM and Hibernate Search as the server runs them — same migrations, same mapping and
 * analysis, a real Lucene index on disk — but on an in-memory H2 database, outside the server.
 */
final class SearchFixture implements AutoCloseable {

  private static final AtomicLong SERIAL = new AtomicLong();

  private final EntityManagerFactory emf;
  private final long handoverId;

  SearchFixture(Path indexDir) throws SQLException {
    TestDatabase db = TestDatabase.h2("search");
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into handover (state, received_by, received_at)"
                    + " values ('COMPLETED', 'test', current_timestamp)",
                new String[] {"id"})) {
      ps.executeUpdate();
      try (var keys = ps.getGeneratedKeys()) {
        keys.next();
        handoverId = keys.getLong(1);
      }
    }
    Map<String, Object> p = new HashMap<>(SearchSettings.properties(indexDir.toString()));
    // the tests read right after they write
    p.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
    emf = db.jpa("hoso-search-test", p);
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  SearchResults search(SearchRequest request, Viewer viewer) {
    return inTransaction(em -> new PageSearch(Search.session(em)).search(request, viewer));
  }

  /** Searching with other limits of exact counting and sampling. */
  SearchResults search(SearchRequest request, Viewer viewer, int exactCount, int sampleTarget) {
    return inTransaction(
        em -> new PageSearch(Search.session(em), exactCount, sampleTarget).search(request, viewer));
  }

  SearchResults search(String text, Viewer viewer) {
    return search(SearchRequest.of(text), viewer);
  }

  /** Stores a document (in a dossier of its own) with one page per text; returns its id. */
  long document(DocSpec spec) {
    return inTransaction(
        em -> {
          Fonds fonds =
              em.createQuery("select f from Fonds f where f.code = :c", Fonds.class)
                  .setParameter("c", spec.fonds())
                  .getResultStream()
                  .findFirst()
                  .orElseGet(
                      () -> {
                        Fonds f =
                            new Fonds(
                                spec.fonds(),
                                "Phông " + spec.fonds(),
                                "commune",
                                spec.origin(),
                                spec.holder(),
                                1990,
                                2025,
                                true,
                                null);
                        em.persist(f);
                        return f;
                      });
          long n = SERIAL.incrementAndGet();
          Dossier dossier =
              new Dossier(
                  fonds,
                  handoverId,
                  new Dossier.Description(
                      "HS-" + n,
                      null,
                      null,
                      null,
                      spec.dossierTitle(),
                      "vĩnh viễn",
                      spec.access(),
                      "vi",
                      spec.date(),
                      spec.date(),
                      1,
                      null,
                      spec.pages().size(),
                      null,
                      null,
                      null));
          Document d =
              dossier.addDocument(
                  new Document.Description(
                      "VB-" + n,
                      1,
                      spec.kind(),
                      spec.typeName(),
                      spec.number(),
                      null,
                      spec.date(),
                      "UBND",
                      spec.summary(),
                      spec.pages().size(),
                      spec.access(),
                      false,
                      null,
                      spec.subjects(),
                      spec.businessCodes()));
          for (String text : spec.pages()) {
            d.addPage(
                new Page.Scan(blob(em, text + n), "image/png", null, 2480, 3508, 0L, false),
                new Page.Text(Page.TextSource.SUPPLIED, text, null, null, false));
          }
          em.persist(dossier);
          em.flush();
          return d.getId();
        });
  }

  private static String blob(EntityManager em, String seed) {
    String sha = String.format("%064x", new BigInteger(1, sha256(seed)));
    em.createNativeQuery(
            "insert into blob (sha256, byte_size, media_type, created_at)"
                + " values (?1, 1, 'image/png', current_timestamp)")
        .setParameter(1, sha)
        .executeUpdate();
    return sha;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a test document is; {@link #doc(String...)} gives the defaults. */
  record DocSpec(
      String holder,
      String origin,
      String fonds,
      String kind,
      String typeName,
      String number,
      String summary,
      String dossierTitle,
      LocalDate date,
      AccessLevel access,
      List<Document.Subject> subjects,
      List<String> businessCodes,
      List<String> pages) {

    DocSpec holder(String h, String fondsCode) {
      return new DocSpec(
          h,
          origin,
          fondsCode,
          kind,
          typeName,
          number,
          summary,
          dossierTitle,
          date,
          access,
          subjects,
          businessCodes,
          pages);
    }

    DocSpec kind(String k, String type) {
      return new DocSpec(
          holder,
          origin,
          fonds,
          k,
          type,
          number,
          summary,
          dossierTitle,
          date,
          access,
          subjects,
          businessCodes,
          pages);
    }

    DocSpec number(String n) {
      return new DocSpec(
          holder,
          origin,
          fonds,
          kind,
          typeName,
          n,
          summary,
          dossierTitle,
          date,
          access,
          subjects,
          businessCodes,
          pages);
    }

    DocSpec summary(String s) {
      return new DocSpec(
          holder,
          origin,
          fonds,
          kind,
          typeName,
          number,
          s,
          dossierTitle,
          date,
          access,
          subjects,
          businessCodes,
          pages);
    }

    DocSpec date(LocalDate d) {
      return new DocSpec(
          holder,
          origin,
          fonds,
          kind,
          typeName,
          number,
          summary,
          dossierTitle,
          d,
          access,
          subjects,
          businessCodes,
          pages);
    }

    DocSpec access(AccessLevel a) {
      return new DocSpec(
          holder,
          origin,
          fonds,
          kind,
          typeName,
          number,
          summary,
          dossierTitle,
          date,
          a,
          subjects,
          businessCodes,
          pages);
    }

    DocSpec subject(String personalId, String name) {
      return new DocSpec(
          holder,
          origin,
          fonds,
          kind,
          typeName,
          number,
          summary,
          dossierTitle,
          date,
          access,
          List.of(new Document.Subject(personalId, name, LocalDate.of(1990, 1, 1))),
          businessCodes,
          pages);
    }

    DocSpec business(String code) {
      return new DocSpec(
          holder,
          origin,
          fonds,
          kind,
          typeName,
          number,
          summary,
          dossierTitle,
          date,
          access,
          subjects,
          List.of(code),
          pages);
    }
  }

  /** A public decision held by new unit 27169, from old commune 26734, dated 2015. */
  static DocSpec doc(String... pages) {
    return new DocSpec(
        "27169",
        "26734",
        "P27169.04",
        "decision",
        "Quyết định",
        "12",
        "Quyết định về việc công nhận",
        "Hồ sơ quyết định năm 2015",
        LocalDate.of(2015, 6, 1),
        AccessLevel.PUBLIC,
        List.of(),
        List.of(),
        List.of(pages));
  }

  EntityManagerFactory emf() {
    return emf;
  }

  /** The reindex marks on the caller's entity manager: in its transaction, as an edit uses them. */
  static PendingReindex pendingOn(EntityManager em) {
    PendingReindex p = new PendingReindex();
    p.em = em;
    return p;
  }

  /**
   * The reindex marks as the server runs them for the index's upkeep: every call in a transaction
   * of its own.
   */
  PendingReindex pendingInOwnTransactions() {
    return new PendingReindex() {
      @Override
      public int reindex(long documentId) {
        return inTransaction(em -> pendingOn(em).reindex(documentId));
      }

      @Override
      public Pending pending(int max) {
        return inTransaction(em -> pendingOn(em).pending(max));
      }

      @Override
      public List<Long> markIds() {
        return inTransaction(em -> pendingOn(em).markIds());
      }

      @Override
      public void remove(List<Long> markIds) {
        run(em -> pendingOn(em).remove(markIds));
      }
    };
  }

  /** The index's upkeep on this database and index. */
  SearchIndexAdmin admin() {
    SearchIndexAdmin admin = new SearchIndexAdmin();
    admin.emf = emf;
    admin.pending = pendingInOwnTransactions();
    return admin;
  }

  /** How many reindex marks the database holds. */
  long marks() {
    return inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery("select count(*) from search_reindex_outbox")
                        .getSingleResult())
                .longValue());
  }

  @Override
  public void close() {
    emf.close();
  }
}
