package vn.hoso.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.hoso.accounts.AccountService;
import vn.hoso.accounts.Role;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.web.security.CurrentUser;

/** An admin creates a staff account over the API (as on the staff page); audited. */
@Path("/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class StaffResource {

  @EJB AccountService accounts;
  @Inject CurrentUser current;

  /** {@code jobTitle} is printed under the person's signature on what they sign (optional). */
  public record NewStaff(
      String email,
      String fullName,
      String jobTitle,
      List<String> roles,
      List<String> units,
      String password) {}

  public record Created(long id) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewStaff s) {
    if (s == null) {
      return ApiError.response(
          Response.Status.BAD_REQUEST, "invalid_body", "A JSON body is needed.", null);
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    try {
      for (String r : s.roles() == null ? List.<String>of() : s.roles()) {
        roles.add(Role.valueOf(r));
      }
    } catch (IllegalArgumentException e) {
      return ApiError.response(
          Response.Status.BAD_REQUEST,
          "invalid_parameter",
          "roles: CLERK, SIGNER, ARCHIVIST or ADMIN.",
          "roles");
    }
    try {
      long id =
          accounts.createStaff(
              current.require(),
              s.email(),
              s.fullName(),
              s.jobTitle(),
              roles,
              s.units() == null ? Set.of() : Set.copyOf(s.units()),
              s.password());
      return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
    } catch (InvalidInput e) {
      InvalidInput.Problem p = e.problems().get(0);
      return ApiError.response(
          Response.Status.BAD_REQUEST, "invalid_input", p.message(), p.field());
    } catch (Forbidden e) {
      return ApiError.response(Response.Status.FORBIDDEN, "forbidden", e.getMessage(), null);
    }
  }
}
