package vn.hoso.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.hoso.accounts.Actor;
import vn.hoso.search.Viewer;

/**
 * Who is asking, for the search's access rules: the signed-in account (a resident with their
 * verified ID, a business with its code, staff with their units), or anonymous.
 */
@ApplicationScoped
public class Viewers {

  @Inject CurrentUser current;

  public Viewer of(HttpServletRequest request) {
    return current.actor().map(Actor::viewer).orElse(Viewer.anonymous());
  }
}
