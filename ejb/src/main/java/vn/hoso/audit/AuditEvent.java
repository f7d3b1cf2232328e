package vn.hoso.audit;

/**
 * What happened, before it gets its place in the chain. {@code action} is a stable code (see {@link
 * AuditActions}); {@code subjectId} is the account whose personal data was read or changed, so that
 * a resident can see who looked at their records.
 */
public record AuditEvent(
    Long actorId,
    String actorLabel,
    String action,
    String targetType,
    String targetId,
    String unitCode,
    Long subjectId,
    String requestRef,
    String details) {

  public AuditEvent {
    if (actorLabel == null || actorLabel.isBlank()) {
      throw new IllegalArgumentException("an audit entry names who acted");
    }
    if (action == null || action.isBlank()) {
      throw new IllegalArgumentException("an audit entry names what was done");
    }
    if (details != null && details.length() > 4000) {
      details = details.substring(0, 3999) + "…";
    }
  }

  /** By the system itself (start-up, recovery), not a person. */
  public static AuditEvent system(String action, String details) {
    return new AuditEvent(null, "hệ thống", action, null, null, null, null, null, details);
  }
}
