package vn.hoso.ingest;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.ingest.receipt.HandoverReceiptPdf;
import vn.hoso.ingest.receipt.Receipt;
import vn.hoso.signing.PadesSigner;
import vn.hoso.signing.UnitSigning;
import vn.hoso.units.UnitDirectory;

/**
 * Gathers what the handover receipt (biên bản giao nhận) states, from the database, and builds the
 * PDF.
 */
@Stateless
public class ReceiptService {

  @PersistenceContext private EntityManager em;
  @EJB private UnitDirectory units;
  @EJB private UnitSigning signing;

  /**
   * The receipt, signed with the receiving unit's key (the spec's "signed PDF receipt"). A receipt
   * that cannot be signed is not issued: the error stops the finish step, which can be restarted.
   */
  public byte[] build(long handoverId, Instant completedAt) {
    Handover h = em.find(Handover.class, handoverId);
    var newUnit = units.newUnit(h.getReceivingCode());
    Receipt.ReceivingUnit receiving =
        new Receipt.ReceivingUnit(
            h.getReceivingCode(),
            newUnit.map(v -> v.unit().name()).orElse(h.getReceivingCode()),
            newUnit.map(v -> v.province().name()).orElse(""));
    Receipt.OriginUnit origin =
        Receipt.OriginUnit.of(
            h.getOriginLevel() + ":" + h.getOriginCode(),
            units.oldUnitLabel(h.getOriginLevel(), h.getOriginCode()));

    List<Receipt.DossierLine> dossiers = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select d.code, d.title, size(d.documents), d.pageCount, d.access"
                    + " from Dossier d where d.handoverId = :h order by d.id",
                Object[].class)
            .setParameter("h", handoverId)
            .getResultList()) {
      dossiers.add(
          new Receipt.DossierLine(
              (String) row[0],
              (String) row[1],
              ((Number) row[2]).intValue(),
              ((Number) row[3]).intValue(),
              Receipt.Access.ofCode((String) row[4])));
    }
    List<Receipt.Refusal> refusals =
        HandoverReport.problems(h.getProblemsJson()).stream()
            .map(p -> new Receipt.Refusal(p.severity(), p.file(), p.row(), p.column(), p.message()))
            .toList();
    List<Receipt.DuplicatePage> duplicates = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select s.code, d.code, p.pageNo from Page p join p.document d"
                    + " join d.dossier s where s.handoverId = :h and p.duplicateFile = true order by p.id",
                Object[].class)
            .setParameter("h", handoverId)
            .getResultList()) {
      duplicates.add(
          new Receipt.DuplicatePage(
              (String) row[0],
              (String) row[1],
              (Integer) row[2],
              Receipt.DuplicateKind.IDENTICAL_FILE));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> similar =
        em.createNativeQuery(
                "select s.code, d.code, p.page_no from page_review r"
                    + " join page p on p.id = r.page_id join document d on d.id = p.document_id"
                    + " join dossier s on s.id = d.dossier_id where s.handover_id = ?1 order by p.id")
            .setParameter(1, handoverId)
            .getResultList();
    for (Object[] row : similar) {
      duplicates.add(
          new Receipt.DuplicatePage(
              (String) row[0],
              (String) row[1],
              ((Number) row[2]).intValue(),
              Receipt.DuplicateKind.SIMILAR_PAGE));
    }
    Receipt.Counts counts =
        new Receipt.Counts(
            h.getDossiersStored(),
            h.getDossiersRefused(),
            h.getDocumentsStored(),
            h.getPagesStored(),
            h.getPagesRefused(),
            h.getPagesDuplicate(),
            h.getPagesFlagged());
    byte[] pdf =
        HandoverReceiptPdf.build(
            new Receipt(
                h.getId(),
                h.getExternalId(),
                h.getManifestSha256(),
                h.getSourceOrganization(),
                origin,
                receiving,
                h.getBaggingDate(),
                h.getReceivedAt(),
                completedAt,
                h.getReceivedBy(),
                counts,
                dossiers,
                refusals,
                duplicates));
    try {
      return signing.sign(
          pdf,
          receiving.code(),
          receiving.name(),
          new PadesSigner.Purpose(
              "hoso-bien-ban-giao-nhan",
              "Biên bản giao nhận tài liệu lưu trữ: đơn vị nhận xác nhận",
              receiving.name()
                  + (receiving.province().isEmpty() ? "" : ", " + receiving.province())));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign the receipt of handover " + handoverId, e);
    }
  }
}
