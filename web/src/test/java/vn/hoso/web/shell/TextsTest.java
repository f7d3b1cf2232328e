package vn.hoso.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Messages with arguments read as MessageFormat writes them, although the parsed messages and the
 * number formats are built once and copied: every message of both languages with every argument a
 * number (which every kind of argument takes), small and large.
 */
class TextsTest {

  private static Texts texts(Locale locale) throws ReflectiveOperationException {
    LocaleBean visitor = new LocaleBean();
    Field chosen = LocaleBean.class.getDeclaredField("locale");
    chosen.setAccessible(true);
    chosen.set(visitor, locale);
    Texts texts = new Texts();
    Field field = Texts.class.getDeclaredField("visitor");
    field.setAccessible(true);
    field.set(texts, visitor);
    return texts;
  }

  @Test
  void messagesWithNumbersReadAsMessageFormatWritesThem() throws Exception {
    int compared = 0;
    for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
      Texts texts = texts(locale);
      ResourceBundle bundle =
          ResourceBundle.getBundle("vn.hoso.web.messages", locale, Texts.class.getClassLoader());
      for (String key : bundle.keySet()) {
        String pattern = bundle.getString(key);
        if (!pattern.contains("{0")) {
          continue;
        }
        for (Object[] args :
            List.of(
                new Object[] {3, 12, 7, 1},
                new Object[] {1234567, 20, 1_000_000L, 0},
                new Object[] {2.5, 1234.75, 3, 4})) {
          // twice: the second time from the parsed copy
          for (int round = 0; round < 2; round++) {
            assertEquals(
                new MessageFormat(pattern, locale).format(args),
                texts.get(key, args),
                key + " in " + locale);
          }
          compared++;
        }
      }
    }
    assertTrue(compared > 10, "messages with arguments compared: " + compared);
    assertEquals("1.234.567", texts(Locale.forLanguageTag("vi")).integerFormat().format(1234567));
    assertEquals("1,234,567", texts(Locale.ENGLISH).integerFormat().format(1234567));
  }
}
