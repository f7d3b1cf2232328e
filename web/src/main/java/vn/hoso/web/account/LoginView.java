package vn.hoso.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import vn.hoso.web.security.HosoAuthentication;
import vn.hoso.web.shell.Texts;

/** The sign-in form; goes back to the page that asked for it. */
@Named
@RequestScoped
public class LoginView {

  @Inject SecurityContext security;
  @Inject HttpServletRequest request;
  @Inject Texts texts;

  private String login;
  private String password;
  private String next;

  public void submit() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) ec.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(login, new Password(password))));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> fc.responseComplete();
      case SUCCESS -> {
        ec.redirect(request.getContextPath() + safeNext());
        fc.responseComplete();
      }
      default -> {
        Object why = request.getAttribute(HosoAuthentication.REFUSAL);
        Instant until = (Instant) request.getAttribute(HosoAuthentication.LOCKED_UNTIL);
        if ("LOCKED".equals(why)) {
          texts.error(null, "login.locked", texts.instant(until));
        } else if ("THROTTLED".equals(why)) {
          texts.error(null, "login.throttled", texts.instant(until));
        } else {
          texts.error(null, "login.invalid");
        }
      }
    }
  }

  /** Only a path of this portal: never another site (an open redirect). */
  String safeNext() {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.startsWith("/login.xhtml")) {
      return "/account/index.xhtml";
    }
    return next;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
