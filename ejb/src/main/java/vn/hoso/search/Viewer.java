package vn.hoso.search;

import java.util.Set;

/**
 * Who is searching, as far as access goes. The search puts this into the query itself, so that
 * totals and facet counts never count what the viewer may not see.
 *
 * <ul>
 *   <li>anyone: public documents;
 *   <li>a resident: also restricted documents where they are a subject — only by a personal ID the
 *       portal verified (identity level 2), never one merely typed;
 *   <li>a business: also documents carrying its business code (not confidential ones);
 *   <li>staff (clerk, signer, archivist): everything their own units hold, confidential included.
 * </ul>
 */
public record Viewer(Role role, String verifiedPersonalId, String businessCode, Set<String> units) {

  /** The kinds of viewer. */
  public enum Role {
    ANONYMOUS,
    RESIDENT,
    BUSINESS,
    STAFF
  }

  /**
   * In {@link #units()}: every unit. Only for the one configured staff account of the embedded
   * default, until staff accounts carry their units.
   */
  public static final String ALL_UNITS = "*";

  public Viewer {
    units = units == null ? Set.of() : Set.copyOf(units);
  }

  public static Viewer anonymous() {
    return new Viewer(Role.ANONYMOUS, null, null, Set.of());
  }

  /** A resident; {@code verifiedPersonalId} is null until the identity is verified (level 1). */
  public static Viewer resident(String verifiedPersonalId) {
    return new Viewer(Role.RESIDENT, blankToNull(verifiedPersonalId), null, Set.of());
  }

  public static Viewer business(String businessCode) {
    return new Viewer(Role.BUSINESS, null, blankToNull(businessCode), Set.of());
  }

  /** Staff of the given new units (their codes). */
  public static Viewer staff(Set<String> units) {
    return new Viewer(Role.STAFF, null, null, units);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
