package vn.hoso.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import vn.hoso.ingest.HandoverReport;
import vn.hoso.ingest.HandoverService;
import vn.hoso.storage.BlobStore;

/**
 * Handover packages over the API, for archivists and the tools of scanning contractors. Staff
 * credentials are required (see web.xml); the package is checked and stored in the background.
 */
@Path("/handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class HandoversResource {

  @EJB HandoverService handovers;
  @Inject BlobStore blobs;
  @Context SecurityContext security;
  @Context UriInfo uri;

  /** A .zip holding one BagIt bag; answers 202 with the handover's address. */
  @POST
  @Consumes({"application/zip", "application/x-zip-compressed"})
  public Response receive(InputStream body) {
    try {
      long id = handovers.receiveZip(body, security.getUserPrincipal().getName());
      return Response.accepted(handovers.report(id).orElseThrow())
          .location(uri.getBaseUriBuilder().path("handovers").path(Long.toString(id)).build())
          .build();
    } catch (HandoverService.UploadTooLargeException e) {
      return ApiError.response(
          Response.Status.REQUEST_ENTITY_TOO_LARGE,
          "package_too_large",
          e.getMessage() + " Split the handover into several packages.",
          null);
    }
  }

  @GET
  @Path("/{id:[0-9]{1,18}}")
  public HandoverReport report(@PathParam("id") long id) {
    return handovers.report(id).orElseThrow(NotFoundException::new);
  }

  /** The handover receipt (biên bản giao nhận), PDF/A, once the handover completed. */
  @GET
  @Path("/{id:[0-9]{1,18}}/receipt")
  @Produces("application/pdf")
  public Response receipt(@PathParam("id") long id) {
    String sha = handovers.receiptSha256(id).orElseThrow(NotFoundException::new);
    if (sha == null) {
      throw new NotFoundException();
    }
    StreamingOutput body =
        out -> {
          try (InputStream in = blobs.open(sha)) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"bien-ban-giao-nhan-" + id + ".pdf\"")
        .build();
  }

  public record Page(long total, int first, int max, List<HandoverReport> items) {}

  @GET
  public Page list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("20") int max) {
    int from = Math.max(0, first);
    int size = Math.min(Math.max(1, max), 100);
    return new Page(handovers.count(), from, size, handovers.recent(from, size));
  }
}
