package vn.hoso.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every API error: a stable machine code, a message a person can act on, and the
 * request field it concerns (or null). Never a stack trace.
 */
public record ApiError(int status, String error, String message, String field) {

  public static Response response(
      Response.Status status, String error, String message, String field) {
    return response(status.getStatusCode(), error, message, field);
  }

  /** For codes the Status enum lacks, such as 422 (the input was understood but refused). */
  public static Response response(int status, String error, String message, String field) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(status, error, message, field))
        .build();
  }
}
