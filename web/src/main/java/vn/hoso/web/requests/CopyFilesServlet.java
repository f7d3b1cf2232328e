package vn.hoso.web.requests;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import vn.hoso.copies.CopyRegistry;
import vn.hoso.shared.Forbidden;
import vn.hoso.web.security.CurrentUser;

/**
 * The issued copy of a request ({@code part=pdf}) and its JSON sidecar ({@code part=json}): for the
 * requester at {@code /requests/copy}, for staff of the issuing unit at {@code /clerk/copy}. Every
 * download is audited by the registry; anyone else gets 404, as for a request that does not exist.
 */
@WebServlet(urlPatterns = {"/requests/copy", "/clerk/copy"})
public class CopyFilesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB CopyRegistry copies;
  @Inject CurrentUser current;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String id = req.getParameter("id");
    String part = req.getParameter("part");
    if (id == null || !id.matches("[0-9]{1,18}") || !("pdf".equals(part) || "json".equals(part))) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CopyRegistry.Download d;
    try {
      d = copies.download(Long.parseLong(id), "json".equals(part), current.require());
    } catch (Forbidden e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType(
        d.mediaType().equals("application/json")
            ? "application/json;charset=UTF-8"
            : d.mediaType());
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
    if (d.size() > 0) {
      resp.setContentLengthLong(d.size());
    }
    try (InputStream in = copies.open(d)) {
      in.transferTo(resp.getOutputStream());
    }
  }
}
