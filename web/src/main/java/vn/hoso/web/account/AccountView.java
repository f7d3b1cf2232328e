package vn.hoso.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.hoso.accounts.Account;
import vn.hoso.accounts.AccountService;
import vn.hoso.audit.AuditEntry;
import vn.hoso.audit.AuditLog;
import vn.hoso.requests.RequestService;
import vn.hoso.web.security.CurrentUser;

/** My account: identity level, my records, and who of the staff viewed my data. */
@Named
@RequestScoped
public class AccountView {

  @EJB AccountService accounts;
  @EJB RequestService requests;
  @EJB AuditLog audit;
  @Inject CurrentUser current;
  @Inject vn.hoso.web.shell.Texts texts;

  private Account account;
  private List<RequestService.DocumentSummary> records;
  private List<AuditEntry> views;

  public Account getAccount() {
    if (account == null) {
      account = accounts.own(current.require());
    }
    return account;
  }

  public List<RequestService.DocumentSummary> getRecords() {
    if (records == null) {
      records = current.isRequester() ? requests.myRecords(current.require()) : List.of();
    }
    return records;
  }

  /** Staff reads and changes of my data, newest first (at most 200). */
  public List<AuditEntry> getViews() {
    if (views == null) {
      views = audit.aboutSubject(current.require().accountId(), 200);
    }
    return views;
  }

  /** Sends a new confirmation link to my unconfirmed address. */
  public void resend() {
    if (accounts.resendConfirmation(current.require())) {
      texts.info(texts.get("account.email.resent"));
    }
  }

  public String unitName(String code) {
    return code == null ? "" : requests.unitName(code);
  }
}
