package vn.hoso.requests;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.hoso.accounts.Account;
import vn.hoso.accounts.Actor;
import vn.hoso.audit.AuditActions;
import vn.hoso.audit.AuditEvent;
import vn.hoso.audit.AuditLog;
import vn.hoso.shared.Conflict;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.shared.Mailer;
import vn.hoso.shared.PortalUrl;
import vn.hoso.shared.Text;
import vn.hoso.storage.BlobStore;
import vn.hoso.storage.StoredBlob;

/**
 * Runs request commands: checks who may (role and unit for staff, ownership for the requester),
 * checks the request did not change since the actor loaded it, applies the command on the entity,
 * writes the timeline step and the audit entry in the same transaction, and sends mail only after
 * it commits.
 */
@Stateless
public class RequestEngine {

  static final int MAX_MESSAGE = 2000;

  @PersistenceContext EntityManager em;
  @EJB AuditLog audit;
  @EJB Mailer mailer;
  @Inject BlobStore blobs;

  /**
   * @param expectedVersion the version the actor's screen showed; another value means someone else
   *     acted in between, and this command is refused with a {@link Conflict}
   */
  public RequestState execute(
      long requestId, int expectedVersion, RequestCommand command, Actor actor) {
    CopyRequest r = em.find(CopyRequest.class, requestId);
    authorize(r, command, actor);
    if (r.getVersion() != expectedVersion) {
      throw conflict(r);
    }
    String message = Text.clean(command.message());
    if (Text.tooLong(message, MAX_MESSAGE)) {
      throw InvalidInput.of("message", "Nội dung dài quá " + MAX_MESSAGE + " ký tự.");
    }
    if (command.requiresMessage() && message == null) {
      throw InvalidInput.of("message", "Hãy ghi nội dung (câu hỏi, lý do hoặc câu trả lời).");
    }
    List<ProofFiles.Checked> files = ProofFiles.check(command.proofs());
    RequestState before = r.getState();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    RequestEvent.Kind kind;
    try {
      kind = command.apply(r, actor, now);
    } catch (CopyRequest.IllegalTransition e) {
      throw InvalidInput.of("state", e.getMessage());
    }
    RequestEvent event =
        new RequestEvent(r.getId(), now, actor.accountId(), actor.name(), kind, message);
    em.persist(event);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw conflict(r);
    }
    storeProofs(r.getId(), event.getId(), files, now);
    audit.append(
        new AuditEvent(
            actor.accountId(),
            actor.name(),
            AuditActions.REQUEST_TRANSITION,
            "REQUEST",
            r.getId().toString(),
            r.getHoldingUnit(),
            r.getRequesterId(),
            r.getReference(),
            kind
                + ": "
                + before
                + " → "
                + r.getState()
                + (message == null ? "" : " — " + message)));
    notifyRequester(r, kind, message, actor);
    return r.getState();
  }

  public void storeProofs(
      long requestId, Long eventId, List<ProofFiles.Checked> files, Instant now) {
    for (ProofFiles.Checked f : files) {
      try {
        blobs.put(new java.io.ByteArrayInputStream(f.bytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      StoredBlob.recordIfNew(em, f.sha256(), f.size(), f.mediaType(), now);
      em.persist(new RequestProof(requestId, eventId, f, now));
    }
  }

  private void authorize(CopyRequest r, RequestCommand command, Actor actor) {
    if (r == null || actor == null) {
      throw Forbidden.notFound();
    }
    if (command.role() == null) {
      if (actor.isStaff() || r.getRequesterId() != actor.accountId()) {
        throw Forbidden.notFound();
      }
      return;
    }
    if (!actor.isStaff() || !actor.actsFor(r.getHoldingUnit())) {
      // a resident, or staff of another unit: as if the request did not exist
      throw Forbidden.notFound();
    }
    if (!actor.has(command.role())) {
      throw Forbidden.because("Việc này cần vai trò " + command.role() + ".");
    }
  }

  private Conflict conflict(CopyRequest r) {
    return new Conflict(
        "Yêu cầu "
            + r.getReference()
            + " vừa được người khác cập nhật trong lúc bạn đang xem. Thao tác của bạn chưa được"
            + " thực hiện; hãy tải lại trang để xem trạng thái mới rồi quyết định lại.");
  }

  private void notifyRequester(CopyRequest r, RequestEvent.Kind kind, String message, Actor actor) {
    String what =
        switch (kind) {
          case INFO_REQUESTED -> "Cán bộ cần bạn bổ sung thông tin: " + message;
          case REJECTED -> "Yêu cầu bị từ chối. Lý do: " + message;
          case PREPARED -> "Bản sao đã được chuẩn bị và đang chờ lãnh đạo ký duyệt.";
          case PAID -> "Đã ghi nhận lệ phí.";
          case RECORD_FOUND -> "Đã tìm thấy tài liệu bạn mô tả: " + message;
          case NO_RECORD ->
              "Cán bộ đã tra tìm nhưng không thấy tài liệu bạn mô tả. Thông báo có chữ ký số sẽ"
                  + " được gửi khi lãnh đạo ký duyệt.";
          case ISSUED ->
              r.getOutcome() == CopyRequest.Outcome.NO_RECORD
                  ? "Thông báo không tìm thấy tài liệu đã được ký. Bạn tải thông báo tại trang yêu"
                      + " cầu."
                  : "Bản sao đã được ký số và cấp ("
                      + message
                      + "). Bạn tải bản sao tại trang yêu"
                      + " cầu.";
          default -> null;
        };
    if (what == null || actor.accountId() == r.getRequesterId()) {
      return;
    }
    Account requester = em.find(Account.class, r.getRequesterId());
    mailer.sendAfterCommit(
        requester.getEmail(),
        "hoso: cập nhật yêu cầu " + r.getReference(),
        "Chào "
            + requester.getFullName()
            + ",\n\n"
            + what
            + "\n\nXem chi tiết: "
            + PortalUrl.base()
            + "/requests/request.xhtml?id="
            + r.getId()
            + "\n");
  }
}
