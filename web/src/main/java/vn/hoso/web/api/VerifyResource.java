package vn.hoso.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import vn.hoso.copies.CopyRegistry;
import vn.hoso.copies.CopyVerifier;

/**
 * Public verification of issued copies, for anyone (a bank, a notary, another office): the status
 * of a verification code, and whether a file someone holds is the copy that was issued. No personal
 * data is answered: what was issued, by which unit, when, its pages and hash.
 */
@Path("/verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class VerifyResource {

  @EJB CopyRegistry registry;

  /** The public facts of an issued copy; {@code status} is VALID or REVOKED. */
  public record StatusJson(
      String code,
      String status,
      String kind,
      String issuingUnit,
      String issuingUnitName,
      String registerNumber,
      Instant issuedAt,
      int pageCount,
      String sha256,
      Instant revokedAt,
      String revokeReason) {

    static StatusJson of(CopyRegistry.PublicStatus s) {
      return new StatusJson(
          s.code(),
          s.revoked() ? "REVOKED" : "VALID",
          s.kindTitle(),
          s.issuingUnit(),
          s.issuingUnitName(),
          s.registerLabel(),
          s.issuedAt(),
          s.pageCount(),
          s.sha256(),
          s.revokedAt(),
          s.revokeReason());
    }
  }

  /** A file checked against the issued copy. */
  public record FileJson(
      boolean genuine,
      boolean identical,
      boolean signed,
      boolean signatureIntact,
      boolean coversWholeDocument,
      boolean signedByUnit,
      String problem,
      StatusJson copy) {}

  @GET
  @Path("/{code}")
  public Response status(@PathParam("code") String code) {
    return registry
        .status(code)
        .map(s -> Response.ok(StatusJson.of(s)).build())
        .orElseGet(VerifyResource::unknown);
  }

  /** The body is the file (any content type), at most {@value CopyRegistry#MAX_UPLOAD} bytes. */
  @POST
  @Path("/{code}")
  @Consumes(MediaType.WILDCARD)
  public Response check(@PathParam("code") String code, InputStream body) throws IOException {
    return checkFile(code, body);
  }

  /** The same without a code: the file's hash finds the copy if it is one that was issued. */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response checkAny(InputStream body) throws IOException {
    return checkFile(null, body);
  }

  private Response checkFile(String code, InputStream body) throws IOException {
    byte[] file = body == null ? new byte[0] : body.readNBytes(CopyRegistry.MAX_UPLOAD + 1);
    if (file.length > CopyRegistry.MAX_UPLOAD) {
      return ApiError.response(
          Response.Status.REQUEST_ENTITY_TOO_LARGE,
          "too_large",
          "The file is larger than " + (CopyRegistry.MAX_UPLOAD >> 20) + " MB: no issued copy is.",
          null);
    }
    return registry
        .check(code, file)
        .map(
            c -> {
              CopyVerifier.Verdict v = c.verdict();
              return Response.ok(
                      new FileJson(
                          v.genuine(),
                          v.identical(),
                          v.signed(),
                          v.signatureIntact(),
                          v.coversWholeDocument(),
                          v.signedByUnit(),
                          v.problem(),
                          StatusJson.of(c.status())))
                  .build();
            })
        .orElseGet(VerifyResource::unknown);
  }

  private static Response unknown() {
    return ApiError.response(
        Response.Status.NOT_FOUND,
        "unknown",
        "No copy was issued with this code (or this file).",
        null);
  }
}
