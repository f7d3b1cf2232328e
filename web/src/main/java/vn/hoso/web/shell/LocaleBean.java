package vn.hoso.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The visitor's language. Vietnamese is the portal's language; English is offered as a second one.
 * This is the only public state kept in the session.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private Locale locale = VIETNAMESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /**
   * Switches the language and shows the same page again (a redirect, so that reloading resubmits
   * nothing).
   */
  public String switchTo(String language) {
    locale = "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
