package vn.hoso.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import vn.hoso.units.UnitDirectory;

/**
 * Tells a load balancer, a test or an operator whether the portal is up and its reference data is
 * loaded.
 */
@Path("/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class HealthResource {

  @EJB private UnitDirectory units;

  public record Health(String status, Map<String, Integer> units, String unitsLoadedAt) {}

  @GET
  public Health health() {
    return new Health(
        "UP",
        Map.of("oldCommunes", units.oldCommuneCount(), "newCommunes", units.newCommuneCount()),
        units.loadedAt().toString());
  }
}
