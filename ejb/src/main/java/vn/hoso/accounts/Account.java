package vn.hoso.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person or business that signs in. A resident's typed personal ID is only what they said; it
 * becomes {@code verifiedPersonalId} (identity level 2) when a clerk has checked the ID card at the
 * counter, and only the verified one opens restricted records.
 */
@Entity
@Table(name = "account")
public class Account {

  public enum Kind {
    RESIDENT,
    BUSINESS,
    STAFF
  }

  /** Failed sign-ins in a row before the account locks, and for how long. */
  public static final int MAX_FAILED_LOGINS = 5;

  public static final Duration LOCK_TIME = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  /** The sign-in name: an e-mail address (lower case), or the configured archivist's user name. */
  @Column(nullable = false)
  private String email;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "typed_personal_id")
  private String typedPersonalId;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  private String phone;

  @Column(name = "business_code")
  private String businessCode;

  @Column(name = "business_name")
  private String businessName;

  /** A staff member's title, printed under their signature ("Phó Chủ tịch UBND"). */
  @Column(name = "job_title")
  private String jobTitle;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "identity_level", nullable = false)
  private int identityLevel = 1;

  @Column(name = "verified_personal_id")
  private String verifiedPersonalId;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "verified_by")
  private Long verifiedBy;

  @Column(name = "email_confirmed", nullable = false)
  private boolean emailConfirmed;

  @Column(name = "confirm_token_sha256")
  private String confirmTokenSha256;

  @Column(name = "confirm_expires_at")
  private Instant confirmExpiresAt;

  @Column(nullable = false)
  private String roles = "";

  @Column(nullable = false)
  private String units = "";

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected Account() {}

  static Account resident(
      String email, String fullName, String typedId, LocalDate birth, String phone, String hash) {
    Account a = new Account(Kind.RESIDENT, email, fullName, hash);
    a.typedPersonalId = typedId;
    a.birthDate = birth;
    a.phone = phone;
    return a;
  }

  static Account business(
      String email,
      String representative,
      String businessCode,
      String businessName,
      String phone,
      String hash) {
    Account a = new Account(Kind.BUSINESS, email, representative, hash);
    a.businessCode = businessCode;
    a.businessName = businessName;
    a.phone = phone;
    return a;
  }

  static Account staff(
      String login, String fullName, Set<Role> roles, Set<String> units, String hash) {
    Account a = new Account(Kind.STAFF, login, fullName, hash);
    a.setRoles(roles);
    a.setUnits(units);
    a.emailConfirmed = true;
    return a;
  }

  private Account(Kind kind, String email, String fullName, String hash) {
    this.kind = kind;
    this.email = email;
    this.fullName = fullName;
    this.passwordHash = hash;
    this.createdAt = Instant.now();
  }

  /** The sign-in can go on to the password check (an unconfirmed account still signs in). */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a failed sign-in; true when this one locked the account. */
  boolean loginFailed(Instant now) {
    failedLogins++;
    if (failedLogins >= MAX_FAILED_LOGINS) {
      lockedUntil = now.plus(LOCK_TIME);
      failedLogins = 0;
      return true;
    }
    return false;
  }

  void loginSucceeded() {
    failedLogins = 0;
    lockedUntil = null;
  }

  void expectConfirmation(String tokenDigest, Instant expires) {
    this.confirmTokenSha256 = tokenDigest;
    this.confirmExpiresAt = expires;
  }

  void confirmEmail() {
    this.emailConfirmed = true;
    this.confirmTokenSha256 = null;
    this.confirmExpiresAt = null;
  }

  void verifyIdentity(String personalId, long clerkId, Instant at) {
    if (kind != Kind.RESIDENT) {
      throw new IllegalStateException("only residents have a personal ID to verify");
    }
    this.verifiedPersonalId = personalId;
    this.typedPersonalId = personalId;
    this.identityLevel = 2;
    this.verifiedAt = at;
    this.verifiedBy = clerkId;
  }

  void changePassword(String hash) {
    this.passwordHash = hash;
  }

  void setRoles(Set<Role> r) {
    this.roles = r.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }

  void setUnits(Set<String> u) {
    this.units = String.join(",", new java.util.TreeSet<>(u));
  }

  void deactivate() {
    this.active = false;
  }

  public Actor actor() {
    return new Actor(id, fullName, kind, getRoles(), getUnits(), verifiedPersonalId, businessCode);
  }

  public Set<Role> getRoles() {
    Set<Role> s = EnumSet.noneOf(Role.class);
    for (String r : roles.split(",")) {
      if (!r.isBlank()) {
        s.add(Role.valueOf(r.strip()));
      }
    }
    return s;
  }

  public Set<String> getUnits() {
    return Arrays.stream(units.split(","))
        .map(String::strip)
        .filter(x -> !x.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getEmail() {
    return email;
  }

  public String getFullName() {
    return fullName;
  }

  public String getTypedPersonalId() {
    return typedPersonalId;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public String getPhone() {
    return phone;
  }

  public String getBusinessCode() {
    return businessCode;
  }

  public String getBusinessName() {
    return businessName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public int getIdentityLevel() {
    return identityLevel;
  }

  public String getVerifiedPersonalId() {
    return verifiedPersonalId;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public boolean isEmailConfirmed() {
    return emailConfirmed;
  }

  String getConfirmTokenSha256() {
    return confirmTokenSha256;
  }

  Instant getConfirmExpiresAt() {
    return confirmExpiresAt;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getVersion() {
    return version;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }
}
