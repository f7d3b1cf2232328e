package vn.hoso.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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
    ResourceBundle bundle =
        BUNDLES.computeIfAbsent(
            locale, l -> ResourceBundle.getBundle(BUNDLE, l, Texts.class.getClassLoader()));
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    if (args.length == 0) {
      return pattern;
    }
    // a copy of the message parsed once; a number without a format of its own is written with a
    // copy of the language's number format, as MessageFormat would, without building that anew
    // for every number (a search page writes "trang 3/12" twenty times)
    MessageFormat message =
        (MessageFormat)
            MESSAGES
                .computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, p -> new MessageFormat(p, locale))
                .clone();
    Format[] byArgument = message.getFormatsByArgumentIndex();
    for (int i = 0; i < Math.min(args.length, byArgument.length); i++) {
      if (byArgument[i] == null && args[i] instanceof Number) {
        message.setFormatByArgumentIndex(i, numberFormat(locale));
      }
    }
    return message.format(args);
  }

  /** The bundle per language, looked up once (a page asks for a hundred messages). */
  private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

  /** Messages with arguments, parsed, per language (the bundle's patterns: a bounded set). */
  private static final Map<Locale, Map<String, MessageFormat>> MESSAGES = new ConcurrentHashMap<>();

  private static final Map<Locale, NumberFormat> NUMBERS = new ConcurrentHashMap<>();
  private static final Map<Locale, NumberFormat> INTEGERS = new ConcurrentHashMap<>();

  /** The language's number format (1.234,5 in Vietnamese), a copy of one built once. */
  static NumberFormat numberFormat(Locale locale) {
    return (NumberFormat) NUMBERS.computeIfAbsent(locale, NumberFormat::getInstance).clone();
  }

  /** Whole numbers as the visitor's language writes them (1.234 in Vietnamese), a fresh copy. */
  public NumberFormat integerFormat() {
    return (NumberFormat)
        INTEGERS.computeIfAbsent(visitor.getLocale(), NumberFormat::getIntegerInstance).clone();
  }

  /** Shows an error next to a component, in the visitor's language. */
  public void error(String clientId, String key, Object... args) {
    String text = get(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /**
   * Shows each refused field's message next to it ({@code formId:field}, when the form has such a
   * component), or at the top; a page's message list shows them all. The services' messages are
   * Vietnamese.
   */
  public void problems(String formId, vn.hoso.shared.InvalidInput e) {
    FacesContext fc = FacesContext.getCurrentInstance();
    for (vn.hoso.shared.InvalidInput.Problem p : e.problems()) {
      FacesMessage m = new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), p.message());
      String id = formId + ":" + p.field();
      boolean placed = fc.getViewRoot().findComponent(id) != null;
      fc.addMessage(placed ? id : null, m);
    }
    fc.validationFailed();
  }

  /** A plain message at the top of the page. */
  public void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /** An error text already in words (from a service), at the top of the page. */
  public void errorText(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** Names in a line: "An, Bình". */
  public String join(java.util.List<String> items) {
    return items == null ? "" : String.join(", ", items);
  }

  /** A file size people read: 812 KB, 3,4 MB. */
  public String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(visitor.getLocale(), "%.1f MB", bytes / (1024.0 * 1024));
  }

  /** An amount of money: 12.000 đ. */
  public String vnd(long amount) {
    return vn.hoso.requests.Fees.vnd(amount);
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

  /** The visitor's language. */
  public Locale locale() {
    return visitor.getLocale();
  }

  /** Dates as Vietnamese documents write them: 16/06/2025. */
  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
