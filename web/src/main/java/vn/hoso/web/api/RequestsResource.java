package vn.hoso.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
  @EJB vn.hoso.requests.RequestEngine engine;
  @EJB vn.hoso.copies.CopyIssuing issuing;
  @EJB vn.hoso.copies.CopyRegistry copies;
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
      int version,
      List<EventJson> timeline) {}

  public record EventJson(Instant at, String kind, String message) {}

  @GET
  public Response mine() {
    Actor a = signedIn();
    if (a == null) {
      return ApiErrors.notSignedIn();
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
      return ApiErrors.notSignedIn();
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
                  r.getVersion(),
                  d.events().stream()
                      .map(e -> new EventJson(e.getAt(), e.getKind().name(), e.getMessage()))
                      .toList()))
          .build();
    } catch (Forbidden e) {
      return ApiError.response(Response.Status.NOT_FOUND, "not_found", "No such request.", null);
    }
  }

  /** A new request as the API takes it: a record by id, or a description of one. */
  public record NewRequestJson(
      Long documentId,
      String description,
      String describedKind,
      String oldCommuneCode,
      String newUnitCode,
      String relation,
      Integer copies,
      String purpose,
      String delivery,
      String postAddress,
      String payment) {}

  /**
   * Submits a request for the signed-in resident or business. Relations that need proofs (heir,
   * representative) are made on the web, where the files are uploaded.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(NewRequestJson n) {
    Actor a = signedIn();
    if (a == null) {
      return ApiErrors.notSignedIn();
    }
    if (n == null) {
      return ApiError.response(
          Response.Status.BAD_REQUEST, "invalid", "A JSON body is needed.", null);
    }
    try {
      RequestService.Submitted s =
          requests.submit(
              a,
              new RequestService.NewRequest(
                  n.documentId(),
                  n.description(),
                  n.describedKind(),
                  n.oldCommuneCode(),
                  n.newUnitCode(),
                  parse(vn.hoso.requests.Relation.class, n.relation(), "relation", "SELF"),
                  null,
                  false,
                  n.copies() == null ? 1 : n.copies(),
                  n.purpose(),
                  parse(vn.hoso.requests.Delivery.class, n.delivery(), "delivery", "DOWNLOAD"),
                  n.postAddress(),
                  parse(vn.hoso.requests.PaymentMethod.class, n.payment(), "payment", "TRANSFER")),
              List.of());
      return Response.created(java.net.URI.create("/api/v1/requests/" + s.id())).entity(s).build();
    } catch (RuntimeException e) {
      return ApiErrors.of(e);
    }
  }

  /** A step of the clerk's or signer's work, as staff tools send it. */
  public record ActionJson(String action, Integer version, List<Integer> pages, String message) {}

  /** What a step did: the request's new state; for a signature, the copy's code and number. */
  public record ActionResult(String state, String code, String registerNumber) {}

  /**
   * Staff steps on a request of their unit: take, paid, prepare (pages), no-record (message),
   * reject (message), sign, revoke (message: the reason, shown on the verification page). {@code
   * version} is the one the staff member read; a change in between answers 409.
   */
  @POST
  @Path("/{id:[0-9]{1,18}}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response act(@PathParam("id") long id, ActionJson body) {
    Actor a = signedIn();
    if (a == null) {
      return ApiErrors.notSignedIn();
    }
    if (body == null || body.action() == null || body.version() == null) {
      return ApiError.response(
          Response.Status.BAD_REQUEST,
          "invalid",
          "Send {\"action\": …, \"version\": …} (version from GET /api/v1/requests/{id}).",
          "action");
    }
    try {
      if (body.action().equals("revoke")) {
        vn.hoso.copies.CopyRegistry.PublicStatus st =
            copies.forRequest(id, a).orElseThrow(Forbidden::notFound);
        copies.revoke(st.code(), body.message(), a);
        return Response.ok(new ActionResult("ISSUED", st.code(), st.registerLabel())).build();
      }
      if (body.action().equals("sign")) {
        vn.hoso.copies.CopyIssuing.Issued i = issuing.issue(id, body.version(), a);
        return Response.ok(new ActionResult("ISSUED", i.code(), i.registerLabel())).build();
      }
      vn.hoso.requests.RequestCommand c =
          switch (body.action()) {
            case "take" -> new vn.hoso.requests.RequestCommand.Take();
            case "paid" -> new vn.hoso.requests.RequestCommand.MarkPaid();
            case "prepare" -> new vn.hoso.requests.RequestCommand.Prepare(body.pages());
            case "no-record" -> new vn.hoso.requests.RequestCommand.PrepareNoRecord(body.message());
            case "reject" -> new vn.hoso.requests.RequestCommand.Reject(body.message());
            default -> null;
          };
      if (c == null) {
        return ApiError.response(
            Response.Status.BAD_REQUEST,
            "invalid",
            "Unknown action: take, paid, prepare, no-record, reject or sign.",
            "action");
      }
      return Response.ok(
              new ActionResult(engine.execute(id, body.version(), c, a).name(), null, null))
          .build();
    } catch (RuntimeException e) {
      return ApiErrors.of(e);
    }
  }

  /** The issued copy (signed PDF), for its requester or staff of the unit; audited. */
  @GET
  @Path("/{id:[0-9]{1,18}}/copy")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response copy(@PathParam("id") long id) {
    return file(id, false);
  }

  /** The issued copy's JSON sidecar (record metadata that is not personal, page hashes). */
  @GET
  @Path("/{id:[0-9]{1,18}}/copy.json")
  @Produces(MediaType.APPLICATION_JSON)
  public Response sidecar(@PathParam("id") long id) {
    return file(id, true);
  }

  private Response file(long id, boolean sidecar) {
    Actor a = signedIn();
    if (a == null) {
      return ApiErrors.notSignedIn();
    }
    try {
      vn.hoso.copies.CopyRegistry.Download d = copies.download(id, sidecar, a);
      jakarta.ws.rs.core.StreamingOutput body =
          out -> {
            try (java.io.InputStream in = copies.open(d)) {
              in.transferTo(out);
            }
          };
      return Response.ok(body, d.mediaType())
          .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
          .header("Cache-Control", "private, no-store")
          .build();
    } catch (RuntimeException e) {
      return ApiErrors.of(e);
    }
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, String fallback) {
    String v =
        value == null || value.isBlank()
            ? fallback
            : value.strip().toUpperCase(java.util.Locale.ROOT);
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      throw vn.hoso.shared.InvalidInput.of(field, "Giá trị không hợp lệ: " + value);
    }
  }

  private Actor signedIn() {
    return current.actor().orElse(null);
  }
}
