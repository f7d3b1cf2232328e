package vn.hoso.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoso.units.InvalidAddressException;
import vn.hoso.units.UnitDirectory;
import vn.hoso.web.units.UnitDtos;

/**
 * Administrative units: where an old address went, and what a new unit absorbed. Public, read-only.
 */
@Path("/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitsResource {

  @EJB private UnitDirectory units;

  @GET
  @Path("/resolve")
  public Response resolve(@QueryParam("address") String address) {
    try {
      return Response.ok(UnitDtos.of(units.resolve(address), units)).build();
    } catch (InvalidAddressException e) {
      String message =
          e.reason() == InvalidAddressException.Reason.EMPTY
              ? "Give the old address in the 'address' parameter, e.g. address=Phường 14, Quận 10, TP. Hồ Chí Minh."
              : "The address has "
                  + e.length()
                  + " characters; at most "
                  + UnitDirectory.MAX_ADDRESS_LENGTH
                  + " are accepted. The commune, district and province are enough.";
      return ApiError.response(Response.Status.BAD_REQUEST, "invalid_address", message, "address");
    }
  }

  /**
   * A unit by code. Old and new codes are separate namespaces: without {@code era}, or with {@code
   * era=new}, the code is a new unit's (from 2025-07-01); with {@code era=old} an old commune's
   * (before 2025-07-01).
   */
  @GET
  @Path("/{code}")
  public Response unit(@PathParam("code") String code, @QueryParam("era") String era) {
    if (era == null || era.equals("new")) {
      return Response.ok(units.newUnit(code).map(UnitDtos::of).orElseThrow(NotFoundException::new))
          .build();
    }
    if (era.equals("old")) {
      return Response.ok(
              units
                  .oldCommune(code)
                  .map(m -> UnitDtos.of(m, units))
                  .orElseThrow(NotFoundException::new))
          .build();
    }
    return ApiError.response(
        Response.Status.BAD_REQUEST,
        "invalid_era",
        "The 'era' parameter is 'new' (units from 2025-07-01, the default) or 'old' (before 2025-07-01).",
        "era");
  }
}
