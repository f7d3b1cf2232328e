package vn.hoso.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageServletTest {

  @Test
  void goesBackToAPageOfThePortal() {
    assertEquals(
        "/search.xhtml?q=k%E1%BA%BFt+h%C3%B4n&pg=2",
        LanguageServlet.back("", "/search.xhtml?q=k%E1%BA%BFt+h%C3%B4n&pg=2"));
    assertEquals(
        "/hoso/record.xhtml?page=7", LanguageServlet.back("/hoso", "/hoso/record.xhtml?page=7"));
  }

  @Test
  void anythingElseGoesToTheHomePage() {
    assertEquals("/", LanguageServlet.back("", null));
    assertEquals("/", LanguageServlet.back("", ""));
    assertEquals("/", LanguageServlet.back("", "https://evil.example/"));
    assertEquals("/", LanguageServlet.back("", "//evil.example/"));
    assertEquals("/", LanguageServlet.back("", "/\\evil.example/"));
    assertEquals("/", LanguageServlet.back("", "javascript:alert(1)"));
    assertEquals("/", LanguageServlet.back("", "/search.xhtml\r\nSet-Cookie: a=b"));
    assertEquals("/", LanguageServlet.back("", "/" + "a".repeat(5000)));
    assertEquals("/hoso/", LanguageServlet.back("/hoso", "/other/page"));
    assertEquals("/hoso/", LanguageServlet.back("/hoso", "/hosoevil/page"));
  }

  @Test
  void onlyTwoLanguages() {
    assertEquals("en", LocaleBean.of("en").getLanguage());
    assertEquals("vi", LocaleBean.of("vi").getLanguage());
    assertEquals("vi", LocaleBean.of("fr").getLanguage());
    assertEquals("vi", LocaleBean.of(null).getLanguage());
  }
}
