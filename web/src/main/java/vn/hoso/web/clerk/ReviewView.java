package vn.hoso.web.clerk;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.requests.ClerkDesk;
import vn.hoso.requests.Relation;
import vn.hoso.requests.RequestCommand;
import vn.hoso.requests.RequestEngine;
import vn.hoso.requests.RequestService;
import vn.hoso.requests.RequestState;
import vn.hoso.shared.Conflict;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.web.security.CurrentUser;
import vn.hoso.web.shell.Texts;

/**
 * The clerk's review of one request: the requester and their identity level, the relation and the
 * proofs, the record's metadata beside its scans, a checklist, and the actions. Opening it is a
 * staff read of personal data (audited by the service). Each action carries the version the clerk
 * saw, so a colleague's change in between is reported instead of overwritten.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient RequestService requests;
  @EJB transient ClerkDesk desk;
  @EJB transient RequestEngine engine;
  @EJB transient vn.hoso.copies.CopyIssuing issuing;
  @EJB transient vn.hoso.copies.CopyRegistry copies;
  @Inject transient CurrentUser current;
  @Inject transient Texts texts;
  @Inject transient HttpServletRequest request;

  private long id;
  private RequestService.RequestDetail detail;
  private List<ClerkDesk.PageRef> pages = List.of();
  private List<String> chosenPages = new ArrayList<>();
  private String question;
  private String reason;
  private String noRecordNote;
  private vn.hoso.copies.CopyRegistry.PublicStatus copy;
  private Long documentId;
  private boolean checkIdentity;
  private boolean checkRelation;
  private boolean checkRecord;
  private int version;

  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    String p = request.getParameter("id");
    try {
      if (p == null || !p.matches("[0-9]{1,18}")) {
        throw Forbidden.notFound();
      }
      id = Long.parseLong(p);
      detail = desk.forStaff(current.require(), id);
      reload();
    } catch (Forbidden e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      fc.responseComplete();
    }
  }

  private void reload() {
    detail = desk.forStaff(current.require(), id, detail == null);
    version = detail.request().getVersion();
    pages = desk.pagesOf(current.require(), id);
    copy =
        detail.request().getState() == RequestState.ISSUED
            ? copies.forRequest(id, current.require()).orElse(null)
            : null;
    if (chosenPages.isEmpty()) {
      pages.forEach(pg -> chosenPages.add(Integer.toString(pg.pageNo())));
    }
  }

  private void run(RequestCommand c, String doneKey) {
    try {
      engine.execute(id, version, c, current.require());
      texts.info(texts.get(doneKey, detail.request().getReference()));
      question = null;
      reason = null;
    } catch (InvalidInput e) {
      texts.problems("review", e);
    } catch (Conflict e) {
      texts.errorText(e.getMessage());
    } catch (Forbidden e) {
      texts.errorText(e.getMessage());
    }
    reload();
  }

  public void take() {
    run(new RequestCommand.Take(), "review.done.take");
  }

  public void ask() {
    run(new RequestCommand.AskForInformation(question), "review.done.ask");
  }

  public void reject() {
    run(new RequestCommand.Reject(reason), "review.done.reject");
  }

  public void markPaid() {
    run(new RequestCommand.MarkPaid(), "review.done.paid");
  }

  public void prepare() {
    if (!(checkIdentity && checkRelation && checkRecord)) {
      texts.error(null, "review.checklist.incomplete");
      return;
    }
    List<Integer> chosen = chosenPages.stream().map(Integer::valueOf).sorted().toList();
    run(new RequestCommand.Prepare(chosen), "review.done.prepare");
  }

  public void noRecord() {
    run(new RequestCommand.PrepareNoRecord(noRecordNote), "review.done.noRecord");
    if (detail.request().getState() == RequestState.PREPARED) {
      noRecordNote = null;
    }
  }

  /** The signer signs what the clerk prepared; the preparer is refused by the service. */
  public void sign() {
    try {
      vn.hoso.copies.CopyIssuing.Issued i = issuing.issue(id, version, current.require());
      texts.info(
          texts.get(
              "review.done.sign",
              i.requestReference(),
              i.registerLabel(),
              vn.hoso.copies.VerificationCodes.grouped(i.code())));
    } catch (InvalidInput e) {
      texts.problems("review", e);
    } catch (Conflict | Forbidden e) {
      texts.errorText(e.getMessage());
    }
    reload();
  }

  public boolean isSigner() {
    return current.require().has(vn.hoso.accounts.Role.SIGNER);
  }

  public boolean isClerk() {
    return current.require().has(vn.hoso.accounts.Role.CLERK);
  }

  public boolean isPrepared() {
    return detail.request().getState() == RequestState.PREPARED;
  }

  public boolean isPreparedByMe() {
    Long p = detail.request().getPreparedBy();
    return p != null && p == current.require().accountId();
  }

  public vn.hoso.copies.CopyRegistry.PublicStatus getCopy() {
    return copy;
  }

  public String getNoRecordNote() {
    return noRecordNote;
  }

  public void setNoRecordNote(String noRecordNote) {
    this.noRecordNote = noRecordNote;
  }

  public void attach() {
    if (documentId == null) {
      texts.error(null, "review.attach.missing");
      return;
    }
    try {
      desk.attachRecord(current.require(), id, version, documentId);
      texts.info(texts.get("review.done.attach", detail.request().getReference()));
    } catch (InvalidInput e) {
      texts.problems("review", e);
    } catch (Conflict e) {
      texts.errorText(e.getMessage());
    }
    reload();
  }

  public boolean isMine() {
    Long a = detail.request().getAssignedTo();
    return a != null && a == current.require().accountId();
  }

  public boolean isOpen() {
    return detail.request().getState().isOpen();
  }

  public boolean isInReview() {
    return detail.request().getState() == RequestState.IN_REVIEW;
  }

  public boolean isNeedsProof() {
    Relation r = detail.request().getRelation();
    return r.needsProof();
  }

  public RequestService.RequestDetail getDetail() {
    return detail;
  }

  public List<ClerkDesk.PageRef> getPages() {
    return pages;
  }

  /** The page numbers as the checkboxes carry them. */
  public List<String> getPageOptions() {
    return pages.stream().map(pg -> Integer.toString(pg.pageNo())).toList();
  }

  public List<String> getChosenPages() {
    return chosenPages;
  }

  public void setChosenPages(List<String> chosenPages) {
    this.chosenPages = chosenPages == null ? new ArrayList<>() : new ArrayList<>(chosenPages);
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public void setDocumentId(Long documentId) {
    this.documentId = documentId;
  }

  public boolean isCheckIdentity() {
    return checkIdentity;
  }

  public void setCheckIdentity(boolean checkIdentity) {
    this.checkIdentity = checkIdentity;
  }

  public boolean isCheckRelation() {
    return checkRelation;
  }

  public void setCheckRelation(boolean checkRelation) {
    this.checkRelation = checkRelation;
  }

  public boolean isCheckRecord() {
    return checkRecord;
  }

  public void setCheckRecord(boolean checkRecord) {
    this.checkRecord = checkRecord;
  }
}
