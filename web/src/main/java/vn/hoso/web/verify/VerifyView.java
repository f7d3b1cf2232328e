package vn.hoso.web.verify;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import vn.hoso.copies.CopyRegistry;
import vn.hoso.copies.CopyVerifier;
import vn.hoso.web.shell.Texts;

/**
 * The public verification page: a code (from the QR code's URL, the query or typed) gives the
 * copy's status; an uploaded PDF is compared with the issued file and its signature checked. No
 * sign-in, no personal data.
 */
@Named
@ViewScoped
public class VerifyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient CopyRegistry registry;
  @Inject transient HttpServletRequest request;
  @Inject transient Texts texts;

  private String code;
  private boolean asked;
  private CopyRegistry.PublicStatus status;
  private CopyVerifier.Verdict verdict;
  private transient Part file;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    Object fromPath = request.getAttribute(VerifyServlet.CODE);
    String c = fromPath instanceof String s && !s.isBlank() ? s : request.getParameter("code");
    if (c != null && !c.isBlank()) {
      code =
          vn.hoso.copies.VerificationCodes.parse(c)
              .map(vn.hoso.copies.VerificationCodes::grouped)
              .orElse(c.strip());
      lookUp();
    }
  }

  public void check() {
    verdict = null;
    lookUp();
  }

  private void lookUp() {
    asked = true;
    status = registry.status(code).orElse(null);
  }

  public void compare() {
    verdict = null;
    if (file == null || file.getSize() == 0) {
      texts.error("verify:file", "verify.file.missing");
      return;
    }
    if (file.getSize() > CopyRegistry.MAX_UPLOAD) {
      texts.error("verify:file", "verify.file.tooLarge");
      return;
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes(CopyRegistry.MAX_UPLOAD + 1);
    } catch (IOException e) {
      texts.error("verify:file", "verify.file.missing");
      return;
    }
    asked = true;
    var result = registry.check(code, bytes);
    if (result.isPresent()) {
      status = result.get().status();
      verdict = result.get().verdict();
    } else {
      // no code, or a code that names nothing: nothing issued to compare with
      status = (code == null || code.isBlank()) ? null : registry.status(code).orElse(null);
      verdict = new CopyVerifier.Verdict(false, false, false, false, false, null);
    }
  }

  public boolean isAsked() {
    return asked;
  }

  public CopyRegistry.PublicStatus getStatus() {
    return status;
  }

  public CopyVerifier.Verdict getVerdict() {
    return verdict;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
