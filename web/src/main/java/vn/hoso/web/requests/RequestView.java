package vn.hoso.web.requests;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.hoso.requests.ProofFiles;
import vn.hoso.requests.RequestCommand;
import vn.hoso.requests.RequestService;
import vn.hoso.requests.RequestState;
import vn.hoso.shared.Conflict;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.web.security.CurrentUser;
import vn.hoso.web.shell.Texts;

/**
 * The requester's page of one request: state, due date, fee and how to pay, the timeline with the
 * clerk's messages, answering a question (with more files), withdrawing. Another person's request
 * does not exist here (404).
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient RequestService requests;
  @EJB transient vn.hoso.requests.RequestEngine engine;
  @EJB transient vn.hoso.copies.CopyRegistry copies;
  @Inject transient CurrentUser current;
  @Inject transient Texts texts;
  @Inject transient HttpServletRequest request;

  private long id;
  private RequestService.RequestDetail detail;
  private vn.hoso.copies.CopyRegistry.PublicStatus copy;
  private String answer;
  private String withdrawReason;
  private transient List<Part> files;

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
      reload();
      if ("true".equals(request.getParameter("submitted"))) {
        texts.info(texts.get("request.submitted", detail.request().getReference()));
      }
    } catch (Forbidden e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      fc.responseComplete();
    }
  }

  private void reload() {
    detail = requests.forRequester(current.require(), id);
    copy =
        detail.request().getState() == vn.hoso.requests.RequestState.ISSUED
            ? copies.forRequest(id, current.require()).orElse(null)
            : null;
  }

  /** The issued copy, once signed. */
  public vn.hoso.copies.CopyRegistry.PublicStatus getCopy() {
    return copy;
  }

  public void sendAnswer() {
    try {
      List<ProofFiles.Upload> uploads = new ArrayList<>();
      if (files != null) {
        for (Part part : files) {
          if (part.getSize() == 0) {
            continue;
          }
          if (part.getSize() > ProofFiles.MAX_BYTES) {
            throw InvalidInput.of(
                "proofs", "Tệp \"" + part.getSubmittedFileName() + "\" lớn quá 10 MB.");
          }
          try (InputStream in = part.getInputStream()) {
            uploads.add(new ProofFiles.Upload(part.getSubmittedFileName(), in.readAllBytes()));
          }
        }
      }
      engine.execute(
          id,
          detail.request().getVersion(),
          new RequestCommand.Answer(answer, uploads),
          current.require());
      answer = null;
      texts.info(texts.get("request.answer.sent"));
    } catch (InvalidInput e) {
      texts.problems("answer", e);
    } catch (Conflict e) {
      texts.errorText(e.getMessage());
    } catch (IOException e) {
      texts.errorText("Không đọc được tệp tải lên; hãy thử lại.");
    }
    reload();
  }

  public void withdraw() {
    try {
      engine.execute(
          id,
          detail.request().getVersion(),
          new RequestCommand.Withdraw(withdrawReason),
          current.require());
      texts.info(texts.get("request.withdrawn"));
    } catch (InvalidInput e) {
      texts.problems("withdraw", e);
    } catch (Conflict e) {
      texts.errorText(e.getMessage());
    }
    reload();
  }

  /** The VietQR payload for a bank transfer, when that is how the requester pays. */
  public String getTransferPayload() {
    return requests.transferPayload(current.require(), id).orElse(null);
  }

  public boolean isWithdrawable() {
    return detail.request().getState().isOpen();
  }

  public boolean isAnswerable() {
    return detail.request().getState() == RequestState.NEEDS_INFO;
  }

  public RequestService.RequestDetail getDetail() {
    return detail;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
