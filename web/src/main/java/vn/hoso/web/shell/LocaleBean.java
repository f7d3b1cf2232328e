package vn.hoso.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The visitor's language. Vietnamese is the portal's language; English is offered as a second one.
 * The choice is a cookie ({@value #COOKIE}), set by {@link LanguageServlet}: reading a page keeps
 * nothing on the server, so an anonymous visitor has no session and each page is one GET.
 */
@Named
@RequestScoped
public class LocaleBean {

  static final String COOKIE = "hoso-lang";
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Inject private HttpServletRequest request;

  private Locale locale;

  /** The chosen language: English when the cookie says so, otherwise Vietnamese. */
  public Locale getLocale() {
    if (locale == null) {
      locale = VIETNAMESE;
      Cookie[] cookies = request.getCookies();
      if (cookies != null) {
        for (Cookie c : cookies) {
          if (COOKIE.equals(c.getName())) {
            locale = of(c.getValue());
          }
        }
      }
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /**
   * A link that switches to {@code language} and comes back to this page (its address and query, so
   * a search or a record stays open).
   */
  public String switchLink(String language) {
    // a forwarded page shows the address asked for
    String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
    String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
    if (uri == null) {
      uri = request.getRequestURI();
      query = request.getQueryString();
    }
    String back = query == null ? uri : uri + "?" + query;
    return request.getContextPath()
        + LanguageServlet.PATH
        + "?to="
        + of(language).getLanguage()
        + "&back="
        + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  /** The portal's language for a code: English for "en", Vietnamese for anything else. */
  static Locale of(String language) {
    return "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
  }
}
