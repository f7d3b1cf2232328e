package vn.hoso.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /language?to=en&back=/search.xhtml?q=…}: remembers the language in a cookie for a year
 * and sends the visitor back to the page they were on. A preference, not an action on anyone's
 * data, so a plain link does it. {@code back} must be a path of this portal: anything else (another
 * site, {@code //host}, a scheme) goes to the home page instead, so the link cannot be used to send
 * people elsewhere.
 */
@WebServlet(LanguageServlet.PATH)
public class LanguageServlet extends HttpServlet {

  static final String PATH = "/language";
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String language = LocaleBean.of(req.getParameter("to")).getLanguage();
    Cookie cookie = new Cookie(LocaleBean.COOKIE, language);
    String context = req.getContextPath();
    cookie.setPath(context.isEmpty() ? "/" : context);
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(req.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    resp.addCookie(cookie);
    resp.setHeader("Cache-Control", "no-store");
    resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
    resp.setHeader("Location", back(context, req.getParameter("back")));
  }

  /** Where to go back to: a path under this portal's context, or its home page. */
  static String back(String context, String back) {
    String home = context + "/";
    if (back == null
        || back.length() > 4096
        || !back.startsWith(home)
        || back.startsWith("//")
        || back.contains("\\")
        || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return home;
    }
    return back;
  }
}
