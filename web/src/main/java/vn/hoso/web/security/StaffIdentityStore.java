package vn.hoso.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import vn.hoso.accounts.AccountService;
import vn.hoso.accounts.Actor;
import vn.hoso.accounts.Role;

/**
 * Accounts in the database: residents, businesses and staff (PBKDF2 hashes, lock-out after five
 * failures — {@link AccountService#signIn}). The caller's groups are the account's kind and, for
 * staff, its roles. The configured archivist of earlier versions is a staff account created at
 * start-up ({@code AccountBootstrap}).
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  public static final String ARCHIVIST = "ARCHIVIST";

  @EJB AccountService accounts;

  /**
   * HTTP Basic sends the password with every request (an API client polling a handover's state): a
   * full PBKDF2 check each time cost about a fifth of a core per request here. A successful check
   * is remembered briefly instead.
   */
  private final RecentCredentials recent = new RecentCredentials(Duration.ofMinutes(2), 1000);

  /** Why the last validation on this thread failed, for the login page's message. */
  static final ThreadLocal<AccountService.SignIn> LAST = new ThreadLocal<>();

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String login =
        credential.getCaller() == null ? "" : credential.getCaller().strip().toLowerCase();
    // a remembered password counts only while the account may still sign in (not locked out since)
    if (recent.contains(login, credential.getPassword().getValue())) {
      Actor a = accounts.usableActor(login).orElse(null);
      if (a != null) {
        return new CredentialValidationResult(login, groups(a));
      }
    }
    AccountService.SignIn result = accounts.signIn(login, credential.getPassword().getValue());
    LAST.set(result);
    if (result.outcome() != AccountService.SignIn.Outcome.OK) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    recent.add(login, credential.getPassword().getValue());
    return new CredentialValidationResult(login, groups(result.actor()));
  }

  static Set<String> groups(Actor a) {
    Set<String> g = new HashSet<>();
    g.add(a.kind().name());
    for (Role r : a.roles()) {
      g.add(r.name());
    }
    return g;
  }
}
