package vn.hoso.ingest;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hoso.storage.BlobStore;
import vn.hoso.storage.StoredBlob;

/** The handover's transactions, each a use case of the ingest job or the API. */
@Stateless
public class HandoverStore {

  @PersistenceContext private EntityManager em;

  public Handover create(String packagePath, String receivedBy) {
    Handover h = new Handover(packagePath, receivedBy, Instant.now());
    em.persist(h);
    em.flush();
    return h;
  }

  public Optional<Handover> find(long id) {
    return Optional.ofNullable(em.find(Handover.class, id));
  }

  public Handover get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("no handover " + id));
  }

  public List<Handover> recent(int first, int max) {
    return em.createQuery("select h from Handover h order by h.id desc", Handover.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(h) from Handover h", Long.class).getSingleResult();
  }

  public void movedPackage(long id, String path) {
    get(id).movedPackage(path);
  }

  public void restarted(long id, long executionId) {
    get(id).restarted(executionId);
  }

  /** Handovers whose job was running when the server stopped. */
  public List<Handover> interrupted() {
    return em.createQuery(
            "select h from Handover h where h.state in :s order by h.id", Handover.class)
        .setParameter("s", List.of(Handover.State.CHECKING, Handover.State.STORING))
        .getResultList();
  }

  public void startChecking(long id, long executionId) {
    get(id).startChecking(executionId);
  }

  public void refuse(long id, String problemsJson) {
    get(id).refuse(problemsJson, Instant.now());
  }

  /**
   * Claims the package's identifier for this handover; false when that origin unit already
   * delivered a package with the same External-Identifier (the package is then refused as a
   * duplicate).
   */
  public boolean claimIdentifier(
      long id, String originLevel, String originCode, String externalId) {
    Long taken =
        em.createQuery(
                "select count(h) from Handover h where h.id <> :id and h.externalId = :ext"
                    + " and h.originLevel = :lvl and h.originCode = :code and h.state <> :refused",
                Long.class)
            .setParameter("id", id)
            .setParameter("ext", externalId)
            .setParameter("lvl", originLevel)
            .setParameter("code", originCode)
            .setParameter("refused", Handover.State.REFUSED)
            .getSingleResult();
    Number claimed =
        (Number)
            em.createNativeQuery(
                    "select count(*) from handover_identifier where origin_level = ?1"
                        + " and origin_code = ?2 and external_id = ?3 and handover_id <> ?4")
                .setParameter(1, originLevel)
                .setParameter(2, originCode)
                .setParameter(3, externalId)
                .setParameter(4, id)
                .getSingleResult();
    if (taken > 0 || claimed.longValue() > 0) {
      return false;
    }
    Number mine =
        (Number)
            em.createNativeQuery("select count(*) from handover_identifier where handover_id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    if (mine.longValue() == 0) {
      em.createNativeQuery(
              "insert into handover_identifier (origin_level, origin_code, external_id, handover_id)"
                  + " values (?1, ?2, ?3, ?4)")
          .setParameter(1, originLevel)
          .setParameter(2, originCode)
          .setParameter(3, externalId)
          .setParameter(4, id)
          .executeUpdate();
    }
    return true;
  }

  public void checked(
      long id,
      IngestPlan plan,
      PackageFacts facts,
      int dossiersRefused,
      int pagesRefused,
      String problemsJson) {
    get(id)
        .checked(
            facts.externalId(),
            facts.originLevel(),
            facts.originCode(),
            facts.receivingCode(),
            facts.sourceOrganization(),
            facts.baggingDate(),
            facts.manifestSha256(),
            dossiersRefused,
            pagesRefused,
            plan.pageCount(),
            problemsJson);
  }

  /** Closes the handover with its receipt, whose file is already in the blob store. */
  public void complete(long id, BlobStore.Stored receipt, Instant at) {
    StoredBlob.recordIfNew(em, receipt.sha256(), receipt.size(), "application/pdf", at);
    get(id).complete(at, receipt.sha256());
  }

  public void fail(long id) {
    get(id).fail(Instant.now());
  }

  /** What a package says of itself in bag-info.txt, and its manifest's digest. */
  public record PackageFacts(
      String externalId,
      String originLevel,
      String originCode,
      String receivingCode,
      String sourceOrganization,
      java.time.LocalDate baggingDate,
      String manifestSha256) {}
}
