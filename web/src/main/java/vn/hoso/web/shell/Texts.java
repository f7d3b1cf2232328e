package vn.hoso.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The views' words and formats: messages from the bundle in the visitor's language, Vietnamese
 * dates.
 */
@Named
@ApplicationScoped
public class Texts {

  private static final String BUNDLE = "vn.hoso.web.messages";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject private LocaleBean visitor;

  /**
   * A message from the bundle in the visitor's language, with {0}, {1}… filled in. The language is
   * the visitor's choice, not the view's: during a view action the view's locale is not yet the
   * chosen one.
   */
  public String get(String key, Object... args) {
    Locale locale = visitor.getLocale();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader());
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** Shows an error next to a component, in the visitor's language. */
  public void error(String clientId, String key, Object... args) {
    String text = get(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  /** A moment in Vietnam's time zone: 14:05 16/06/2025. */
  public String instant(Instant at) {
    return at == null ? "" : DATE_TIME.format(at);
  }

  /** A number with one decimal, as the visitor's language writes it. */
  public String number(Double value) {
    return value == null ? "" : String.format(visitor.getLocale(), "%.1f", value);
  }

  /** Dates as Vietnamese documents write them: 16/06/2025. */
  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
