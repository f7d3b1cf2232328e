package vn.hoso.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import vn.hoso.search.SearchIndexAdmin;
import vn.hoso.search.SearchIndexRecovery;

/**
 * The search index's upkeep, for staff (web.xml): rebuild it from the database, follow the rebuild,
 * check that database and index agree, and see what the last start found and repaired.
 */
@Path("/admin/search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SearchIndexResource {

  @EJB private SearchIndexAdmin admin;
  @EJB private SearchIndexRecovery recovery;
  @Context private SecurityContext security;

  @GET
  public SearchIndexAdmin.Progress progress() {
    return admin.progress();
  }

  @POST
  @Path("/rebuild")
  public Response rebuild() {
    if (!admin.startRebuild(security.getUserPrincipal().getName())) {
      return ApiError.response(
          Response.Status.CONFLICT,
          "rebuild_running",
          "A rebuild is already running; follow it with GET /api/v1/admin/search-index.",
          null);
    }
    admin.rebuild();
    return Response.accepted(Map.of("state", "started")).build();
  }

  @GET
  @Path("/check")
  public SearchIndexAdmin.Check check() {
    return admin.check();
  }

  /** What the comparison at the last start found and did; 404 until it has run. */
  @GET
  @Path("/recovery")
  public Response recovery() {
    return recovery
        .lastRecovery()
        .map(r -> Response.ok(r).build())
        .orElseGet(
            () ->
                ApiError.response(
                    Response.Status.NOT_FOUND,
                    "not_yet",
                    "The comparison at start has not run yet.",
                    null));
  }
}
