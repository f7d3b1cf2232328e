package vn.hoso.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The configured staff account that receives handover packages, until staff accounts live in the
 * database. Its name and password come from the server's environment ({@code HOSO_ARCHIVIST_USER},
 * default "archivist"; {@code HOSO_ARCHIVIST_PASSWORD}); without a password nobody can sign in as
 * staff. The password is kept only as a PBKDF2 hash.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  public static final String ARCHIVIST = "ARCHIVIST";
  private static final Logger LOG = Logger.getLogger(StaffIdentityStore.class.getName());

  @Inject Pbkdf2PasswordHash hasher;

  private String user;
  private String passwordHash;
  private String dummyHash;

  /**
   * HTTP Basic sends the password with every request (an API client polling a handover's state, the
   * progress page's poll): a full PBKDF2 check each time cost about a fifth of a core per request
   * here. A successful check is remembered briefly instead.
   */
  private final RecentCredentials recent = new RecentCredentials(Duration.ofMinutes(2), 1000);

  @PostConstruct
  void init() {
    hasher.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    dummyHash = hasher.generate("no such account".toCharArray());
    user = setting("HOSO_ARCHIVIST_USER", "hoso.archivist.user", "archivist");
    String password = setting("HOSO_ARCHIVIST_PASSWORD", "hoso.archivist.password", null);
    if (password == null || password.isBlank()) {
      LOG.warning(
          "No archivist password configured (HOSO_ARCHIVIST_PASSWORD): staff sign-in is disabled.");
    } else {
      passwordHash = hasher.generate(password.toCharArray());
    }
  }

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    if (recent.contains(credential.getCaller(), credential.getPassword().getValue())) {
      return new CredentialValidationResult(user, Set.of(ARCHIVIST));
    }
    if (passwordHash == null || !user.equals(credential.getCaller())) {
      // Same work whether the name is known or not, so timing does not tell which names exist.
      hasher.verify(credential.getPassword().getValue(), dummyHash);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.verify(credential.getPassword().getValue(), passwordHash)) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    recent.add(credential.getCaller(), credential.getPassword().getValue());
    return new CredentialValidationResult(user, Set.of(ARCHIVIST));
  }

  private static String setting(String env, String property, String fallback) {
    String v = System.getenv(env);
    if (v == null || v.isBlank()) {
      v = System.getProperty(property);
    }
    return v == null || v.isBlank() ? fallback : v;
  }
}
