package vn.hoso.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoso.shared.Conflict;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;

/** The API's answer to what the services refuse: the same words the screens show. */
final class ApiErrors {

  private ApiErrors() {}

  /** 401 with the Basic challenge, for a call that needs a signed-in account. */
  static Response notSignedIn() {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header("WWW-Authenticate", "Basic realm=\"hoso\", charset=\"UTF-8\"")
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(401, "unauthorized", "Sign in with HTTP Basic.", null))
        .build();
  }

  static Response of(RuntimeException e) {
    if (e instanceof InvalidInput ii) {
      InvalidInput.Problem p = ii.problems().get(0);
      return ApiError.response(422, "invalid", p.message(), p.field());
    }
    if (e instanceof Forbidden f) {
      return f.hidesExistence()
          ? ApiError.response(Response.Status.NOT_FOUND, "not_found", "Not found.", null)
          : ApiError.response(Response.Status.FORBIDDEN, "forbidden", f.getMessage(), null);
    }
    if (e instanceof Conflict c) {
      return ApiError.response(Response.Status.CONFLICT, "conflict", c.getMessage(), null);
    }
    throw e;
  }
}
