package vn.hoso.records;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.hoso.accounts.Actor;
import vn.hoso.accounts.Role;
import vn.hoso.audit.AuditActions;
import vn.hoso.audit.AuditEvent;
import vn.hoso.audit.AuditLog;
import vn.hoso.search.PendingReindex;
import vn.hoso.shared.Conflict;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;

/**
 * One correction of a document's metadata, in one transaction: who may (an archivist of the holding
 * unit; anyone else is told the document does not exist), whether the document is still as the
 * archivist read it, the change itself (checked and normalised by the entity), the mark that the
 * search index must take it in, and one audit entry per changed field with its old and new value.
 * Called by {@link DocumentEditor}, which reindexes after the commit.
 */
@Stateless
public class DocumentRevisions {

  /** Dates in Vietnam: a document issued "today" there is not in the future. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Room for one value in an audit entry's details (4,000 characters for both and the label). */
  static final int AUDIT_VALUE_CHARS = 1900;

  @PersistenceContext EntityManager em;
  @EJB AuditLog audit;
  @EJB PendingReindex pending;

  /** The document as its archivist may edit it; anyone else: {@link Forbidden#notFound()}. */
  public DocumentEditor.EditableDocument read(Actor actor, long documentId) {
    return DocumentEditor.EditableDocument.of(authorized(actor, documentId));
  }

  /**
   * Applies the archivist's correction.
   *
   * @param expectedVersion the version the archivist read; another means someone else saved in
   *     between, and nothing is changed ({@link Conflict})
   * @param accessChangeConfirmed whether the archivist confirmed a change of the access level (it
   *     changes who may see the document); without it such a change is refused
   */
  public DocumentEditor.EditableDocument revise(
      Actor actor,
      long documentId,
      int expectedVersion,
      Document.Metadata metadata,
      boolean accessChangeConfirmed) {
    Document d = authorized(actor, documentId);
    if (d.getVersion() != expectedVersion) {
      throw conflict(d);
    }
    AccessLevel before = d.getAccess();
    // before anything changes: the index must not be written from this transaction's commit alone
    pending.mark(documentId);
    List<Document.Change> changes = d.revise(metadata, LocalDate.now(VIETNAM));
    if (metadata.access() != before && !accessChangeConfirmed) {
      throw InvalidInput.of(
          "access",
          "Chế độ sử dụng: đổi từ “"
              + accessName(before)
              + "” sang “"
              + accessName(metadata.access())
              + "” thay đổi những ai được xem văn bản; hãy xác nhận thay đổi này.");
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw conflict(d);
    }
    for (Document.Change c : changes) {
      audit.append(
          new AuditEvent(
              actor.accountId(),
              actor.name(),
              c.field().equals("access")
                  ? AuditActions.DOCUMENT_ACCESS_CHANGED
                  : AuditActions.DOCUMENT_EDITED,
              "DOCUMENT",
              d.getId().toString(),
              d.getDossier().getReceivingCode(),
              null,
              null,
              label(c.field())
                  + " ("
                  + d.getCode()
                  + "): "
                  + shown(c.field(), c.before())
                  + " → "
                  + shown(c.field(), c.after())));
    }
    return DocumentEditor.EditableDocument.of(d);
  }

  private Document authorized(Actor actor, long documentId) {
    Document d = em.find(Document.class, documentId);
    if (d == null
        || actor == null
        || !actor.isStaff()
        || !actor.actsFor(d.getDossier().getReceivingCode())) {
      // a resident, or staff of another unit: as if the document did not exist
      throw Forbidden.notFound();
    }
    if (!actor.has(Role.ARCHIVIST)) {
      throw Forbidden.because("Sửa thông tin văn bản là việc của văn thư lưu trữ.");
    }
    return d;
  }

  private static Conflict conflict(Document d) {
    return new Conflict(
        "Văn bản "
            + d.getCode()
            + " vừa được người khác sửa trong lúc bạn đang sửa. Thay đổi của bạn chưa được lưu;"
            + " hãy tải lại để xem thông tin mới rồi sửa lại.");
  }

  /** The field as the form names it. */
  static String label(String field) {
    return switch (field) {
      case "typeName" -> "Loại văn bản";
      case "number" -> "Số văn bản";
      case "notation" -> "Ký hiệu";
      case "issuingOrgan" -> "Cơ quan ban hành";
      case "issuedDate" -> "Ngày ban hành";
      case "summary" -> "Trích yếu nội dung";
      case "access" -> "Chế độ sử dụng";
      default -> field;
    };
  }

  private static String shown(String field, String value) {
    if (value == null) {
      return "(trống)";
    }
    if (field.equals("access")) {
      return accessName(AccessLevel.ofCode(value));
    }
    String v =
        value.length() > AUDIT_VALUE_CHARS ? value.substring(0, AUDIT_VALUE_CHARS) + "…" : value;
    return "“" + v + "”";
  }

  static String accessName(AccessLevel level) {
    return switch (level) {
      case PUBLIC -> "công khai";
      case RESTRICTED -> "hạn chế";
      case CONFIDENTIAL -> "mật";
    };
  }
}
