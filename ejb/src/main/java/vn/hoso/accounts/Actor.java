package vn.hoso.accounts;

import java.util.Set;
import vn.hoso.search.Viewer;

/**
 * Who is acting, as the services see it: taken from the signed-in account on every call, never from
 * anything the browser sends. {@link #ALL_UNITS} in {@code units} is the configured bootstrap
 * archivist of the embedded default, who acts for every unit.
 */
public record Actor(
    long accountId,
    String name,
    Account.Kind kind,
    Set<Role> roles,
    Set<String> units,
    String verifiedPersonalId,
    String businessCode) {

  public static final String ALL_UNITS = Viewer.ALL_UNITS;

  public Actor {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    units = units == null ? Set.of() : Set.copyOf(units);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean actsFor(String unitCode) {
    return units.contains(ALL_UNITS) || (unitCode != null && units.contains(unitCode));
  }

  public boolean isStaff() {
    return kind == Account.Kind.STAFF;
  }

  public int level() {
    return verifiedPersonalId == null ? 1 : 2;
  }

  /** The search's view of this actor. */
  public Viewer viewer() {
    return switch (kind) {
      case RESIDENT -> Viewer.resident(verifiedPersonalId);
      case BUSINESS -> Viewer.business(businessCode);
      case STAFF -> Viewer.staff(units);
    };
  }
}
