package vn.hoso.web.requests;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import vn.hoso.requests.RequestService;
import vn.hoso.shared.Forbidden;
import vn.hoso.web.security.CurrentUser;

/**
 * A request's proof files: for the requester ({@code /requests/proof}) and for staff of the holding
 * unit ({@code /clerk/proof}, audited). Anyone else gets 404, as for an id that does not exist.
 */
@WebServlet(urlPatterns = {"/requests/proof", "/clerk/proof", "/requests/qr"})
public class RequestFilesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB RequestService requests;
  @Inject CurrentUser current;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (req.getServletPath().equals("/requests/qr")) {
      transferQr(req, resp);
      return;
    }
    String r = req.getParameter("request");
    String p = req.getParameter("proof");
    if (r == null || p == null || !r.matches("[0-9]{1,18}") || !p.matches("[0-9]{1,18}")) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    RequestService.ProofFile f;
    try {
      f = requests.proof(current.require(), Long.parseLong(r), Long.parseLong(p));
    } catch (Forbidden e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType(f.mediaType());
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader(
        "Content-Disposition",
        "inline; filename*=UTF-8''"
            + java.net.URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    resp.setContentLengthLong(Files.size(f.path()));
    Files.copy(f.path(), resp.getOutputStream());
  }

  /** The VietQR code for paying the request's fee by bank transfer (the requester's own only). */
  private void transferQr(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String id = req.getParameter("id");
    String payload;
    try {
      if (id == null || !id.matches("[0-9]{1,18}")) {
        throw Forbidden.notFound();
      }
      payload =
          requests
              .transferPayload(current.require(), Long.parseLong(id))
              .orElseThrow(Forbidden::notFound);
    } catch (Forbidden e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] png = vn.hoso.shared.QrImages.png(payload, 240);
    resp.setContentType("image/png");
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setContentLength(png.length);
    resp.getOutputStream().write(png);
  }
}
