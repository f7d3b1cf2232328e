package vn.hoso.requests;

import vn.hoso.accounts.Actor;
import vn.hoso.records.AccessLevel;
import vn.hoso.records.Document;

/**
 * Whether an actor may see a document: the search's rule ({@link vn.hoso.search.Viewer}), on the
 * entity. Public: anyone. Restricted: a resident whose <em>verified</em> ID is a subject, a
 * business whose code the document carries. Confidential: staff only. Staff: what their units hold.
 */
public final class DocumentAccess {

  private DocumentAccess() {}

  public static boolean canSee(Document d, Actor a) {
    if (a != null && a.isStaff()) {
      return a.actsFor(d.getDossier().getReceivingCode());
    }
    AccessLevel level = d.getAccess();
    if (level == AccessLevel.PUBLIC) {
      return true;
    }
    if (level != AccessLevel.RESTRICTED || a == null) {
      return false;
    }
    return switch (a.kind()) {
      case RESIDENT ->
          a.verifiedPersonalId() != null
              && d.getSubjects().stream()
                  .anyMatch(s -> a.verifiedPersonalId().equals(s.personalId()));
      case BUSINESS -> a.businessCode() != null && d.getBusinessCodes().contains(a.businessCode());
      case STAFF -> false;
    };
  }

  /** The actor is on the record themselves (their verified ID, or their business code). */
  public static boolean isOwnRecord(Document d, Actor a) {
    return switch (a.kind()) {
      case RESIDENT ->
          a.verifiedPersonalId() != null
              && d.getSubjects().stream()
                  .anyMatch(s -> a.verifiedPersonalId().equals(s.personalId()));
      case BUSINESS -> a.businessCode() != null && d.getBusinessCodes().contains(a.businessCode());
      case STAFF -> false;
    };
  }
}
