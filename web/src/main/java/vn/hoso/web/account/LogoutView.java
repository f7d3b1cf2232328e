package vn.hoso.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import vn.hoso.audit.AuditActions;
import vn.hoso.audit.AuditEvent;
import vn.hoso.audit.AuditLog;
import vn.hoso.web.security.CurrentUser;

/** Signs out: audited, session discarded. */
@Named
@RequestScoped
public class LogoutView {

  @Inject HttpServletRequest request;
  @Inject CurrentUser current;
  @EJB AuditLog audit;

  public void logout() throws IOException, ServletException {
    current
        .actor()
        .ifPresent(
            a ->
                audit.append(
                    new AuditEvent(
                        a.accountId(),
                        a.name(),
                        AuditActions.LOGOUT,
                        "ACCOUNT",
                        Long.toString(a.accountId()),
                        null,
                        a.accountId(),
                        null,
                        null)));
    request.logout();
    HttpSession s = request.getSession(false);
    if (s != null) {
      s.invalidate();
    }
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext().redirect(request.getContextPath() + "/index.xhtml?signedOut=true");
    fc.responseComplete();
  }
}
