package vn.hoso.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import vn.hoso.accounts.Actor;
import vn.hoso.requests.ClerkDesk;
import vn.hoso.requests.RequestService;
import vn.hoso.shared.Forbidden;
import vn.hoso.web.security.CurrentUser;

/**
 * Copy requests over the API (HTTP Basic): a resident's or business's own requests, and one request
 * by id — for its requester, or for a clerk of the holding unit (audited as a staff read). Another
 * account's request answers 404, exactly as an id that does not exist.
 */
@Path("/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class RequestsResource {

  @EJB RequestService requests;
  @EJB ClerkDesk desk;
  @Inject CurrentUser current;

  /** A request as the API shows it (no personal data of the requester beyond their own). */
  public record RequestJson(
      long id,
      String reference,
      String state,
      String holdingUnit,
      Long documentId,
      int copies,
      long feeVnd,
      boolean paid,
      Instant receivedAt,
      Instant dueAt,
      List<EventJson> timeline) {}

  public record EventJson(Instant at, String kind, String message) {}

  @GET
  public Response mine() {
    Actor a = signedIn();
    if (a == null) {
      return notSignedIn();
    }
    if (a.isStaff()) {
      return ApiError.response(
          Response.Status.FORBIDDEN, "forbidden", "Staff use the clerk's queue.", null);
    }
    return Response.ok(requests.mine(a)).build();
  }

  @GET
  @Path("/{id:[0-9]{1,18}}")
  public Response one(@PathParam("id") long id) {
    Actor a = signedIn();
    if (a == null) {
      return notSignedIn();
    }
    try {
      RequestService.RequestDetail d =
          a.isStaff() ? desk.forStaff(a, id) : requests.forRequester(a, id);
      var r = d.request();
      return Response.ok(
              new RequestJson(
                  r.getId(),
                  r.getReference(),
                  r.getState().name(),
                  r.getHoldingUnit(),
                  r.getDocumentId(),
                  r.getCopies(),
                  r.getFeeVnd(),
                  r.isPaid(),
                  r.getReceivedAt(),
                  r.getDueAt(),
                  d.events().stream()
                      .map(e -> new EventJson(e.getAt(), e.getKind().name(), e.getMessage()))
                      .toList()))
          .build();
    } catch (Forbidden e) {
      return ApiError.response(Response.Status.NOT_FOUND, "not_found", "No such request.", null);
    }
  }

  private Actor signedIn() {
    return current.actor().orElse(null);
  }

  private static Response notSignedIn() {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header("WWW-Authenticate", "Basic realm=\"hoso\", charset=\"UTF-8\"")
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(401, "unauthorized", "Sign in with HTTP Basic.", null))
        .build();
  }
}
