package vn.hoso.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism for pages and the API. Pages: the login form calls {@code
 * SecurityContext.authenticate} with the typed credential; on success the session id is changed and
 * the caller kept in the session (idle timeout: the session's). A protected page without a caller
 * redirects to the login form, remembering where to go back. The API: HTTP Basic on each request,
 * 401 with a challenge when missing. Failed attempts count per client address ({@link
 * LoginThrottle}) and per account (lock-out, in the account service).
 */
@ApplicationScoped
public class HosoAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "hoso.caller";

  /** What the session remembers of the signed-in caller. */
  record SessionCaller(String login, Set<String> groups) implements Serializable {}

  @Inject IdentityStoreHandler identities;

  final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), 100_000);

  /**
   * Set on the request when the login form's attempt was refused: OK, INVALID, LOCKED, THROTTLED.
   */
  public static final String REFUSAL = "hoso.login.refusal";

  public static final String LOCKED_UNTIL = "hoso.login.lockedUntil";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential typed = context.getAuthParameters().getCredential();
    if (typed instanceof UsernamePasswordCredential form) {
      return formLogin(request, context, form);
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(request, response, context, header.substring(6).strip());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller c) {
      return context.notifyContainerAboutLogin(c.login(), c.groups());
    }
    if (context.isProtected()) {
      if (isApi(request)) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"hoso\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
      }
      String back = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        back += "?" + request.getQueryString();
      }
      return context.redirect(
          request.getContextPath()
              + "/login.xhtml?next="
              + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential form) {
    String client = request.getRemoteAddr();
    Instant blocked = throttle.blockedUntil(client);
    if (blocked != null) {
      request.setAttribute(REFUSAL, "THROTTLED");
      request.setAttribute(LOCKED_UNTIL, blocked);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult r = identities.validate(form);
    var last = StaffIdentityStore.LAST.get();
    StaffIdentityStore.LAST.remove();
    if (r.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(client);
      boolean locked =
          last != null && last.outcome() == vn.hoso.accounts.AccountService.SignIn.Outcome.LOCKED;
      request.setAttribute(REFUSAL, locked ? "LOCKED" : "INVALID");
      if (locked) {
        request.setAttribute(LOCKED_UNTIL, last.lockedUntil());
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(client);
    // a new session id at sign-in: an id planted before cannot ride the signed-in session
    request.getSession(true);
    request.changeSessionId();
    SessionCaller caller =
        new SessionCaller(r.getCallerPrincipal().getName(), Set.copyOf(r.getCallerGroups()));
    request.getSession().setAttribute(SESSION_CALLER, caller);
    return context.notifyContainerAboutLogin(caller.login(), caller.groups());
  }

  private AuthenticationStatus basic(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String encoded) {
    String client = request.getRemoteAddr();
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    if (colon < 0 || throttle.blockedUntil(client) != null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"hoso\", charset=\"UTF-8\"");
      return context.responseUnauthorized();
    }
    CredentialValidationResult r =
        identities.validate(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), new Password(decoded.substring(colon + 1))));
    StaffIdentityStore.LAST.remove();
    if (r.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(client);
      response.setHeader("WWW-Authenticate", "Basic realm=\"hoso\", charset=\"UTF-8\"");
      return context.responseUnauthorized();
    }
    return context.notifyContainerAboutLogin(r.getCallerPrincipal().getName(), r.getCallerGroups());
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_CALLER);
    }
  }
}
