package vn.hoso.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.hoso.accounts.Actor;
import vn.hoso.records.AccessLevel;
import vn.hoso.records.Document;
import vn.hoso.records.DocumentEditor;
import vn.hoso.shared.InvalidInput;
import vn.hoso.web.security.CurrentUser;

/**
 * A document's descriptive metadata for staff tools (HTTP Basic): read it with its version, and
 * replace it. Only an archivist of the holding unit; anyone else gets 404, as for an id that does
 * not exist. A version other than the current one answers 409 and changes nothing; refused values
 * answer 422 with the field and the reason in Vietnamese.
 */
@Path("/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DocumentsResource {

  @EJB DocumentEditor editor;
  @Inject CurrentUser current;

  /** A document as the API shows it; {@code version} goes back with the next change. */
  public record DocumentJson(
      long id,
      String code,
      long dossierId,
      String dossierCode,
      String holdingUnit,
      String kind,
      String typeName,
      String number,
      String notation,
      String issuingOrgan,
      LocalDate issuedDate,
      String summary,
      String access,
      int version) {

    static DocumentJson of(DocumentEditor.EditableDocument d) {
      Document.Metadata m = d.metadata();
      return new DocumentJson(
          d.id(),
          d.code(),
          d.dossierId(),
          d.dossierCode(),
          d.holdingUnit(),
          d.kind(),
          m.typeName(),
          m.number(),
          m.notation(),
          m.issuingOrgan(),
          m.issuedDate(),
          m.summary(),
          m.access().code(),
          d.version());
    }
  }

  /**
   * The new metadata, whole: a field left out is cleared (and refused if it is required). {@code
   * issuedDate} as 2015-06-01; {@code access} public, restricted or confidential; a change of the
   * access level needs {@code "confirmAccessChange": true}.
   */
  public record DocumentChangeJson(
      Integer version,
      String typeName,
      String number,
      String notation,
      String issuingOrgan,
      String issuedDate,
      String summary,
      String access,
      Boolean confirmAccessChange) {}

  @GET
  @Path("/{id:[0-9]{1,18}}")
  public Response one(@PathParam("id") long id) {
    Actor a = current.actor().orElse(null);
    if (a == null) {
      return ApiErrors.notSignedIn();
    }
    try {
      return Response.ok(DocumentJson.of(editor.forEdit(a, id))).build();
    } catch (RuntimeException e) {
      return ApiErrors.of(e);
    }
  }

  @PUT
  @Path("/{id:[0-9]{1,18}}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response change(@PathParam("id") long id, DocumentChangeJson body) {
    Actor a = current.actor().orElse(null);
    if (a == null) {
      return ApiErrors.notSignedIn();
    }
    if (body == null || body.version() == null) {
      return ApiError.response(
          Response.Status.BAD_REQUEST,
          "invalid",
          "Send the document's metadata with \"version\" (from GET /api/v1/documents/{id}).",
          "version");
    }
    try {
      Document.Metadata m =
          new Document.Metadata(
              body.typeName(),
              body.number(),
              body.notation(),
              body.issuingOrgan(),
              date(body.issuedDate()),
              body.summary(),
              access(body.access()));
      return Response.ok(
              DocumentJson.of(
                  editor.edit(
                      a, id, body.version(), m, Boolean.TRUE.equals(body.confirmAccessChange()))))
          .build();
    } catch (RuntimeException e) {
      return ApiErrors.of(e);
    }
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInput.of(
          "issuedDate", "Ngày ban hành: hãy ghi theo dạng năm-tháng-ngày, ví dụ 2015-06-01.");
    }
  }

  private static AccessLevel access(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return AccessLevel.ofCode(value.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of(
          "access", "Chế độ sử dụng: chỉ nhận public, restricted hoặc confidential.");
    }
  }
}
