package vn.hoso.accounts;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hoso.audit.AuditActions;
import vn.hoso.audit.AuditEvent;
import vn.hoso.audit.AuditLog;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.shared.InvalidInput.Problem;
import vn.hoso.shared.Mailer;
import vn.hoso.shared.PortalUrl;
import vn.hoso.shared.Text;

/**
 * Registration, e-mail confirmation, sign-in with lock-out, identity verification at the counter
 * and staff accounts. Every change is audited in its own transaction.
 */
@Stateless
public class AccountService {

  static final Duration CONFIRM_VALID = Duration.ofDays(2);
  private static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}$");
  private static final Pattern PHONE = Pattern.compile("^(\\+84|0)[0-9]{9,10}$");
  private static final Pattern BUSINESS_CODE = Pattern.compile("^[0-9A-Z][0-9A-Z-]{7,19}$");

  @PersistenceContext EntityManager em;
  @EJB AuditLog audit;
  @EJB Mailer mailer;

  /** What a resident types to register. */
  public record ResidentForm(
      String fullName,
      String personalId,
      LocalDate birthDate,
      String phone,
      String email,
      String password) {}

  /** What a business (enterprise or household business) types to register. */
  public record BusinessForm(
      String businessCode,
      String businessName,
      String representative,
      String phone,
      String email,
      String password) {}

  /** The new account, and the confirmation token (also mailed; tests read it here). */
  public record Registration(long accountId, String confirmToken) {}

  public Registration registerResident(ResidentForm f) {
    List<Problem> p = new ArrayList<>();
    String name = required(p, "fullName", f.fullName(), 200, "Họ và tên");
    String email = email(p, f.email());
    String phone = phone(p, f.phone());
    password(p, f.password());
    String id = null;
    if (f.birthDate() == null) {
      p.add(new Problem("birthDate", "Hãy nhập ngày sinh."));
    } else if (f.birthDate().isAfter(LocalDate.now())
        || f.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
      p.add(new Problem("birthDate", "Ngày sinh không hợp lệ."));
    }
    CitizenId.Result r = CitizenId.check(f.personalId(), f.birthDate());
    if (r.problems().isEmpty()) {
      id = r.id();
    } else {
      r.problems().forEach(x -> p.add(new Problem("personalId", x.message())));
    }
    emailFree(p, email);
    if (!p.isEmpty()) {
      throw new InvalidInput(p);
    }
    Account a =
        Account.resident(
            email,
            name,
            id,
            f.birthDate(),
            phone,
            PasswordHashing.hash(f.password().toCharArray()));
    return register(a);
  }

  public Registration registerBusiness(BusinessForm f) {
    List<Problem> p = new ArrayList<>();
    String code = Text.clean(f.businessCode());
    code = code == null ? null : code.toUpperCase().replace(" ", "");
    if (code == null || !BUSINESS_CODE.matcher(code).matches()) {
      p.add(
          new Problem(
              "businessCode",
              "Mã số doanh nghiệp hoặc mã số hộ kinh doanh gồm 8–20 chữ số hoặc chữ in hoa (có thể có dấu -),"
                  + " như trên giấy chứng nhận đăng ký."));
    }
    String bname =
        required(p, "businessName", f.businessName(), 300, "Tên doanh nghiệp / hộ kinh doanh");
    String rep = required(p, "fullName", f.representative(), 200, "Người đại diện");
    String email = email(p, f.email());
    String phone = phone(p, f.phone());
    password(p, f.password());
    emailFree(p, email);
    if (!p.isEmpty()) {
      throw new InvalidInput(p);
    }
    Account a =
        Account.business(
            email, rep, code, bname, phone, PasswordHashing.hash(f.password().toCharArray()));
    return register(a);
  }

  /**
   * A new confirmation link for one's own unconfirmed address (the first expired or got lost); the
   * old link stops working.
   */
  public boolean resendConfirmation(Actor me) {
    Account a = em.find(Account.class, me.accountId());
    if (a == null || a.isEmailConfirmed()) {
      return false;
    }
    sendConfirmation(a);
    return true;
  }

  private String sendConfirmation(Account a) {
    String token = PasswordHashing.newToken();
    a.expectConfirmation(PasswordHashing.tokenDigest(token), Instant.now().plus(CONFIRM_VALID));
    String link = PortalUrl.base() + "/confirm.xhtml?token=" + token;
    mailer.sendAfterCommit(
        a.getEmail(),
        "hoso: xác nhận địa chỉ thư điện tử",
        "Chào "
            + a.getFullName()
            + ",\n\nBạn vừa đăng ký tài khoản trên cổng tra cứu hồ sơ lưu trữ hoso.\n"
            + "Hãy mở liên kết sau để xác nhận địa chỉ thư điện tử (liên kết có hiệu lực 48 giờ):\n\n"
            + link
            + "\n\nNếu bạn không đăng ký, hãy bỏ qua thư này.\n");
    return token;
  }

  private Registration register(Account a) {
    em.persist(a);
    em.flush();
    audit.append(
        new AuditEvent(
            a.getId(),
            a.getFullName(),
            AuditActions.ACCOUNT_REGISTERED,
            "ACCOUNT",
            a.getId().toString(),
            null,
            a.getId(),
            null,
            a.getKind().name()));
    return new Registration(a.getId(), sendConfirmation(a));
  }

  /** Confirms the address the token was sent to; empty when the token is unknown or expired. */
  public Optional<String> confirmEmail(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    List<Account> found =
        em.createQuery("select a from Account a where a.confirmTokenSha256 = :t", Account.class)
            .setParameter("t", PasswordHashing.tokenDigest(token))
            .getResultList();
    if (found.isEmpty() || found.get(0).getConfirmExpiresAt().isBefore(Instant.now())) {
      return Optional.empty();
    }
    Account a = found.get(0);
    a.confirmEmail();
    audit.append(
        new AuditEvent(
            a.getId(),
            a.getFullName(),
            AuditActions.EMAIL_CONFIRMED,
            "ACCOUNT",
            a.getId().toString(),
            null,
            a.getId(),
            null,
            null));
    return Optional.of(a.getEmail());
  }

  /** The outcome of a sign-in attempt. */
  public record SignIn(Outcome outcome, Actor actor, Instant lockedUntil) {
    public enum Outcome {
      OK,
      INVALID,
      LOCKED
    }
  }

  /**
   * Checks a password. Five failures in a row lock the account for 15 minutes (a locked account
   * refuses even the right password); every attempt is audited. Runs in its own transaction so the
   * failure count survives the refusal.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SignIn signIn(String login, char[] password) {
    String name = login == null ? "" : login.strip().toLowerCase();
    List<Account> found =
        name.isEmpty() || name.length() > 254
            ? List.of()
            : em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    if (found.isEmpty() || !found.get(0).isActive()) {
      PasswordHashing.burn(password);
      return new SignIn(SignIn.Outcome.INVALID, null, null);
    }
    Account a = found.get(0);
    Instant now = Instant.now();
    if (a.isLockedAt(now)) {
      PasswordHashing.burn(password);
      return new SignIn(SignIn.Outcome.LOCKED, null, a.getLockedUntil());
    }
    if (!PasswordHashing.verify(password, a.getPasswordHash())) {
      boolean locked = a.loginFailed(now);
      audit.append(
          new AuditEvent(
              a.getId(),
              a.getFullName(),
              locked ? AuditActions.ACCOUNT_LOCKED : AuditActions.LOGIN_FAILED,
              "ACCOUNT",
              a.getId().toString(),
              null,
              a.getId(),
              null,
              null));
      return locked
          ? new SignIn(SignIn.Outcome.LOCKED, null, a.getLockedUntil())
          : new SignIn(SignIn.Outcome.INVALID, null, null);
    }
    a.loginSucceeded();
    audit.append(
        new AuditEvent(
            a.getId(),
            a.getFullName(),
            AuditActions.LOGIN,
            "ACCOUNT",
            a.getId().toString(),
            null,
            a.getId(),
            null,
            null));
    return new SignIn(SignIn.Outcome.OK, a.actor(), null);
  }

  /** The account as it is now (roles, units, level), for the signed-in session. */
  public Optional<Actor> actor(long accountId) {
    Account a = em.find(Account.class, accountId);
    return a == null || !a.isActive() ? Optional.empty() : Optional.of(a.actor());
  }

  public Optional<Actor> actorByLogin(String login) {
    return activeAccount(login).map(Account::actor);
  }

  /**
   * Who the account is, if it may sign in now: it exists, is active and not locked out. One query
   * for what a request with remembered credentials needs (HTTP Basic sends them with every call).
   */
  public Optional<Actor> usableActor(String login) {
    return activeAccount(login).filter(a -> !a.isLockedAt(Instant.now())).map(Account::actor);
  }

  private Optional<Account> activeAccount(String login) {
    return em.createQuery(
            "select a from Account a where a.email = :e and a.active = true", Account.class)
        .setParameter("e", login == null ? "" : login.toLowerCase())
        .getResultStream()
        .findFirst();
  }

  /** An account as the owner sees it. */
  public Account own(Actor me) {
    Account a = em.find(Account.class, me.accountId());
    if (a == null) {
      throw Forbidden.notFound();
    }
    em.detach(a);
    return a;
  }

  /**
   * Residents a clerk looks up at the counter, by e-mail or typed personal ID; the look-up is a
   * staff read of personal data, so each account shown is audited.
   */
  public List<Account> findForCounter(Actor clerk, String query) {
    requireRole(clerk, Role.CLERK);
    String q = Text.clean(query);
    if (q == null || q.length() < 5 || q.length() > 254) {
      throw InvalidInput.of("query", "Nhập thư điện tử hoặc số định danh (ít nhất 5 ký tự).");
    }
    List<Account> found =
        em.createQuery(
                "select a from Account a where a.kind = :k and (a.email = :e or a.typedPersonalId = :q)"
                    + " order by a.id",
                Account.class)
            .setParameter("k", Account.Kind.RESIDENT)
            .setParameter("e", q.toLowerCase())
            .setParameter("q", q.replace(" ", ""))
            .setMaxResults(20)
            .getResultList();
    for (Account a : found) {
      audit.append(staffEvent(clerk, AuditActions.ACCOUNT_VIEWED, a, "tra cứu tại quầy"));
      em.detach(a);
    }
    return found;
  }

  /**
   * The clerk has seen the ID card: the account becomes level 2 with the number on the card (which
   * must be a valid ID matching the birth date, and not already verified for another account).
   */
  public Actor verifyIdentity(Actor clerk, long accountId, String idOnCard) {
    requireRole(clerk, Role.CLERK);
    Account a = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    if (a == null || a.getKind() != Account.Kind.RESIDENT) {
      throw Forbidden.notFound();
    }
    CitizenId.Result r = CitizenId.check(idOnCard, a.getBirthDate());
    if (!r.problems().isEmpty()) {
      throw InvalidInput.of("personalId", r.problems().get(0).message());
    }
    List<Long> taken =
        em.createQuery(
                "select a.id from Account a where a.verifiedPersonalId = :p and a.id <> :me",
                Long.class)
            .setParameter("p", r.id())
            .setParameter("me", accountId)
            .getResultList();
    if (!taken.isEmpty()) {
      throw InvalidInput.of(
          "personalId",
          "Số định danh này đã được xác thực cho một tài khoản khác. Hãy kiểm tra lại giấy tờ; nếu"
              + " đúng, báo quản trị để xử lý tài khoản trùng.");
    }
    a.verifyIdentity(r.id(), clerk.accountId(), Instant.now());
    audit.append(
        staffEvent(clerk, AuditActions.IDENTITY_VERIFIED, a, "đối chiếu thẻ căn cước tại quầy"));
    return a.actor();
  }

  /** A staff account, created by an admin for given units. */
  public long createStaff(
      Actor admin,
      String login,
      String fullName,
      Set<Role> roles,
      Set<String> units,
      String password) {
    return createStaff(admin, login, fullName, null, roles, units, password);
  }

  /**
   * @param jobTitle the title printed under the person's signature on what they sign (optional;
   *     "Lãnh đạo đơn vị" when empty)
   */
  public long createStaff(
      Actor admin,
      String login,
      String fullName,
      String jobTitle,
      Set<Role> roles,
      Set<String> units,
      String password) {
    requireRole(admin, Role.ADMIN);
    List<Problem> p = new ArrayList<>();
    String email = email(p, login);
    String name = required(p, "fullName", fullName, 200, "Họ và tên");
    String title = Text.clean(jobTitle);
    if (Text.tooLong(title, 200)) {
      p.add(new Problem("jobTitle", "Chức vụ dài quá 200 ký tự."));
    }
    password(p, password);
    if (roles == null || roles.isEmpty()) {
      p.add(new Problem("roles", "Chọn ít nhất một vai trò."));
    }
    if (units == null || units.isEmpty()) {
      p.add(new Problem("units", "Chọn ít nhất một đơn vị."));
    }
    emailFree(p, email);
    if (!p.isEmpty()) {
      throw new InvalidInput(p);
    }
    Account a =
        Account.staff(email, name, roles, units, PasswordHashing.hash(password.toCharArray()));
    a.setJobTitle(title);
    em.persist(a);
    em.flush();
    audit.append(
        staffEvent(admin, AuditActions.STAFF_CREATED, a, "vai trò " + roles + ", đơn vị " + units));
    return a.getId();
  }

  public List<Account> staff(Actor admin) {
    requireRole(admin, Role.ADMIN);
    List<Account> all =
        em.createQuery("select a from Account a where a.kind = :k order by a.email", Account.class)
            .setParameter("k", Account.Kind.STAFF)
            .getResultList();
    all.forEach(em::detach);
    return all;
  }

  /**
   * The account the server's configuration names (bootstrap archivist and admin): created or
   * brought up to date with the configured password, roles and units. Used at start-up only.
   */
  public void ensureConfigured(
      String login, String fullName, Set<Role> roles, Set<String> units, String password) {
    ensureConfigured(login, fullName, null, roles, units, password);
  }

  /** The same, with the title printed under the person's signature. */
  public void ensureConfigured(
      String login,
      String fullName,
      String jobTitle,
      Set<Role> roles,
      Set<String> units,
      String password) {
    List<Account> found =
        em.createQuery("select a from Account a where a.email = :e", Account.class)
            .setParameter("e", login.toLowerCase())
            .getResultList();
    if (found.isEmpty()) {
      Account a =
          Account.staff(
              login.toLowerCase(),
              fullName,
              roles,
              units,
              PasswordHashing.hash(password.toCharArray()));
      a.setJobTitle(jobTitle);
      em.persist(a);
      em.flush();
      audit.append(
          new AuditEvent(
              null,
              "hệ thống",
              AuditActions.STAFF_CREATED,
              "ACCOUNT",
              a.getId().toString(),
              null,
              a.getId(),
              null,
              "tài khoản cấu hình của máy chủ: " + roles + " " + units));
      return;
    }
    Account a = found.get(0);
    if (!PasswordHashing.verify(password.toCharArray(), a.getPasswordHash())) {
      a.changePassword(PasswordHashing.hash(password.toCharArray()));
    }
    a.setRoles(roles);
    a.setUnits(units);
    if (jobTitle != null) {
      a.setJobTitle(jobTitle);
    }
  }

  static void requireRole(Actor actor, Role role) {
    if (actor == null || !actor.isStaff() || !actor.has(role)) {
      throw Forbidden.because("Việc này cần vai trò " + role + ".");
    }
  }

  static AuditEvent staffEvent(Actor staff, String action, Account about, String why) {
    return new AuditEvent(
        staff.accountId(),
        staff.name(),
        action,
        "ACCOUNT",
        about.getId().toString(),
        null,
        about.getId(),
        null,
        why);
  }

  private static String required(
      List<Problem> p, String field, String value, int max, String label) {
    String v = Text.clean(value);
    if (v == null) {
      p.add(new Problem(field, "Hãy nhập " + label.toLowerCase() + "."));
    } else if (v.length() > max) {
      p.add(new Problem(field, label + " dài quá " + max + " ký tự."));
    }
    return v;
  }

  private static String email(List<Problem> p, String value) {
    String v = Text.clean(value);
    if (v == null || v.length() > 254 || !EMAIL.matcher(v).matches()) {
      p.add(new Problem("email", "Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@example.vn)."));
      return null;
    }
    return v.toLowerCase();
  }

  private static String phone(List<Problem> p, String value) {
    String v = Text.clean(value);
    String digits = v == null ? null : v.replaceAll("[ .-]", "");
    if (digits == null || !PHONE.matcher(digits).matches()) {
      p.add(new Problem("phone", "Số điện thoại gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84)."));
      return null;
    }
    return digits;
  }

  private static void password(List<Problem> p, String value) {
    String problem = PasswordHashing.problem(value);
    if (problem != null) {
      p.add(new Problem("password", problem));
    }
  }

  private void emailFree(List<Problem> p, String email) {
    if (email != null
        && !em.createQuery("select a.id from Account a where a.email = :e", Long.class)
            .setParameter("e", email)
            .getResultList()
            .isEmpty()) {
      p.add(
          new Problem(
              "email", "Địa chỉ này đã có tài khoản. Hãy đăng nhập, hoặc dùng một địa chỉ khác."));
    }
  }
}
