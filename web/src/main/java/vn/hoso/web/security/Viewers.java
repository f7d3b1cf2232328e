package vn.hoso.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hoso.search.Viewer;

/**
 * Who is asking, for the search's access rules. Until the accounts issue brings residents,
 * businesses and staff with their units, a request is anonymous unless the configured archivist
 * signed in; that archivist acts for the units in {@code HOSO_ARCHIVIST_UNITS} (codes separated by
 * commas; {@code *} for every unit, the embedded default's demo setting).
 */
@ApplicationScoped
public class Viewers {

  public Viewer of(HttpServletRequest request) {
    if (request.isUserInRole(StaffIdentityStore.ARCHIVIST)) {
      return Viewer.staff(archivistUnits());
    }
    return Viewer.anonymous();
  }

  static Set<String> archivistUnits() {
    String v = System.getenv("HOSO_ARCHIVIST_UNITS");
    if (v == null || v.isBlank()) {
      v = System.getProperty("hoso.archivist.units", "");
    }
    return Arrays.stream(v.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
