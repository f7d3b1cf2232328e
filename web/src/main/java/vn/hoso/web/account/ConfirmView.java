package vn.hoso.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.hoso.accounts.AccountService;

/** The link from the confirmation e-mail. */
@Named
@RequestScoped
public class ConfirmView {

  @EJB AccountService accounts;
  @Inject HttpServletRequest request;

  private String email;
  private boolean checked;

  public void load() {
    if (!checked) {
      checked = true;
      email = accounts.confirmEmail(request.getParameter("token")).orElse(null);
    }
  }

  public boolean isConfirmed() {
    return email != null;
  }

  public String getEmail() {
    return email;
  }
}
