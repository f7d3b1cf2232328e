package vn.hoso.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every answer of the API. Without it, RESTEasy builds a new one for each
 * response, and building one looks up providers through the class loaders under a lock: the health
 * API spent most of its time there under load, every request queueing on the same jar file. Jsonb
 * instances are thread-safe.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The same instance, for JSON written outside JAX-RS (a servlet filter's answer). */
  public static Jsonb shared() {
    return JSONB;
  }
}
