package vn.hoso.web.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API answers in JSON; unexpected ones are logged with an id the client can
 * quote.
 */
final class ApiExceptionMappers {

  private ApiExceptionMappers() {}

  @Provider
  public static class WebApplicationExceptionMapper
      implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      if (e instanceof NotFoundException) {
        return ApiError.response(status, "not_found", "No such resource.", null);
      }
      return ApiError.response(status, status.name().toLowerCase(), status.getReasonPhrase(), null);
    }
  }

  @Provider
  public static class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
      if (e instanceof WebApplicationException wae) {
        return new WebApplicationExceptionMapper().toResponse(wae);
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "API failure, incident " + incident, e);
      return ApiError.response(
          Response.Status.INTERNAL_SERVER_ERROR,
          "internal_error",
          "The server could not answer. Quote incident " + incident + " if you report it.",
          null);
    }
  }
}
