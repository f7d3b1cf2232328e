package vn.hoso.web.requests;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.hoso.requests.RequestService;
import vn.hoso.web.security.CurrentUser;

/** The requester's own requests, newest first. */
@Named
@RequestScoped
public class MyRequestsView {

  @EJB RequestService requests;
  @Inject CurrentUser current;

  private List<RequestService.RequestRow> rows;

  public List<RequestService.RequestRow> getRows() {
    if (rows == null) {
      rows = requests.mine(current.require());
    }
    return rows;
  }
}
