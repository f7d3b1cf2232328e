package vn.hoso.web.verify;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /verify/{code}}, the address in every copy's QR code: shows the verification page for the
 * code. A short, stable URL matters more here than anywhere: it is printed on paper.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where the code from the path is handed to the page. */
  static final String CODE = "hoso.verify.code";

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws IOException, ServletException {
    String path = req.getPathInfo();
    String code = path == null ? "" : path.replaceFirst("^/", "");
    if (code.length() > 40 || code.contains("/")) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    req.setAttribute(CODE, code);
    req.getRequestDispatcher("/verify.xhtml").forward(req, resp);
  }
}
