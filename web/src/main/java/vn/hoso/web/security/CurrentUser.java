package vn.hoso.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import vn.hoso.accounts.AccountService;
import vn.hoso.accounts.Actor;
import vn.hoso.accounts.Role;
import vn.hoso.shared.Forbidden;

/**
 * The signed-in account for this request, read fresh from the database (a level raised at the
 * counter, or a role removed, counts at once). Services receive the {@link Actor} from here and
 * nothing the browser sent.
 */
@Named
@RequestScoped
public class CurrentUser {

  @EJB AccountService accounts;
  @Inject HttpServletRequest request;

  private Optional<Actor> actor;

  public Optional<Actor> actor() {
    if (actor == null) {
      Principal p = request.getUserPrincipal();
      actor = p == null ? Optional.empty() : accounts.actorByLogin(p.getName());
    }
    return actor;
  }

  /** The actor, or refusal as if the page did not exist. */
  public Actor require() {
    return actor().orElseThrow(Forbidden::notFound);
  }

  public boolean isSignedIn() {
    return actor().isPresent();
  }

  public String getName() {
    return actor().map(Actor::name).orElse("");
  }

  public boolean isRequester() {
    return actor().map(a -> !a.isStaff()).orElse(false);
  }

  public boolean isResident() {
    return actor().map(a -> a.kind() == vn.hoso.accounts.Account.Kind.RESIDENT).orElse(false);
  }

  public boolean has(String role) {
    return actor().map(a -> a.isStaff() && a.has(Role.valueOf(role))).orElse(false);
  }

  public int getLevel() {
    return actor().map(Actor::level).orElse(0);
  }
}
