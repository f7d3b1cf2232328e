package vn.hoso.audit;

/** The action codes written to the audit log; the admin page shows their Vietnamese names. */
public final class AuditActions {
  public static final String LOGIN = "LOGIN";
  public static final String LOGIN_FAILED = "LOGIN_FAILED";
  public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
  public static final String LOGOUT = "LOGOUT";
  public static final String ACCOUNT_REGISTERED = "ACCOUNT_REGISTERED";
  public static final String EMAIL_CONFIRMED = "EMAIL_CONFIRMED";
  public static final String IDENTITY_VERIFIED = "IDENTITY_VERIFIED";
  public static final String STAFF_CREATED = "STAFF_CREATED";
  public static final String ACCOUNT_VIEWED = "ACCOUNT_VIEWED";
  public static final String RECORD_VIEWED = "RECORD_VIEWED";
  public static final String REQUEST_VIEWED = "REQUEST_VIEWED";
  public static final String PROOF_VIEWED = "PROOF_VIEWED";
  public static final String REQUEST_TRANSITION = "REQUEST_TRANSITION";
  public static final String FEE_RULE_CHANGED = "FEE_RULE_CHANGED";
  public static final String CALENDAR_CHANGED = "CALENDAR_CHANGED";
  public static final String AUDIT_VERIFIED = "AUDIT_VERIFIED";
  public static final String COPY_ISSUED = "COPY_ISSUED";
  public static final String COPY_SIGN_REFUSED = "COPY_SIGN_REFUSED";
  public static final String COPY_DOWNLOADED = "COPY_DOWNLOADED";
  public static final String COPY_REVOKED = "COPY_REVOKED";

  /** An archivist corrected a field of a document's metadata (details: old → new). */
  public static final String DOCUMENT_EDITED = "DOCUMENT_EDITED";

  /** An archivist changed who may see a document (details: old → new access level). */
  public static final String DOCUMENT_ACCESS_CHANGED = "DOCUMENT_ACCESS_CHANGED";

  /** Every action, in the order the audit screen offers them as a filter. */
  public static final java.util.List<String> ALL =
      java.util.List.of(
          LOGIN,
          LOGIN_FAILED,
          ACCOUNT_LOCKED,
          LOGOUT,
          ACCOUNT_REGISTERED,
          EMAIL_CONFIRMED,
          IDENTITY_VERIFIED,
          STAFF_CREATED,
          ACCOUNT_VIEWED,
          RECORD_VIEWED,
          REQUEST_VIEWED,
          PROOF_VIEWED,
          REQUEST_TRANSITION,
          FEE_RULE_CHANGED,
          CALENDAR_CHANGED,
          AUDIT_VERIFIED,
          COPY_ISSUED,
          COPY_SIGN_REFUSED,
          COPY_DOWNLOADED,
          COPY_REVOKED,
          DOCUMENT_EDITED,
          DOCUMENT_ACCESS_CHANGED);

  private AuditActions() {}
}
